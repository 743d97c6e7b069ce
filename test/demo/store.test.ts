import { beforeEach, describe, expect, it } from 'vitest';
import { generateWorkspace } from '../../src/demo/generator';
import { DEMO_MESSAGES, DemoApiError } from '../../src/demo/errors';
import { createDemoStore } from '../../src/demo/store';
import type { DemoStore } from '../../src/demo/types';
import type { DemoWorkspace, RawEvent } from '../../src/demo/types';
import type { Permissions } from '../../src/hyra/schemas';
import { SessionSchema } from '../../src/hyra/schemas';

const TODAY = '2026-12-02';
const NOW = Date.parse('2026-12-02T12:00:00Z');
const LATER = Date.parse('2026-12-02T12:34:56Z');

let workspace: DemoWorkspace;
let store: DemoStore;

function makeStore(permissions?: Partial<Permissions>) {
  workspace = generateWorkspace({ seed: 99, today: TODAY, now: NOW, permissions });
  store = createDemoStore(workspace, { now: () => LATER });
  return store;
}

beforeEach(() => {
  makeStore();
});

const future = () => store.sessionsBetween(NOW, NOW + 30 * 86_400_000).filter((event) => !event.cancelled);
const withServers = (min: number) =>
  store
    .sessionsBetween(NOW - 30 * 86_400_000, NOW)
    .find((e) => !e.cancelled && e.servers.length >= min) as RawEvent;
const someoneElse = () => workspace.people.find((p) => p.id !== workspace.me.id)!;

function expectApiError(run: () => unknown, status: number, message?: string) {
  let caught: unknown;
  try {
    run();
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(DemoApiError);
  expect((caught as DemoApiError).status).toBe(status);
  if (message) expect((caught as DemoApiError).message).toBe(message);
  expect((caught as DemoApiError).body).toMatchObject({ statusCode: status });
}

describe('reads', () => {
  it('returns the sessions of one UTC day, sorted', () => {
    const day = store.sessionsOnDay('2026-12-03');
    expect(day.length).toBeGreaterThanOrEqual(3);
    expect(day.every((e) => e.start.startsWith('2026-12-03'))).toBe(true);
    expect(day).toEqual(workspace.sessions.filter((e) => e.start.startsWith('2026-12-03')));
    expect(store.sessionsOnDay('2030-01-01')).toEqual([]);
  });

  it('returns sessions between two instants, end excluded', () => {
    const start = Date.parse('2026-12-01T06:00:00Z');
    const end = Date.parse('2026-12-04T18:00:00Z');
    const expected = workspace.sessions.filter(
      (e) => Date.parse(e.start) >= start && Date.parse(e.start) < end,
    );
    expect(store.sessionsBetween(start, end)).toEqual(expected);
    const first = expected[0]!;
    expect(store.sessionsBetween(Date.parse(first.start), Date.parse(first.start))).toEqual([]);
    expect(store.sessionsBetween(0, 8.64e15).length).toBe(workspace.sessions.length);
  });

  it('lists the next 50 sessions that are not cancelled, from an hour ago', () => {
    const upcoming = store.upcoming(NOW);
    expect(upcoming).toHaveLength(50);
    expect(upcoming.every((e) => !e.cancelled && Date.parse(e.start) >= NOW - 3_600_000)).toBe(true);
    const starts = upcoming.map((e) => Date.parse(e.start));
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    const expected = workspace.sessions
      .filter((e) => !e.cancelled && Date.parse(e.start) >= NOW - 3_600_000)
      .slice(0, 50);
    expect(upcoming).toEqual(expected);
  });

  it('reports permissions and the week start', () => {
    expect(store.permissions()).toEqual(workspace.permissions);
    expect(store.weekStartsOn()).toBe('monday');
  });
});

describe('change: host and co-host', () => {
  it('sets the event-level host for the first server (or no server_id)', () => {
    const event = future()[0]!;
    const person = someoneElse();
    const updated = store.change(event._id, { prop: 'host', value: person.id });
    expect(updated.host_id).toBe(person.id);
    expect(updated.host).toEqual({
      exists: true,
      id: person.id,
      username: person.username,
      display_name: person.display_name,
    });
    expect(updated.updatedAt).toBe(new Date(LATER).toISOString());
    expect(store.session(event._id)?.host_id).toBe(person.id);
    expect(SessionSchema.safeParse(updated).success).toBe(true);

    const served = withServers(1);
    store.change(served._id, { prop: 'cohost', value: person.id, server_id: served.servers[0]!._id });
    expect(store.session(served._id)?.co_host_id).toBe(person.id);
    expect(store.session(served._id)?.subhosting.some((s) => s.server_id === served.servers[0]!._id)).toBe(
      false,
    );
  });

  it('does not mutate the generated workspace', () => {
    const event = future()[0]!;
    const before = structuredClone(event);
    store.change(event._id, { prop: 'host', value: someoneElse().id });
    expect(workspace.sessions.find((e) => e._id === event._id)).toEqual(before);
  });

  it('gives unknown user IDs a User without names', () => {
    const event = future()[0]!;
    const updated = store.change(event._id, { prop: 'host', value: '123456' });
    expect(updated.host).toEqual({ exists: true, id: '123456' });
  });

  it('upserts subhosting entries for other servers, with their type', () => {
    const event = withServers(2);
    const serverId = event.servers[1]!._id;
    const a = workspace.people[10]!;
    const b = workspace.people[11]!;
    store.change(event._id, { prop: 'host', value: a.id, server_id: serverId });
    store.change(event._id, { prop: 'host', value: b.id, server_id: serverId });
    const hosts = store
      .session(event._id)!
      .subhosting.filter((s) => s.server_id === serverId && (s.type ?? 'host_id') === 'host_id');
    expect(hosts).toEqual([
      { server_id: serverId, type: 'host_id', user_id: b.id, user: expect.objectContaining({ id: b.id }) },
    ]);
    expect(store.session(event._id)!.host_id).toBe(event.host_id);
    if (!event.schedule.disable_cohost) {
      store.change(event._id, { prop: 'cohost', value: a.id, server_id: serverId });
      const cohosts = store
        .session(event._id)!
        .subhosting.filter((s) => s.server_id === serverId && s.type === 'co_host_id');
      expect(cohosts.map((s) => s.user_id)).toEqual([a.id]);
    }
  });

  it('counts my own claims against the quota and refuses once it is reached', () => {
    const me = workspace.me.id;
    const events = future().filter(
      (e) => e.host_id !== me && e.co_host_id !== me && !e.schedule.disable_cohost,
    );
    store.change(events[0]!._id, { prop: 'host', value: me });
    expect(store.permissions().host_quota_used).toBe(3);
    store.change(events[1]!._id, { prop: 'host', value: me });
    store.change(events[2]!._id, { prop: 'host', value: me });
    expect(store.permissions().host_quota_used).toBe(5);
    expectApiError(
      () => store.change(events[3]!._id, { prop: 'host', value: me }),
      400,
      DEMO_MESSAGES.hostQuota,
    );
    expect(store.session(events[3]!._id)!.host_id).not.toBe(me);
    // Assigning someone else is not limited by my quota.
    store.change(events[3]!._id, { prop: 'host', value: someoneElse().id });
    // Taking the same slot again changes nothing and costs nothing.
    store.change(events[0]!._id, { prop: 'cohost', value: me });
    expect(store.permissions().cohost_quota_used).toBe(2);
    store.change(events[0]!._id, { prop: 'cohost', value: me });
    expect(store.permissions().cohost_quota_used).toBe(2);
  });

  it('refuses the co-host quota with its own message', () => {
    makeStore({ cohost_quota: 1, cohost_quota_used: 1 });
    const event = future().find((e) => !e.schedule.disable_cohost && e.co_host_id !== workspace.me.id)!;
    expectApiError(
      () => store.change(event._id, { prop: 'cohost', value: workspace.me.id }),
      400,
      DEMO_MESSAGES.cohostQuota,
    );
  });

  it('has no limit when the quota is 0', () => {
    makeStore({ host_quota: 0, host_quota_used: 40 });
    const event = future().find((e) => e.host_id !== workspace.me.id)!;
    expect(store.change(event._id, { prop: 'host', value: workspace.me.id }).host_id).toBe(workspace.me.id);
  });

  it('refuses a co-host on a schedule that disables it', () => {
    const event = future().find((e) => e.schedule.disable_cohost)!;
    expectApiError(
      () => store.change(event._id, { prop: 'cohost', value: someoneElse().id }),
      400,
      DEMO_MESSAGES.cohostDisabled,
    );
  });

  it('refuses cancelled sessions, unknown sessions and unknown servers', () => {
    const cancelled = workspace.sessions.find((e) => e.cancelled)!;
    expectApiError(
      () => store.change(cancelled._id, { prop: 'host', value: someoneElse().id }),
      400,
      'This session is cancelled',
    );
    expectApiError(() => store.change('0'.repeat(24), { prop: 'host', value: someoneElse().id }), 404);
    const event = future()[0]!;
    expectApiError(
      () => store.change(event._id, { prop: 'host', value: someoneElse().id, server_id: 'f'.repeat(24) }),
      404,
    );
  });

  it('checks self_assign_* for myself and assign_* for others', () => {
    makeStore({ self_assign_host: false, assign_cohost: false });
    const me = workspace.me.id;
    const event = future().find(
      (e) => !e.schedule.disable_cohost && e.host_id === '' && e.co_host_id === '',
    )!;
    expectApiError(() => store.change(event._id, { prop: 'host', value: me }), 403);
    expect(store.change(event._id, { prop: 'host', value: someoneElse().id }).host_id).toBe(someoneElse().id);
    expectApiError(() => store.change(event._id, { prop: 'cohost', value: someoneElse().id }), 403);
    expect(store.change(event._id, { prop: 'cohost', value: me }).co_host_id).toBe(me);
  });

  it("lets self-assign-only users take an open slot but not someone else's", () => {
    makeStore({ assign_host: false });
    const me = workspace.me.id;
    const open = future().find((e) => e.host_id === '')!;
    const taken = future().find((e) => e.host_id !== '' && e.host_id !== me)!;
    expect(store.change(open._id, { prop: 'host', value: me }).host_id).toBe(me);
    expectApiError(() => store.change(taken._id, { prop: 'host', value: me }), 400, DEMO_MESSAGES.slotTaken);
  });
});

describe('change: roles', () => {
  it('sets a role holder', () => {
    const event = withServers(1);
    const server = event.servers[0]!;
    const group = server.groups[0]!;
    const role = group.roles[0]!;
    const person = someoneElse();
    const updated = store.change(event._id, {
      prop: 'role',
      server_id: server._id,
      group_id: group._id,
      role_id: role._id,
      value: person.id,
    });
    expect(updated.servers[0]!.groups[0]!.roles[0]!.user_id).toBe(person.id);
    expect(store.session(event._id)!.servers[0]!.groups[0]!.roles[0]!.user_id).toBe(person.id);
    expect(store.permissions().host_quota_used).toBe(workspace.permissions.host_quota_used);
  });

  it('answers 404 for an unknown server, group or role', () => {
    const event = withServers(1);
    const server = event.servers[0]!;
    const group = server.groups[0]!;
    const base = {
      prop: 'role' as const,
      server_id: server._id,
      group_id: group._id,
      role_id: group.roles[0]!._id,
      value: someoneElse().id,
    };
    expectApiError(
      () => store.change(event._id, { ...base, server_id: 'nope' }),
      404,
      DEMO_MESSAGES.serverNotFound,
    );
    expectApiError(
      () => store.change(event._id, { ...base, group_id: 'nope' }),
      404,
      DEMO_MESSAGES.groupNotFound,
    );
    expectApiError(
      () => store.change(event._id, { ...base, role_id: 'nope' }),
      404,
      DEMO_MESSAGES.roleNotFound,
    );
  });

  it('needs assign_roles for others but lets anyone take an open role', () => {
    makeStore({ assign_roles: false });
    const event = withServers(1);
    const server = event.servers[0]!;
    const slots = server.groups.flatMap((group) => group.roles.map((role) => ({ group, role })));
    const open = slots.find(({ role }) => !role.user_id)!;
    const taken = slots.find(({ role }) => role.user_id && role.user_id !== workspace.me.id)!;
    const body = (slot: typeof open, value: string) => ({
      prop: 'role' as const,
      server_id: server._id,
      group_id: slot.group._id,
      role_id: slot.role._id,
      value,
    });
    expectApiError(() => store.change(event._id, body(open, someoneElse().id)), 403);
    expect(store.change(event._id, body(open, workspace.me.id))).toBeTruthy();
    expectApiError(() => store.change(event._id, body(taken, workspace.me.id)), 400, DEMO_MESSAGES.slotTaken);
  });
});

describe('servers', () => {
  it('creates a server from the polyfill with open roles', () => {
    const event = future().find((e) => e.servers.length === 0 && e.polyfill.length > 0)!;
    const created = store.createServer(event._id);
    expect(created._id).toMatch(/^[0-9a-f]{24}$/);
    expect(created).toMatchObject({ source: 'web', created_by: workspace.me.id, status: 'active' });
    expect(created.groups.map((g) => [g.name, g.priority, g.roles.map((r) => r.name)])).toEqual(
      event.polyfill.map((g) => [g.name, g.priority, g.roles.map((r) => r.name)]),
    );
    expect(created.groups.flatMap((g) => g.roles).every((r) => r.user_id === '')).toBe(true);
    const stored = store.session(event._id)!;
    expect(stored.servers.map((s) => s._id)).toEqual([created._id]);
    expect(SessionSchema.safeParse(stored).success).toBe(true);
    // The new server's roles can be claimed.
    const group = created.groups[0]!;
    store.change(event._id, {
      prop: 'role',
      server_id: created._id,
      group_id: group._id,
      role_id: group.roles[0]!._id,
      value: workspace.me.id,
    });
  });

  it('deletes a server with its subhosting entries', () => {
    const event = store.sessionsBetween(0, 8.64e15).find((e) => !e.cancelled && e.subhosting.length > 0)!;
    const serverId = event.subhosting[0]!.server_id;
    store.deleteServer(event._id, serverId);
    const stored = store.session(event._id)!;
    expect(stored.servers.some((s) => s._id === serverId)).toBe(false);
    expect(stored.subhosting.some((s) => s.server_id === serverId)).toBe(false);
    expect(stored.servers).toHaveLength(event.servers.length - 1);
    expectApiError(() => store.deleteServer(event._id, serverId), 404, DEMO_MESSAGES.serverNotFound);
    expectApiError(() => store.deleteServer('0'.repeat(24), serverId), 404, DEMO_MESSAGES.sessionNotFound);
  });

  it('refuses servers on cancelled and unknown sessions, and without rights', () => {
    const cancelled = workspace.sessions.find((e) => e.cancelled)!;
    expectApiError(() => store.createServer(cancelled._id), 400);
    expectApiError(() => store.createServer('0'.repeat(24)), 404);
    makeStore({ assign_host: false });
    const notMine = future().find((e) => e.host_id !== workspace.me.id && e.co_host_id !== workspace.me.id)!;
    expectApiError(() => store.createServer(notMine._id), 403);
    const mine = future().find((e) => e.host_id === workspace.me.id)!;
    expect(store.createServer(mine._id)._id).toBeTruthy();
  });
});

describe('snapshot and restore', () => {
  it('carries writes to a fresh store of the same workspace', () => {
    const event = future()[0]!;
    const served = withServers(2);
    store.change(event._id, { prop: 'host', value: workspace.me.id });
    const created = store.createServer(event._id);
    store.deleteServer(served._id, served.servers[1]!._id);
    const json = JSON.parse(JSON.stringify(store.snapshot()));

    const fresh = createDemoStore(generateWorkspace({ seed: 99, today: TODAY, now: NOW }), {
      now: () => LATER,
    });
    expect(fresh.restore(json)).toBe(true);
    expect(fresh.session(event._id)).toEqual(store.session(event._id));
    expect(fresh.session(served._id)).toEqual(store.session(served._id));
    expect(fresh.sessionsOnDay(event.start.slice(0, 10))).toEqual(
      store.sessionsOnDay(event.start.slice(0, 10)),
    );
    expect(fresh.permissions()).toEqual(store.permissions());
    expect(fresh.permissions().host_quota_used).toBe(3);
    // New IDs continue, never repeating one made before the snapshot.
    expect(fresh.createServer(event._id)._id).not.toBe(created._id);
  });

  it('keeps the snapshot small: only the sessions written to', () => {
    expect(store.snapshot().sessions).toEqual([]);
    store.change(future()[0]!._id, { prop: 'host', value: someoneElse().id });
    expect(store.snapshot().sessions).toHaveLength(1);
  });

  it('refuses a snapshot from another day, seed or shape', () => {
    const target = future()[0]!;
    const original = target.host_id;
    store.change(target._id, { prop: 'host', value: someoneElse().id });
    const snapshot = store.snapshot();
    const fresh = () => createDemoStore(generateWorkspace({ seed: 99, today: TODAY, now: NOW }));
    expect(fresh().restore({ ...snapshot, today: '2026-12-01' })).toBe(false);
    expect(fresh().restore({ ...snapshot, seed: 1 })).toBe(false);
    expect(fresh().restore({ nonsense: true })).toBe(false);
    expect(fresh().restore(null)).toBe(false);
    const { host_quota: _dropped, ...withoutQuota } = snapshot.permissions;
    expect(fresh().restore({ ...snapshot, permissions: withoutQuota })).toBe(false);
    expect(
      fresh().restore({ ...snapshot, permissions: { ...snapshot.permissions, assign_host: 'yes' } }),
    ).toBe(false);
    const other = fresh();
    expect(other.restore({ ...snapshot, sessions: [{ _id: 'x', start: 'not a date' }] })).toBe(false);
    expect(other.session(target._id)?.host_id).toBe(original);
    expect(other.restore(snapshot)).toBe(true);
    expect(other.session(target._id)?.host_id).toBe(someoneElse().id);
  });

  it('tells subscribers about each successful write only', () => {
    let calls = 0;
    const unsubscribe = store.subscribe(() => calls++);
    store.change(future()[0]!._id, { prop: 'host', value: someoneElse().id });
    expect(() => store.change('nope', { prop: 'host', value: '1' })).toThrow(DemoApiError);
    expect(calls).toBe(1);
    unsubscribe();
    store.change(future()[1]!._id, { prop: 'host', value: someoneElse().id });
    expect(calls).toBe(1);
  });
});
