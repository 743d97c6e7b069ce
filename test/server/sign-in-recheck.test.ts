// @vitest-environment node
// The staff rule again after sign-in: a demoted person loses access within minutes; while
// Roblox cannot answer, a session keeps its standing for a while, then is told why not.
import { afterEach, describe, expect, it } from 'vitest';
import { POLICY_MESSAGES } from '../../server/policy.js';
import { closeAll } from './http';
import { Jar, STAFF, send, signInAs, startSignInServer } from './sign-in-harness';

afterEach(closeAll);

const MINUTE = 60_000;
const READ = '/hyra-api/activity/sessions/ws1?day=2026-12-2';

function clock() {
  let offset = 0;
  return { now: () => Date.now() + offset, advance: (ms: number) => (offset += ms) };
}

describe('re-checking the staff rule', () => {
  it('takes access away from someone demoted, at the next check', async () => {
    const time = clock();
    const server = await startSignInServer({ now: time.now });
    const jar = new Jar();
    await signInAs(jar, server.url, STAFF);
    server.people[STAFF]!.ranks = {};
    time.advance(4 * MINUTE);
    expect((await send(jar, `${server.url}${READ}`)).status).toBe(200);
    time.advance(2 * MINUTE);
    const refused = await send(jar, `${server.url}${READ}`);
    expect(refused.status).toBe(403);
    expect(await refused.json()).toMatchObject({ message: POLICY_MESSAGES['not-staff'] });
    expect(await (await send(jar, `${server.url}/hyra-me.json`)).json()).toMatchObject({
      status: 'not-staff',
    });
  });

  it('keeps a session while Roblox is down, for a while, then says it cannot check', async () => {
    const time = clock();
    let down = false;
    const server = await startSignInServer({ now: time.now, groupsDown: () => down });
    const jar = new Jar();
    await signInAs(jar, server.url, STAFF);
    down = true;
    time.advance(10 * MINUTE);
    expect((await send(jar, `${server.url}${READ}`)).status).toBe(200);
    time.advance(25 * MINUTE);
    const refused = await send(jar, `${server.url}${READ}`);
    expect(refused.status).toBe(503);
    expect(await refused.json()).toMatchObject({ message: POLICY_MESSAGES['staff-unchecked'] });
    expect(await (await send(jar, `${server.url}/hyra-me.json`)).json()).toMatchObject({
      status: 'unavailable',
      message: POLICY_MESSAGES['staff-unchecked'],
    });
    // Roblox is back: the next check lets them in again.
    down = false;
    time.advance(6 * MINUTE);
    expect((await send(jar, `${server.url}${READ}`)).status).toBe(200);
  });
});
