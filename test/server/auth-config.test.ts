// @vitest-environment node
// Sign-in configuration: each mode, each bad variable named, the safe-by-default start rules.
import { describe, expect, it } from 'vitest';
import { readAuthConfig } from '../../server/auth-config.js';

const loopback = { host: '127.0.0.1', hasToken: true, hasWorkspace: true };
const everywhere = { host: '0.0.0.0', hasToken: true, hasWorkspace: true };
const SIGN_IN = {
  HYRA_PUBLIC_URL: 'https://sessions.example.org',
  HYRA_OIDC_CLIENT_ID: 'client-1',
  HYRA_OIDC_CLIENT_SECRET: 'client-secret',
  HYRA_SESSION_SECRET: 'x'.repeat(32),
  HYRA_STAFF_GROUP_ID: '4242',
  HYRA_STAFF_MIN_RANK: '10',
  HYRA_ADMIN_MIN_RANK: '200',
};

describe('safe by default', () => {
  it('keeps the single-user mode on loopback without sign-in', () => {
    expect(readAuthConfig({}, loopback)).toEqual({ mode: 'single-user' });
    expect(readAuthConfig({}, { ...loopback, host: 'localhost' })).toEqual({ mode: 'single-user' });
  });

  it('lets a server without a token listen anywhere', () => {
    expect(readAuthConfig({}, { ...everywhere, hasToken: false })).toEqual({ mode: 'single-user' });
  });

  it('refuses a token on a non-loopback address without sign-in, naming what to set', () => {
    expect(() => readAuthConfig({}, everywhere)).toThrow(
      /listens on 0\.0\.0\.0.*HYRA_PUBLIC_URL, HYRA_OIDC_CLIENT_ID, HYRA_OIDC_CLIENT_SECRET, HYRA_SESSION_SECRET.*HYRA_READONLY_PUBLIC=1/,
    );
  });

  it('starts a public read-only dashboard when asked to', () => {
    expect(readAuthConfig({ HYRA_READONLY_PUBLIC: '1' }, everywhere)).toEqual({ mode: 'read-only' });
  });
});

describe('sign-in', () => {
  it('reads every variable, with Roblox as the default issuer and groups endpoint', () => {
    const config = readAuthConfig(
      { ...SIGN_IN, HYRA_STAFF_USER_IDS: '1, 2', HYRA_ADMIN_USER_IDS: '3' },
      everywhere,
    );
    expect(config).toMatchObject({
      mode: 'sign-in',
      redirectUri: 'https://sessions.example.org/auth/callback',
      secureCookies: true,
      clientId: 'client-1',
      clientSecret: 'client-secret',
      staff: {
        groupsApiUrl: 'https://groups.roblox.com',
        groupId: 4242,
        staffMinRank: 10,
        adminMinRank: 200,
        staffUserIds: new Set(['1', '2']),
        adminUserIds: new Set(['3']),
      },
    });
    expect(config.mode === 'sign-in' && config.issuer.href).toBe('https://apis.roblox.com/oauth/');
  });

  it('allows plain http only on loopback, and then without Secure cookies', () => {
    const config = readAuthConfig(
      {
        ...SIGN_IN,
        HYRA_PUBLIC_URL: 'http://127.0.0.1:8080',
        HYRA_OIDC_ISSUER: 'http://127.0.0.1:9000',
        ROBLOX_GROUPS_API_URL: 'http://localhost:9001/',
      },
      loopback,
    );
    expect(config).toMatchObject({ secureCookies: false, staff: { groupsApiUrl: 'http://localhost:9001' } });
  });

  it.each([
    [{ HYRA_PUBLIC_URL: undefined }, /HYRA_PUBLIC_URL must be set/],
    [{ HYRA_PUBLIC_URL: 'http://sessions.example.org' }, /HYRA_PUBLIC_URL must be an https URL/],
    [{ HYRA_PUBLIC_URL: 'https://example.org/app' }, /HYRA_PUBLIC_URL must be an origin/],
    [{ HYRA_PUBLIC_URL: 'not a url' }, /HYRA_PUBLIC_URL must be a URL/],
    [{ HYRA_OIDC_ISSUER: 'http://issuer.example.org' }, /HYRA_OIDC_ISSUER must be an https URL/],
    [{ HYRA_OIDC_CLIENT_SECRET: ' ' }, /HYRA_OIDC_CLIENT_SECRET must be set/],
    [{ HYRA_SESSION_SECRET: 'short' }, /HYRA_SESSION_SECRET must be at least 32 characters/],
    [{ HYRA_STAFF_GROUP_ID: 'my-group' }, /HYRA_STAFF_GROUP_ID must be a Roblox group ID/],
    [{ HYRA_STAFF_MIN_RANK: '0' }, /HYRA_STAFF_MIN_RANK must be a Roblox group rank from 1 to 255/],
    [{ HYRA_STAFF_MIN_RANK: undefined }, /HYRA_STAFF_MIN_RANK must be set with HYRA_STAFF_GROUP_ID/],
    [{ HYRA_ADMIN_MIN_RANK: '256' }, /HYRA_ADMIN_MIN_RANK must be a Roblox group rank/],
    [{ HYRA_ADMIN_MIN_RANK: '5' }, /HYRA_ADMIN_MIN_RANK must be at least HYRA_STAFF_MIN_RANK/],
    [{ HYRA_STAFF_USER_IDS: '12,bob' }, /HYRA_STAFF_USER_IDS must list Roblox user IDs.*bob/],
    [{ HYRA_ADMIN_USER_IDS: '-1' }, /HYRA_ADMIN_USER_IDS must list Roblox user IDs/],
    [{ ROBLOX_GROUPS_API_URL: 'ftp://groups' }, /ROBLOX_GROUPS_API_URL must be an https URL/],
    [{ HYRA_READONLY_PUBLIC: '1' }, /HYRA_READONLY_PUBLIC=1 and HYRA_OIDC_CLIENT_ID are both set/],
    [{ HYRA_READONLY_PUBLIC: 'yes' }, /HYRA_READONLY_PUBLIC must be 1 or 0/],
    [
      { HYRA_STAFF_GROUP_ID: undefined, HYRA_STAFF_MIN_RANK: undefined, HYRA_ADMIN_MIN_RANK: undefined },
      /HYRA_STAFF_GROUP_ID or HYRA_STAFF_USER_IDS must be set/,
    ],
    [{ HYRA_STAFF_GROUP_ID: undefined, HYRA_ADMIN_MIN_RANK: undefined }, /HYRA_STAFF_GROUP_ID must be set/],
  ])('refuses %j', (change, message) => {
    expect(() => readAuthConfig({ ...SIGN_IN, ...change }, everywhere)).toThrow(message);
  });

  it('needs the server token and workspace', () => {
    expect(() => readAuthConfig(SIGN_IN, { ...everywhere, hasToken: false })).toThrow(
      /HYRA_API_TOKEN must be set/,
    );
    expect(() => readAuthConfig(SIGN_IN, { ...everywhere, hasWorkspace: false })).toThrow(
      /HYRA_WORKSPACE_ID must be set/,
    );
  });

  it('names the missing client ID when other sign-in variables are set', () => {
    expect(() => readAuthConfig({ HYRA_SESSION_SECRET: 'x'.repeat(40) }, loopback)).toThrow(
      /HYRA_SESSION_SECRET is set but HYRA_OIDC_CLIENT_ID is not/,
    );
  });
});
