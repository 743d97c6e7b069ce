// @ts-check
/**
 * Sign-in configuration, read and checked once at start. Three modes:
 *  - `single-user`: no sign-in (today's behaviour); only allowed on loopback when the
 *    server holds a token.
 *  - `sign-in`: Roblox (or any OpenID Connect issuer) signs staff in; the per-person policy
 *    guards every write.
 *  - `read-only`: HYRA_READONLY_PUBLIC=1, anyone may look, the server refuses every write.
 * Bad configuration throws an Error whose message names the variable.
 */

export const DEFAULT_OIDC_ISSUER = 'https://apis.roblox.com/oauth/';
export const DEFAULT_GROUPS_API_URL = 'https://groups.roblox.com';
export const CALLBACK_PATH = '/auth/callback';
/** How long a session lasts after sign-in. */
export const DEFAULT_SESSION_TTL_MS = 8 * 60 * 60_000;

const SIGN_IN_VARIABLES = [
  'HYRA_PUBLIC_URL',
  'HYRA_OIDC_CLIENT_ID',
  'HYRA_OIDC_CLIENT_SECRET',
  'HYRA_SESSION_SECRET',
  'HYRA_STAFF_GROUP_ID or HYRA_STAFF_USER_IDS',
];

/** @param {string} hostname */
export function isLoopbackHost(hostname) {
  const name = hostname.replace(/^\[|\]$/g, '').toLowerCase();
  return name === 'localhost' || name === '::1' || /^127(\.\d{1,3}){3}$/.test(name);
}

/**
 * @typedef {{
 *   mode: 'sign-in';
 *   publicUrl: URL;
 *   redirectUri: string;
 *   secureCookies: boolean;
 *   issuer: URL;
 *   clientId: string;
 *   clientSecret: string;
 *   sessionSecret: string;
 *   sessionTtlMs: number;
 *   staff: import('./staff.js').StaffRule;
 * }} SignInConfig
 * @typedef {{ mode: 'single-user' } | { mode: 'read-only' } | SignInConfig} AuthConfig
 */

/** @param {Record<string, string | undefined>} env @param {string} name */
function value(env, name) {
  const raw = env[name]?.trim();
  return raw ? raw : undefined;
}

/**
 * @param {Record<string, string | undefined>} env
 * @param {string} name
 * @param {string | undefined} fallback
 */
function httpUrl(env, name, fallback) {
  const raw = value(env, name) ?? fallback;
  if (raw === undefined) throw new Error(`${name} must be set`);
  let url;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`${name} must be a URL, got ${raw}`);
  }
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && isLoopbackHost(url.hostname))) {
    throw new Error(`${name} must be an https URL (plain http only on loopback), got ${raw}`);
  }
  return url;
}

/** @param {Record<string, string | undefined>} env @param {string} name */
function rank(env, name) {
  const raw = value(env, name);
  if (raw === undefined) return undefined;
  const number = Number(raw);
  if (!/^\d+$/.test(raw) || number < 1 || number > 255) {
    throw new Error(`${name} must be a Roblox group rank from 1 to 255, got ${raw}`);
  }
  return number;
}

/** @param {Record<string, string | undefined>} env @param {string} name */
function userIds(env, name) {
  const ids = (value(env, name) ?? '')
    .split(',')
    .map((id) => id.trim())
    .filter(Boolean);
  const bad = ids.find((id) => !/^\d{1,20}$/.test(id));
  if (bad !== undefined)
    throw new Error(`${name} must list Roblox user IDs (digits, comma-separated), got ${bad}`);
  return new Set(ids);
}

/**
 * @param {Record<string, string | undefined>} env
 * @param {{ host: string; hasToken: boolean; hasWorkspace: boolean }} server
 * @returns {AuthConfig}
 */
export function readAuthConfig(env, server) {
  const readOnlyRaw = value(env, 'HYRA_READONLY_PUBLIC');
  if (readOnlyRaw !== undefined && readOnlyRaw !== '1' && readOnlyRaw !== '0') {
    throw new Error(`HYRA_READONLY_PUBLIC must be 1 or 0, got ${readOnlyRaw}`);
  }
  const readOnly = readOnlyRaw === '1';
  const clientId = value(env, 'HYRA_OIDC_CLIENT_ID');

  if (clientId === undefined) {
    const stray = [
      'HYRA_OIDC_CLIENT_SECRET',
      'HYRA_SESSION_SECRET',
      'HYRA_STAFF_GROUP_ID',
      'HYRA_STAFF_USER_IDS',
    ].find((name) => value(env, name) !== undefined);
    if (stray) throw new Error(`${stray} is set but HYRA_OIDC_CLIENT_ID is not: set it to turn sign-in on`);
    if (readOnly) return { mode: 'read-only' };
    if (server.hasToken && !isLoopbackHost(server.host)) {
      throw new Error(
        `This server holds HYRA_API_TOKEN and listens on ${server.host}, which is not loopback. ` +
          `Turn sign-in on (set ${SIGN_IN_VARIABLES.join(', ')}) or set HYRA_READONLY_PUBLIC=1 ` +
          'for a public read-only dashboard.',
      );
    }
    return { mode: 'single-user' };
  }

  if (readOnly) throw new Error('HYRA_READONLY_PUBLIC=1 and HYRA_OIDC_CLIENT_ID are both set: choose one');
  if (!server.hasToken)
    throw new Error('HYRA_API_TOKEN must be set when sign-in is on (HYRA_OIDC_CLIENT_ID)');
  if (!server.hasWorkspace)
    throw new Error('HYRA_WORKSPACE_ID must be set when sign-in is on (HYRA_OIDC_CLIENT_ID)');
  const publicUrl = httpUrl(env, 'HYRA_PUBLIC_URL', undefined);
  if (publicUrl.pathname !== '/' || publicUrl.search || publicUrl.hash) {
    throw new Error(
      `HYRA_PUBLIC_URL must be an origin such as https://sessions.example.org, got ${publicUrl.href}`,
    );
  }
  const clientSecret = value(env, 'HYRA_OIDC_CLIENT_SECRET');
  if (clientSecret === undefined) throw new Error('HYRA_OIDC_CLIENT_SECRET must be set when sign-in is on');
  const sessionSecret = value(env, 'HYRA_SESSION_SECRET');
  if (sessionSecret === undefined || sessionSecret.length < 32) {
    throw new Error(
      'HYRA_SESSION_SECRET must be at least 32 characters (for example `openssl rand -hex 32`)',
    );
  }
  const groupRaw = value(env, 'HYRA_STAFF_GROUP_ID');
  if (groupRaw !== undefined && !/^\d{1,20}$/.test(groupRaw)) {
    throw new Error(`HYRA_STAFF_GROUP_ID must be a Roblox group ID (digits), got ${groupRaw}`);
  }
  const groupId = groupRaw === undefined ? undefined : Number(groupRaw);
  const staffMinRank = rank(env, 'HYRA_STAFF_MIN_RANK');
  const adminMinRank = rank(env, 'HYRA_ADMIN_MIN_RANK');
  if (groupId !== undefined && staffMinRank === undefined) {
    throw new Error('HYRA_STAFF_MIN_RANK must be set with HYRA_STAFF_GROUP_ID');
  }
  if (groupId === undefined && (staffMinRank !== undefined || adminMinRank !== undefined)) {
    throw new Error('HYRA_STAFF_GROUP_ID must be set for HYRA_STAFF_MIN_RANK and HYRA_ADMIN_MIN_RANK');
  }
  if (staffMinRank !== undefined && adminMinRank !== undefined && adminMinRank < staffMinRank) {
    throw new Error('HYRA_ADMIN_MIN_RANK must be at least HYRA_STAFF_MIN_RANK');
  }
  const staffUserIds = userIds(env, 'HYRA_STAFF_USER_IDS');
  const adminUserIds = userIds(env, 'HYRA_ADMIN_USER_IDS');
  if (groupId === undefined && staffUserIds.size === 0 && adminUserIds.size === 0) {
    throw new Error('HYRA_STAFF_GROUP_ID or HYRA_STAFF_USER_IDS must be set: who is staff?');
  }
  return {
    mode: 'sign-in',
    publicUrl,
    redirectUri: new URL(CALLBACK_PATH, publicUrl).href,
    secureCookies: publicUrl.protocol === 'https:',
    issuer: httpUrl(env, 'HYRA_OIDC_ISSUER', DEFAULT_OIDC_ISSUER),
    clientId,
    clientSecret,
    sessionSecret,
    sessionTtlMs: DEFAULT_SESSION_TTL_MS,
    staff: {
      groupsApiUrl: httpUrl(env, 'ROBLOX_GROUPS_API_URL', DEFAULT_GROUPS_API_URL).href.replace(/\/+$/, ''),
      groupId,
      staffMinRank,
      adminMinRank,
      staffUserIds,
      adminUserIds,
    },
  };
}
