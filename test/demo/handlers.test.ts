import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { dayParam, HYRA_RATE_LIMIT, paths, RANGE_PARAMS, RATE_HEADERS } from '../../src/hyra/contract';
import { HyraErrorBodySchema } from '../../src/hyra/schemas';
import { parseSessionsPage } from '../../src/hyra/parse';
import { SessionSchema } from '../../src/hyra/schemas';
import { createDemoHandlers } from '../../src/demo/handlers';
import type { RawEvent } from '../../src/demo/types';
import { DEMO_WORKSPACE_ID } from '../../src/demo/workspace';
import { DEMO_TEST_BASE_URL, DEMO_TEST_NOW, DEMO_TEST_TODAY, setupDemoServer } from '../demo-server';

const demo = setupDemoServer();
const WS = DEMO_WORKSPACE_ID;

function url(path: string, query: Record<string, string> = {}) {
  const target = new URL(DEMO_TEST_BASE_URL + path);
  for (const [key, value] of Object.entries(query)) target.searchParams.set(key, value);
  return target.toString();
}

const getDay = (day: string, workspaceId = WS) =>
  fetch(url(paths.sessions(workspaceId), { day: dayParam(day) }));
const patch = (sessionId: string, body: unknown) =>
  fetch(url(paths.change(WS, sessionId)), {
    method: 'PATCH',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });

async function expectHyraError(response: Response, status: number) {
  expect(response.status).toBe(status);
  const body = await response.json();
  expect(body).toMatchObject({ statusCode: status, error: expect.any(String) });
  expect(HyraErrorBodySchema.parse(body).message).toBeTruthy();
  return body as { statusCode: number; error: string; message: string | string[] };
}

const futureOpen = () =>
  demo.store
    .sessionsBetween(DEMO_TEST_NOW + 86_400_000, DEMO_TEST_NOW + 20 * 86_400_000)
    .find((e) => !e.cancelled && e.host_id === '') as RawEvent;

describe('GET sessions', () => {
  it('answers day=YYYY-M-D with that UTC day, permissions and week start, all parsing', async () => {
    const response = await fetch(url(paths.sessions(WS), { day: '2026-12-3' }));
    expect(response.status).toBe(200);
    const page = parseSessionsPage(await response.json());
    expect(page.dropped).toEqual([]);
    expect(page.sessions.map((s) => s._id)).toEqual(demo.store.sessionsOnDay('2026-12-03').map((e) => e._id));
    expect(page.sessions.length).toBeGreaterThanOrEqual(3);
    expect(page.permissions).toEqual(demo.store.permissions());
    expect(page.weekStartsOn).toBe('monday');
  });

  it('also reads a zero-padded day', async () => {
    const page = parseSessionsPage(
      await (await fetch(url(paths.sessions(WS), { day: '2026-12-03' }))).json(),
    );
    expect(page.sessions.length).toBe(demo.store.sessionsOnDay('2026-12-03').length);
  });

  it('answers every day of the generated range with zero dropped sessions', async () => {
    let total = 0;
    for (let offset = -42; offset <= 42; offset += 3) {
      const day = new Date(Date.parse(`${DEMO_TEST_TODAY}T00:00:00Z`) + offset * 86_400_000)
        .toISOString()
        .slice(0, 10);
      demo.clock.advance(61_000); // stay under the rate limit
      const page = parseSessionsPage(await (await getDay(day)).json());
      expect(page.dropped).toEqual([]);
      total += page.sessions.length;
    }
    expect(total).toBeGreaterThan(29 * 3);
  });

  it('answers range params with sessions starting in [start, end)', async () => {
    const start = '2026-12-01T00:00:00.000Z';
    const end = '2026-12-08T00:00:00.000Z';
    const response = await fetch(
      url(paths.sessions(WS), { [RANGE_PARAMS.start]: start, [RANGE_PARAMS.end]: end }),
    );
    const page = parseSessionsPage(await response.json());
    expect(page.dropped).toEqual([]);
    const expected = demo.store.sessionsBetween(Date.parse(start), Date.parse(end)).map((e) => e._id);
    expect(page.sessions.map((s) => s._id)).toEqual(expected);
    expect(expected.length).toBeGreaterThan(20);
  });

  it('filters by user across host, co-host, subhosting and roles', async () => {
    const me = demo.workspace.me.id;
    const response = await fetch(
      url(paths.sessions(WS), {
        [RANGE_PARAMS.start]: '2026-11-01T00:00:00Z',
        [RANGE_PARAMS.end]: '2027-01-01T00:00:00Z',
        [RANGE_PARAMS.user]: me,
      }),
    );
    const page = parseSessionsPage(await response.json());
    expect(page.sessions.length).toBeGreaterThan(0);
    for (const session of page.sessions) {
      const holders = [
        session.host_id,
        session.co_host_id,
        ...session.subhosting.map((s) => s.user_id),
        ...session.servers.flatMap((s) => s.groups.flatMap((g) => g.roles.map((r) => r.user_id))),
      ];
      expect(holders).toContain(me);
    }
  });

  it.each([
    ['no parameters', {}],
    ['a bad day', { day: '2026-13-40' }],
    ['a day that is not a date', { day: 'tomorrow' }],
    ['only a start', { [RANGE_PARAMS.start]: '2026-12-01T00:00:00Z' }],
    [
      'a start that is not an instant',
      { [RANGE_PARAMS.start]: 'yesterday', [RANGE_PARAMS.end]: '2026-12-01T00:00:00Z' },
    ],
    [
      'an end before the start',
      { [RANGE_PARAMS.start]: '2026-12-02T00:00:00Z', [RANGE_PARAMS.end]: '2026-12-01T00:00:00Z' },
    ],
  ])('answers 400 with Hyra’s error body for %s', async (_name, query) => {
    await expectHyraError(await fetch(url(paths.sessions(WS), query)), 400);
  });

  it('answers 404 with Hyra’s body for another workspace, on every route', async () => {
    const body = await expectHyraError(await getDay('2026-12-02', 'someone-elses'), 404);
    expect(body).toEqual({ statusCode: 404, error: 'Not Found', message: 'Workspace not found' });
    await expectHyraError(await fetch(url(paths.upcoming('nope'))), 404);
    await expectHyraError(await fetch(url(paths.createServer('nope', 'x')), { method: 'POST' }), 404);
  });

  it('answers unknown paths under the prefix with 404, not the network', async () => {
    const body = await expectHyraError(await fetch(url('/activity/nothing-here')), 404);
    expect(body.message).toBe('Cannot GET /activity/nothing-here');
  });
});

describe('GET upcoming', () => {
  it('answers a bare array of the store’s upcoming sessions', async () => {
    const json = await (await fetch(url(paths.upcoming(WS)))).json();
    expect(Array.isArray(json)).toBe(true);
    // Every event holds to the schema (a bare array: Hyra's documented shape).
    const sessions = SessionSchema.array().parse(json);
    expect(sessions.map((s) => s._id)).toEqual(demo.store.upcoming(DEMO_TEST_NOW).map((e) => e._id));
  });
});

describe('writes', () => {
  it('PATCH change takes the host and answers the updated event', async () => {
    const event = futureOpen();
    const me = demo.workspace.me.id;
    const response = await patch(event._id, { prop: 'host', value: me });
    expect(response.status).toBe(200);
    expect(SessionSchema.parse(await response.json())).toMatchObject({
      _id: event._id,
      host_id: me,
      host: { exists: true, id: me },
    });
    const day = parseSessionsPage(await (await getDay(event.start.slice(0, 10))).json());
    expect(day.sessions.find((s) => s._id === event._id)?.host_id).toBe(me);
    expect(day.permissions.host_quota_used).toBe(3);
  });

  it('PATCH change assigns a role', async () => {
    const event = demo.store
      .sessionsBetween(DEMO_TEST_NOW - 5 * 86_400_000, DEMO_TEST_NOW)
      .find((e) => !e.cancelled && e.servers.length > 0)!;
    const server = event.servers[0]!;
    const group = server.groups[0]!;
    const role = group.roles.at(-1)!;
    const person = demo.workspace.people[20]!;
    const response = await patch(event._id, {
      prop: 'role',
      server_id: server._id,
      group_id: group._id,
      role_id: role._id,
      value: person.id,
    });
    expect(response.status).toBe(200);
    expect(demo.store.session(event._id)!.servers[0]!.groups[0]!.roles.at(-1)!.user_id).toBe(person.id);
  });

  it.each([
    ['not JSON', '{'],
    ['an unknown prop', { prop: 'owner', value: '1' }],
    ['no value', { prop: 'host' }],
    ['a value that is not a user ID', { prop: 'host', value: 'NovaStrike2009' }],
    ['a role without ids', { prop: 'role', value: '1' }],
  ])('PATCH change answers 400 for %s', async (_name, body) => {
    const event = futureOpen();
    const response = await fetch(url(paths.change(WS, event._id)), {
      method: 'PATCH',
      headers: { 'Content-Type': 'application/json' },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
    await expectHyraError(response, 400);
    expect(demo.store.session(event._id)!.host_id).toBe('');
  });

  it('PATCH change passes on the store’s refusals', async () => {
    const cancelled = demo.store.sessionsBetween(0, 8.64e15).find((e) => e.cancelled)!;
    const body = await expectHyraError(await patch(cancelled._id, { prop: 'host', value: '1' }), 400);
    expect(body.message).toBe('This session is cancelled');
    await expectHyraError(await patch('0'.repeat(24), { prop: 'host', value: '1' }), 404);
  });

  it('POST server answers 201 with the new server; DELETE removes it', async () => {
    const event = futureOpen();
    const created = await fetch(url(paths.createServer(WS, event._id)), { method: 'POST' });
    expect(created.status).toBe(201);
    const server = (await created.json()) as { _id: string; groups: unknown[] };
    expect(server._id).toMatch(/^[0-9a-f]{24}$/);
    expect(demo.store.session(event._id)!.servers.map((s) => s._id)).toEqual([server._id]);

    const deleted = await fetch(url(paths.deleteServer(WS, event._id, server._id)), { method: 'DELETE' });
    expect(deleted.status).toBe(200);
    expect(await deleted.json()).toEqual({ success: true });
    expect(demo.store.session(event._id)!.servers).toEqual([]);
    await expectHyraError(
      await fetch(url(paths.deleteServer(WS, event._id, server._id)), { method: 'DELETE' }),
      404,
    );
  });
});

describe('rate limit', () => {
  it('sends the limit headers on every response', async () => {
    const response = await getDay('2026-12-02');
    expect(response.headers.get(RATE_HEADERS.limit)).toBe(String(HYRA_RATE_LIMIT.requests));
    expect(response.headers.get(RATE_HEADERS.reset)).toMatch(/^\d+$/);
    const failed = await fetch(url(paths.sessions(WS)));
    expect(failed.status).toBe(400);
    expect(failed.headers.get(RATE_HEADERS.limit)).toBe('100');
  });

  it('answers 429 past the limit in a sliding window, with reset and Retry-After', async () => {
    for (let i = 0; i < HYRA_RATE_LIMIT.requests; i++) {
      if (i === 50) demo.clock.advance(30_000);
      expect((await fetch(url(paths.upcoming(WS)))).status).toBe(200);
    }
    const refused = await fetch(url(paths.upcoming(WS)));
    await expectHyraError(refused, 429);
    expect(refused.headers.get(RATE_HEADERS.limit)).toBe('100');
    expect(refused.headers.get(RATE_HEADERS.reset)).toBe('30');
    expect(refused.headers.get('Retry-After')).toBe('30');

    demo.clock.advance(29_000);
    expect((await fetch(url(paths.upcoming(WS)))).status).toBe(429);
    demo.clock.advance(1_000);
    // The first 50 have left the window; the next 50 pass, the 51st does not.
    for (let i = 0; i < 50; i++) expect((await fetch(url(paths.upcoming(WS)))).status).toBe(200);
    const again = await fetch(url(paths.upcoming(WS)));
    expect(again.status).toBe(429);
    expect(again.headers.get('Retry-After')).toBe('30');
  });

  it("takes a limit of its own instead of the scenario's", async () => {
    demo.server.resetHandlers(
      ...createDemoHandlers({
        store: demo.store,
        now: demo.clock.now,
        rateLimit: { requests: 2, windowMs: 4_000 },
      }),
    );
    expect((await getDay('2026-12-02')).status).toBe(200);
    demo.clock.advance(1_000);
    expect((await getDay('2026-12-03')).status).toBe(200);
    const refused = await getDay('2026-12-04');
    await expectHyraError(refused, 429);
    expect(refused.headers.get(RATE_HEADERS.limit)).toBe('2');
    expect(refused.headers.get('Retry-After')).toBe('3');
    demo.clock.advance(3_000);
    expect((await getDay('2026-12-04')).status).toBe(200);
  });
});

describe('overrides', () => {
  it('lets one test replace a route with server.use', async () => {
    demo.server.use(
      http.get(`*/hyra-api${paths.upcoming(WS)}`, () =>
        HttpResponse.json(
          { statusCode: 503, error: 'Service Unavailable', message: 'down' },
          { status: 503 },
        ),
      ),
    );
    expect((await fetch(url(paths.upcoming(WS)))).status).toBe(503);
    expect((await getDay('2026-12-02')).status).toBe(200);
  });

  it('is back to normal in the next test, with a fresh store', async () => {
    expect((await fetch(url(paths.upcoming(WS)))).status).toBe(200);
    expect(demo.store.permissions().host_quota_used).toBe(2);
  });
});
