// @vitest-environment node
// Sign-in end to end on the server: a real OpenID Connect provider on loopback, the staff
// rule against a groups stand-in, the session cookie, and the policy on every proxied write.
import fastifyCookie from '@fastify/cookie';
import { afterEach, describe, expect, it } from 'vitest';
import { POLICY_MESSAGES } from '../../server/policy.js';
import { SIGN_IN_FAILURES } from '../../server/sign-in-page.js';
import { closeAll } from './http';
import {
  ADMIN,
  Jar,
  LISTED,
  OUTSIDER,
  SESSION_SECRET,
  STAFF,
  send,
  signInAs,
  startSignInServer,
} from './sign-in-harness';

afterEach(closeAll);

const change = (value: string) => ({
  method: 'PATCH',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ prop: 'host', value, server_id: 'v1' }),
});
const CHANGE_PATH = '/hyra-api/activity/sessions/ws1/s1/change';
const DELETE_PATH = '/hyra-api/activity/sessions/ws1/s1/server/v1';

async function signedIn(userId: string) {
  const server = await startSignInServer();
  const jar = new Jar();
  const callback = await signInAs(jar, server.url, userId, '/?view=month');
  return { server, jar, callback };
}

describe('signing in', () => {
  it('keeps the session in a signed, HttpOnly, SameSite=Lax cookie with an expiry, and goes back', async () => {
    const { callback, jar, server } = await signedIn(STAFF);
    expect(callback.status).toBe(303);
    expect(callback.headers.get('location')).toBe('/?view=month');
    const line = callback.headers.getSetCookie().find((cookie) => cookie.startsWith('hyra_session='))!;
    expect(line).toMatch(/; Max-Age=28800/);
    expect(line).toMatch(/; Path=\//);
    expect(line).toMatch(/; HttpOnly/);
    expect(line).toMatch(/; SameSite=Lax/);
    // http://127.0.0.1 public URL: not Secure (an https one is: see auth-config tests).
    expect(line).not.toMatch(/; Secure/);
    // The public config says sign-in is on (and still no token); /hyra-me.json says who.
    expect(await (await send(jar, `${server.url}/hyra-config.json`)).json()).toEqual({
      workspaceId: 'ws1',
      serverHasToken: true,
      hyraWebUrl: 'https://hyra.io',
      access: 'sign-in',
    });
    const me = await send(jar, `${server.url}/hyra-me.json`);
    expect(await me.json()).toMatchObject({
      status: 'staff',
      person: { id: STAFF, name: 'Sam Staff' },
      role: 'staff',
      allows: { self_assign_host: true, assign_host: false },
    });
  });

  it('refuses a callback whose state was not issued here', async () => {
    const server = await startSignInServer();
    const jar = new Jar();
    await send(jar, `${server.url}/auth/login`);
    const answer = await send(jar, `${server.url}/auth/callback?code=abc&state=forged`);
    expect(answer.status).toBe(400);
    expect(await answer.text()).toContain(SIGN_IN_FAILURES['sign-in-failed']);
    expect(jar.get(server.url, 'hyra_session')).toBeUndefined();
  });

  it('refuses a callback with no sign-in started', async () => {
    const server = await startSignInServer();
    const answer = await send(new Jar(), `${server.url}/auth/callback?code=abc&state=x`);
    expect(answer.status).toBe(400);
    expect(await answer.text()).toContain(SIGN_IN_FAILURES['sign-in-expired']);
  });

  it('says so in words when the groups endpoint is down, and signs nobody in', async () => {
    const server = await startSignInServer({ groupsDown: () => true });
    const jar = new Jar();
    const answer = await signInAs(jar, server.url, STAFF);
    expect(answer.status).toBe(503);
    expect(await answer.text()).toContain(SIGN_IN_FAILURES['staff-unchecked']);
    expect(jar.get(server.url, 'hyra_session')).toBeUndefined();
  });

  it('lets a listed user in without a group rank', async () => {
    const { jar, server } = await signedIn(LISTED);
    expect(await (await send(jar, `${server.url}/hyra-me.json`)).json()).toMatchObject({ status: 'staff' });
  });
});

describe('staff', () => {
  it('reads, and takes a slot for themselves', async () => {
    const { jar, server } = await signedIn(STAFF);
    expect((await send(jar, `${server.url}/hyra-api/activity/sessions/ws1?day=2026-12-2`)).status).toBe(200);
    expect((await send(jar, `${server.url}${CHANGE_PATH}`, change(STAFF))).status).toBe(200);
    expect(server.hyra.seen.filter((seen) => seen.method === 'PATCH')).toHaveLength(1);
  });

  it("reads the key's permissions for a write through the shared cache: today, asked by a viewer a moment ago, is not asked of Hyra again", async () => {
    const { jar, server } = await signedIn(STAFF);
    const now = new Date();
    const today = `day=${now.getUTCFullYear()}-${now.getUTCMonth() + 1}-${now.getUTCDate()}`;
    expect((await send(jar, `${server.url}/hyra-api/activity/sessions/ws1?${today}`)).status).toBe(200);
    expect((await send(jar, `${server.url}${CHANGE_PATH}`, change(STAFF))).status).toBe(200);
    expect(
      server.hyra.seen.filter((seen) => seen.url.endsWith(`/activity/sessions/ws1?${today}`)),
    ).toHaveLength(1);
  });

  it('cannot assign someone else or delete a server: 403 in words, and Hyra never hears of it', async () => {
    const { jar, server } = await signedIn(STAFF);
    const assign = await send(jar, `${server.url}${CHANGE_PATH}`, change(ADMIN));
    expect(assign.status).toBe(403);
    expect(await assign.json()).toMatchObject({ message: POLICY_MESSAGES['self-only'] });
    const remove = await send(jar, `${server.url}${DELETE_PATH}`, { method: 'DELETE' });
    expect(remove.status).toBe(403);
    expect(await remove.json()).toMatchObject({ message: POLICY_MESSAGES['admin-only'] });
    expect(server.hyra.seen.filter((seen) => seen.method !== 'GET')).toEqual([]);
  });
});

describe('admins', () => {
  it('assign others and delete servers', async () => {
    const { jar, server } = await signedIn(ADMIN);
    expect((await send(jar, `${server.url}${CHANGE_PATH}`, change(STAFF))).status).toBe(200);
    expect((await send(jar, `${server.url}${DELETE_PATH}`, { method: 'DELETE' })).status).toBe(200);
    expect(server.hyra.seen.filter((seen) => seen.method !== 'GET').map((seen) => seen.method)).toEqual([
      'PATCH',
      'DELETE',
    ]);
  });
});

describe('everyone else', () => {
  it('someone off the staff is told so and gets 403 from the proxy', async () => {
    const { jar, server } = await signedIn(OUTSIDER);
    expect(await (await send(jar, `${server.url}/hyra-me.json`)).json()).toMatchObject({
      status: 'not-staff',
      person: { id: OUTSIDER, name: 'Olly Outsider' },
    });
    const read = await send(jar, `${server.url}/hyra-api/activity/sessions/ws1?day=2026-12-2`);
    expect(read.status).toBe(403);
    expect(await read.json()).toMatchObject({ message: POLICY_MESSAGES['not-staff'] });
    expect(server.hyra.seen.filter((seen) => seen.url.includes('day=2026-12-2'))).toEqual([]);
  });

  it('no cookie, a tampered cookie or an expired one is not signed in', async () => {
    const { jar, server } = await signedIn(STAFF);
    const good = jar.get(server.url, 'hyra_session')!;
    const unsigned = fastifyCookie.unsign(decodeURIComponent(good), SESSION_SECRET);
    expect(unsigned.valid).toBe(true);
    const session = JSON.parse(Buffer.from(unsigned.value!, 'base64url').toString());
    const forge = (value: object, secret: string) =>
      encodeURIComponent(
        fastifyCookie.sign(Buffer.from(JSON.stringify(value)).toString('base64url'), secret),
      );

    const cases = {
      none: undefined,
      tampered: forge({ ...session, standing: 'admin' }, 'not-the-secret-but-long-enough-0123'),
      expired: forge({ ...session, exp: Date.now() - 1000 }, SESSION_SECRET),
    };
    for (const [name, cookie] of Object.entries(cases)) {
      const other = new Jar();
      if (cookie) other.set(server.url, 'hyra_session', cookie);
      const answer = await send(other, `${server.url}/hyra-api/activity/sessions/ws1?day=2026-12-2`);
      expect({ name, status: answer.status }).toEqual({ name, status: 401 });
      expect(await (await send(other, `${server.url}/hyra-me.json`)).json()).toEqual({
        status: 'signed-out',
      });
    }
    // The real cookie, re-signed as it is, still works: the forgeries failed on what they changed.
    const same = new Jar();
    same.set(server.url, 'hyra_session', forge(session, SESSION_SECRET));
    expect((await send(same, `${server.url}/hyra-me.json`)).status).toBe(200);
    expect(await (await send(same, `${server.url}/hyra-me.json`)).json()).toMatchObject({ status: 'staff' });
  });

  it('a write from another site is refused, even with the cookie', async () => {
    const { jar, server } = await signedIn(ADMIN);
    const answer = await send(jar, `${server.url}${CHANGE_PATH}`, {
      ...change(ADMIN),
      headers: { 'content-type': 'application/json', origin: 'https://evil.example' },
    });
    expect(answer.status).toBe(403);
    expect(server.hyra.seen.filter((seen) => seen.method !== 'GET')).toEqual([]);
  });

  it('signing out ends access; a sign-out posted from another site is refused', async () => {
    const { jar, server } = await signedIn(STAFF);
    const forged = await send(jar, `${server.url}/auth/logout`, {
      method: 'POST',
      headers: { origin: 'https://evil.example', 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(forged.status).toBe(403);
    const fromSameSite = await send(jar, `${server.url}/auth/logout`, {
      method: 'POST',
      headers: { 'sec-fetch-site': 'same-site', 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(fromSameSite.status).toBe(403);
    // A browser's own form post: Origin null under no-referrer, Sec-Fetch-Site same-origin.
    const out = await send(jar, `${server.url}/auth/logout`, {
      method: 'POST',
      headers: {
        origin: 'null',
        'sec-fetch-site': 'same-origin',
        'content-type': 'application/x-www-form-urlencoded',
      },
    });
    expect(out.status).toBe(303);
    expect(jar.get(server.url, 'hyra_session')).toBeUndefined();
    expect((await send(jar, `${server.url}/hyra-api/activity/sessions/ws1?day=2026-12-2`)).status).toBe(401);
  });
});
