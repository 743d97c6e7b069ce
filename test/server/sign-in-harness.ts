// The dashboard's server with sign-in on, against a real OpenID Connect provider on loopback
// (scripts/dev-identity.mjs), a groups stand-in and a Hyra stand-in; and a browser-like
// walk through the sign-in (cookies kept per origin, redirects followed by hand).
import { createServer } from 'node:http';
import { buildServer } from '../../server/app.js';
import { readAuthConfig } from '../../server/auth-config.js';
import { readServerConfig } from '../../server/config.js';
import {
  DEV_ADMIN_MIN_RANK,
  DEV_GROUP_ID,
  DEV_STAFF_MIN_RANK,
  startDevGroups,
  startDevIssuer,
} from '../../scripts/dev-identity.mjs';
import { closeLater, closedPort, listen } from './http';

export const STAFF = '1001';
export const ADMIN = '1002';
export const OUTSIDER = '1003';
export const LISTED = '1004';
export const SESSION_SECRET = 'test-session-secret-0123456789abcdef';
const PEOPLE = {
  [STAFF]: { name: 'Sam Staff', ranks: { [DEV_GROUP_ID]: 50 } },
  [ADMIN]: { name: 'Ada Admin', ranks: { [DEV_GROUP_ID]: 250 } },
  [OUTSIDER]: { name: 'Olly Outsider', ranks: { 999: 255 } },
  [LISTED]: { name: 'Lee Listed' },
};
const ALL_FLAGS = {
  self_assign_host: true,
  assign_host: true,
  self_assign_cohost: true,
  assign_cohost: true,
  assign_roles: true,
  create_report: true,
  delete_sessions: true,
  delete_adhoc_sessions: true,
  cancel_sessions: true,
  create_adhoc_sessions: true,
  host_quota: 3,
  host_quota_used: 1,
  cohost_quota: 3,
  cohost_quota_used: 0,
};

export interface Seen {
  method: string;
  url: string;
  body: string;
}

/** A Hyra stand-in: GET answers the key's permissions, writes answer 200; all recorded. */
async function hyraStandIn() {
  const seen: Seen[] = [];
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () => {
      seen.push({ method: req.method ?? '', url: req.url ?? '', body });
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify(req.method === 'GET' ? { permissions: ALL_FLAGS, events: [] } : { ok: true }));
    });
  });
  return { url: await listen(server), seen };
}

export async function startSignInServer(options: { groupsDown?: () => boolean; now?: () => number } = {}) {
  // Each server its own people, so a test may change a rank.
  const people: Record<string, { name: string; ranks?: Record<number, number> }> = structuredClone(PEOPLE);
  const hyra = await hyraStandIn();
  const dashboard = await closedPort();
  const issuerPort = Number(new URL(await closedPort()).port);
  const issuer = await startDevIssuer({
    port: issuerPort,
    clientId: 'dashboard',
    clientSecret: 'dashboard-secret',
    redirectUris: [`${dashboard}/auth/callback`],
    people,
  });
  closeLater(() => issuer.close() as Promise<void>);
  const groups = await startDevGroups({ port: 0, people, down: options.groupsDown });
  closeLater(() => groups.close() as Promise<void>);
  const env = {
    HYRA_API_URL: hyra.url,
    HYRA_API_TOKEN: 'server-secret-token',
    HYRA_WORKSPACE_ID: 'ws1',
    HYRA_PUBLIC_URL: dashboard,
    HYRA_OIDC_ISSUER: issuer.issuer,
    HYRA_OIDC_CLIENT_ID: 'dashboard',
    HYRA_OIDC_CLIENT_SECRET: 'dashboard-secret',
    HYRA_SESSION_SECRET: SESSION_SECRET,
    HYRA_STAFF_GROUP_ID: String(DEV_GROUP_ID),
    HYRA_STAFF_MIN_RANK: String(DEV_STAFF_MIN_RANK),
    HYRA_ADMIN_MIN_RANK: String(DEV_ADMIN_MIN_RANK),
    HYRA_STAFF_USER_IDS: LISTED,
    ROBLOX_GROUPS_API_URL: groups.url,
  };
  const config = readServerConfig(env);
  const auth = readAuthConfig(env, { host: '127.0.0.1', hasToken: true, hasWorkspace: true });
  const app = await buildServer(config, { auth, now: options.now });
  await app.listen({ host: '127.0.0.1', port: Number(new URL(dashboard).port) });
  closeLater(() => app.close());
  return { url: dashboard, hyra, issuer: issuer.issuer, people };
}

/** Cookies per origin, as a browser keeps them (names and values only). */
export class Jar {
  private byOrigin = new Map<string, Map<string, string>>();
  keep(url: string, response: Response) {
    const origin = new URL(url).origin;
    const cookies = this.byOrigin.get(origin) ?? new Map<string, string>();
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const at = pair!.indexOf('=');
      const name = pair!.slice(0, at).trim();
      const value = pair!.slice(at + 1).trim();
      if (value === '' || /max-age=0|expires=thu, 01 jan 1970/i.test(line)) cookies.delete(name);
      else cookies.set(name, value);
    }
    this.byOrigin.set(origin, cookies);
  }
  header(url: string) {
    const cookies = this.byOrigin.get(new URL(url).origin) ?? new Map();
    return [...cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  }
  get(url: string, name: string) {
    return this.byOrigin.get(new URL(url).origin)?.get(name);
  }
  set(url: string, name: string, value: string) {
    const origin = new URL(url).origin;
    const cookies = this.byOrigin.get(origin) ?? new Map<string, string>();
    cookies.set(name, value);
    this.byOrigin.set(origin, cookies);
  }
}

/** One request with the jar's cookies, no redirect followed. */
export async function send(jar: Jar, url: string, init: RequestInit = {}) {
  const headers = new Headers(init.headers);
  const cookie = jar.header(url);
  if (cookie) headers.set('cookie', cookie);
  const response = await fetch(url, { ...init, headers, redirect: 'manual' });
  jar.keep(url, response);
  return response;
}

/** Follows redirects by hand (keeping cookies) until an answer that is not one. */
export async function follow(jar: Jar, url: string, init: RequestInit = {}) {
  let response = await send(jar, url, init);
  let at = url;
  for (let hops = 0; hops < 10 && response.status >= 300 && response.status < 400; hops += 1) {
    at = new URL(response.headers.get('location')!, at).href;
    response = await send(jar, at);
  }
  return { response, url: at };
}

/**
 * Signs `userId` in through the provider's login form; returns the answer the dashboard's
 * callback gave (a 303 home, or its page saying why not).
 */
export async function signInAs(jar: Jar, dashboard: string, userId: string, returnTo = '/') {
  const login = await follow(jar, `${dashboard}/auth/login?returnTo=${encodeURIComponent(returnTo)}`);
  const action = /action="([^"]+)"/.exec(await login.response.text())?.[1];
  if (!action) throw new Error(`no login form at ${login.url}`);
  const submitted = await send(jar, new URL(action, login.url).href, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ prompt: 'login', login: userId, password: 'any' }).toString(),
  });
  // Back through the provider to the dashboard's callback, stopping there.
  let response = submitted;
  let at = new URL(action, login.url).href;
  while (response.status >= 300 && response.status < 400) {
    at = new URL(response.headers.get('location')!, at).href;
    response = await send(jar, at);
    if (at.startsWith(`${dashboard}/auth/callback`)) break;
  }
  return response;
}
