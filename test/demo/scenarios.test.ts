import { describe, expect, it } from 'vitest';
import { generateWorkspace } from '../../src/demo/generator';
import { parseScenario, SCENARIO_NAMES, SCENARIOS } from '../../src/demo/scenarios';
import { createDemoWorkspace, DEMO_SEED, DEMO_WORKSPACE_ID } from '../../src/demo/workspace';
import { dayParam, paths, RATE_HEADERS } from '../../src/hyra/contract';
import { SessionSchema } from '../../src/hyra/schemas';
import { parseSessionsPage } from '../../src/hyra/parse';
import { DEMO_TEST_BASE_URL, DEMO_TEST_NOW, DEMO_TEST_TODAY, setupDemoServer } from '../demo-server';

const demo = setupDemoServer();
const WS = DEMO_WORKSPACE_ID;
const url = (path: string) => DEMO_TEST_BASE_URL + path;
const getDay = (day: string) => fetch(url(`${paths.sessions(WS)}?day=${dayParam(day)}`));
const patchHost = (sessionId: string, value: string) =>
  fetch(url(paths.change(WS, sessionId)), {
    method: 'PATCH',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ prop: 'host', value }),
  });
const openFuture = () =>
  demo.store
    .sessionsBetween(DEMO_TEST_NOW + 86_400_000, DEMO_TEST_NOW + 20 * 86_400_000)
    .filter((e) => !e.cancelled && e.host_id === '');

describe('parseScenario', () => {
  it.each([
    ['readonly', 'readonly'],
    [' Huge ', 'huge'],
    ['drift', 'drift'],
    ['nonsense', 'default'],
    ['', 'default'],
    [null, 'default'],
  ] as const)('reads %j as %s', (value, expected) => {
    expect(parseScenario(value)).toBe(expected);
  });

  it('describes every scenario for a picker', () => {
    expect(Object.keys(SCENARIOS).sort()).toEqual([...SCENARIO_NAMES].sort());
    for (const name of SCENARIO_NAMES) {
      expect(SCENARIOS[name].name).toBe(name);
      expect(SCENARIOS[name].label.length).toBeGreaterThan(0);
      expect(SCENARIOS[name].description.length).toBeGreaterThan(10);
    }
  });
});

describe('createDemoWorkspace', () => {
  it('builds the fixed-seed workspace for the given day', () => {
    const setup = createDemoWorkspace('default', { today: DEMO_TEST_TODAY, now: () => DEMO_TEST_NOW });
    expect(setup.workspace).toEqual(
      generateWorkspace({ seed: DEMO_SEED, today: DEMO_TEST_TODAY, now: DEMO_TEST_NOW }),
    );
    expect(setup.store.workspaceId).toBe('demo');
    expect(setup.handlers.length).toBeGreaterThan(0);
  });

  it('defaults today to the clock’s UTC day', () => {
    const setup = createDemoWorkspace('empty', { now: () => Date.parse('2027-03-04T23:30:00Z') });
    expect(setup.today).toBe('2027-03-04');
  });
});

describe('scenario: readonly', () => {
  it('grants nothing and refuses host, co-host and assignments with 403', async () => {
    demo.useScenario('readonly');
    const page = parseSessionsPage(await (await getDay('2026-12-03')).json());
    expect(Object.values(page.permissions).every((value) => value === false || value === 0)).toBe(true);

    const [event] = openFuture();
    const response = await patchHost(event!._id, demo.workspace.me.id);
    expect(response.status).toBe(403);
    expect(await response.json()).toMatchObject({ statusCode: 403, error: 'Forbidden' });
    expect((await patchHost(event!._id, demo.workspace.people[5]!.id)).status).toBe(403);
    const notMine = openFuture().find((e) => e.co_host_id !== demo.workspace.me.id)!;
    expect((await fetch(url(paths.createServer(WS, notMine._id)), { method: 'POST' })).status).toBe(403);
    expect(demo.store.session(event!._id)!.host_id).toBe('');
  });
});

describe('scenario: empty', () => {
  it('answers every request with no sessions', async () => {
    demo.useScenario('empty');
    const page = parseSessionsPage(await (await getDay('2026-12-02')).json());
    expect(page.sessions).toEqual([]);
    expect(page.permissions.assign_host).toBe(true);
    expect(await (await fetch(url(paths.upcoming(WS)))).json()).toEqual([]);
  });
});

describe('scenario: flaky', () => {
  it('fails every 4th read and the 1st, 3rd, 5th … write with a 500', async () => {
    demo.useScenario('flaky');
    const reads: number[] = [];
    for (let i = 0; i < 8; i++) reads.push((await getDay('2026-12-02')).status);
    expect(reads).toEqual([200, 200, 200, 500, 200, 200, 200, 500]);

    const events = openFuture();
    const writes: number[] = [];
    for (let i = 0; i < 5; i++)
      writes.push((await patchHost(events[i]!._id, demo.workspace.people[7]!.id)).status);
    expect(writes).toEqual([500, 200, 500, 200, 500]);
    expect((await patchHost(events[5]!._id, '1')).status).toBe(200);
    const error = await (await patchHost(events[6]!._id, '1')).json();
    expect(error).toEqual({ statusCode: 500, error: 'Internal Server Error', message: expect.any(String) });
    // A failed write changes nothing.
    expect(demo.store.session(events[0]!._id)!.host_id).toBe('');
    expect(demo.store.session(events[1]!._id)!.host_id).toBe(demo.workspace.people[7]!.id);
  });
});

describe('scenario: ratelimited', () => {
  it('allows 10 requests a minute', async () => {
    demo.useScenario('ratelimited');
    const statuses: number[] = [];
    for (let i = 0; i < 11; i++) statuses.push((await fetch(url(paths.upcoming(WS)))).status);
    expect(statuses.slice(0, 10).every((status) => status === 200)).toBe(true);
    const refused = await fetch(url(paths.upcoming(WS)));
    expect(refused.status).toBe(429);
    expect(refused.headers.get(RATE_HEADERS.limit)).toBe('10');
    expect(refused.headers.get(RATE_HEADERS.reset)).toBe('60');
    demo.clock.advance(60_000);
    expect((await fetch(url(paths.upcoming(WS)))).status).toBe(200);
  });
});

describe('scenario: slow', () => {
  it('waits 1.5 to 3 seconds before every answer', async () => {
    const waits: number[] = [];
    demo.useScenario('slow', { sleep: async (ms) => void waits.push(ms) });
    for (let i = 0; i < 5; i++) await getDay('2026-12-02');
    await patchHost(openFuture()[0]!._id, '1');
    expect(waits).toHaveLength(6);
    for (const ms of waits) {
      expect(ms).toBeGreaterThanOrEqual(1500);
      expect(ms).toBeLessThanOrEqual(3000);
    }
    expect(new Set(waits).size).toBeGreaterThan(1);
  });

  it('adds latencyMs on top, for any scenario', async () => {
    const waits: number[] = [];
    demo.useScenario('default', { latencyMs: 250, sleep: async (ms) => void waits.push(ms) });
    await getDay('2026-12-02');
    expect(waits).toEqual([250]);
  });
});

describe('scenario: drift', () => {
  it('answers in the older shape with extra fields, still parsing with nothing dropped', async () => {
    demo.useScenario('drift');
    let checked = 0;
    let withoutPolyfill = 0;
    let numericIds = 0;
    for (const day of ['2026-11-28', '2026-11-30', '2026-12-01', '2026-12-02', '2026-12-03', '2026-12-09']) {
      const json = (await (await getDay(day)).json()) as Record<string, unknown> & {
        events: Record<string, unknown>[];
      };
      expect(json).not.toHaveProperty('week_starts_on');
      expect(json).toHaveProperty('total');
      expect(json.permissions).toHaveProperty('manage_servers');
      for (const event of json.events) {
        expect(event).toHaveProperty('__v');
        expect(event).not.toHaveProperty('createdAt');
        if (!('polyfill' in event)) withoutPolyfill++;
        const servers = event.servers as Record<string, unknown>[];
        for (const server of servers) {
          expect(server).not.toHaveProperty('source');
          expect(server).not.toHaveProperty('createdAt');
          expect(server).toHaveProperty('region');
          const roles = (server.groups as { roles: Record<string, unknown>[] }[]).flatMap((g) => g.roles);
          numericIds += roles.filter((r) => typeof r.user_id === 'number').length;
        }
        for (const entry of (event.subhosting ?? []) as Record<string, unknown>[])
          expect(entry).not.toHaveProperty('type');
      }
      const page = parseSessionsPage(json);
      expect(page.dropped).toEqual([]);
      expect(page.sessions).toHaveLength(demo.store.sessionsOnDay(day).length);
      expect(page.weekStartsOn).toBeUndefined();
      checked += page.sessions.length;
    }
    expect(checked).toBeGreaterThan(15);
    expect(withoutPolyfill).toBeGreaterThan(0);
    expect(numericIds).toBeGreaterThan(0);

    const upcoming = SessionSchema.array().parse(await (await fetch(url(paths.upcoming(WS)))).json());
    expect(upcoming).toHaveLength(50);

    const event = openFuture()[0]!;
    const changed = await (await patchHost(event._id, demo.workspace.me.id)).json();
    expect(SessionSchema.safeParse(changed).success).toBe(true);
    expect(changed).toHaveProperty('__v');
  });
});

describe('scenario: huge', () => {
  it('has about 5,000 sessions a month with about 60 role slots each, all parsing', () => {
    const huge = SCENARIOS.huge.generator!;
    expect([huge.daysBefore, huge.daysAfter]).toEqual([35, 35]);
    // One month of the scenario's density (the full ±35 days is measured by the benchmark).
    const month = generateWorkspace({
      ...huge,
      seed: DEMO_SEED,
      today: DEMO_TEST_TODAY,
      now: DEMO_TEST_NOW,
      daysBefore: 15,
      daysAfter: 14,
    }).sessions;
    expect(month.length).toBeGreaterThan(4500);
    expect(month.length).toBeLessThan(5500);
    const slots = month.map((e) =>
      (e.servers[0]?.groups ?? e.polyfill).reduce((n, g) => n + g.roles.length, 0),
    );
    const average = slots.reduce((a, b) => a + b, 0) / slots.length;
    expect(average).toBeGreaterThan(50);
    expect(average).toBeLessThan(70);

    const today = month.filter((e) => e.start.startsWith(DEMO_TEST_TODAY));
    const page = parseSessionsPage({ permissions: {}, events: JSON.parse(JSON.stringify(today)) });
    expect(page.dropped).toEqual([]);
    expect(page.sessions.length).toBeGreaterThan(140);
  });
});
