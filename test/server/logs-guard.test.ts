// @vitest-environment node
// The guard on session logs: the proxy forwards `GET …/{eventId}/logs` only for signed-in
// people whose role and key may assign, however the path is spelt; in the read-only mode, never.
import { afterEach, describe, expect, it } from 'vitest';
import { POLICY_MESSAGES } from '../../server/policy.js';
import { closeAll, raw, startReadOnlyServer } from './http';
import { ADMIN, Jar, STAFF, signInAs, startSignInServer } from './sign-in-harness';

afterEach(closeAll);

/** Spellings of the same path that Hyra's router may treat alike; raw, so nothing normalises them first. */
const SPELLINGS = [
  '/hyra-api/activity/sessions/ws1/s1/logs',
  '/hyra-api/activity/sessions/ws1/s1/LOGS',
  '/hyra-api/activity/sessions/ws1/s1/%6Cogs',
  '/hyra-api/activity/sessions/ws1/s1/logs?limit=5',
  '/hyra-api/activity/%73essions/ws1/s1/Logs',
  '/hyra-api/activity/sessions/ws1/s1/logs/2',
];

async function signedIn(userId: string) {
  const server = await startSignInServer();
  const jar = new Jar();
  await signInAs(jar, server.url, userId);
  const cookie = jar.header(server.url);
  const get = (path: string) => raw(server.url, path, { cookie });
  const logsSeen = () => server.hyra.seen.filter((seen) => /logs/i.test(seen.url));
  return { get, logsSeen };
}

describe('session logs through the proxy', () => {
  it('staff (who may not assign) are refused in words, and Hyra never hears of it', async () => {
    const { get, logsSeen } = await signedIn(STAFF);
    for (const path of SPELLINGS) {
      const answer = await get(path);
      expect({ path, status: answer.status }).toEqual({ path, status: 403 });
      expect(JSON.parse(answer.body)).toMatchObject({ message: POLICY_MESSAGES['needs-assign-for-logs'] });
    }
    expect(logsSeen()).toEqual([]);
    // The guard is about logs only: staff still read the sessions.
    expect((await get('/hyra-api/activity/sessions/ws1?day=2026-12-2')).status).toBe(200);
  });

  it('admins whose key may assign read them', async () => {
    const { get, logsSeen } = await signedIn(ADMIN);
    expect((await get(SPELLINGS[0]!)).status).toBe(200);
    expect(logsSeen().map((seen) => seen.url)).toEqual(['/activity/sessions/ws1/s1/logs']);
  });

  it('another workspace is refused, even for admins', async () => {
    const { get, logsSeen } = await signedIn(ADMIN);
    expect((await get('/hyra-api/activity/sessions/ws2/s1/logs')).status).toBe(403);
    expect(logsSeen()).toEqual([]);
  });

  it('no one reads them without signing in', async () => {
    const server = await startSignInServer();
    expect((await raw(server.url, SPELLINGS[0]!)).status).toBe(401);
  });

  it('the public read-only mode never forwards them', async () => {
    const { base, seen } = await startReadOnlyServer();
    for (const path of SPELLINGS) expect((await raw(base, path)).status).toBe(403);
    expect((await raw(base, '/hyra-api/activity/sessions/ws1?day=2026-12-2')).status).toBe(200);
    expect(seen.filter((line) => /logs/i.test(line))).toEqual([]);
  });
});
