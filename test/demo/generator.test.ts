import { describe, expect, it } from 'vitest';
import { generateWorkspace, IN_PROGRESS_MINUTES } from '../../src/demo/generator';
import { DEFAULT_DEMO_PERMISSIONS } from '../../src/demo/permissions';
import type { RawEvent, RawRole } from '../../src/demo/types';
import { SessionSchema } from '../../src/hyra/schemas';

const TODAY = '2026-12-02';
const NOW = Date.parse('2026-12-02T12:00:00Z');
const workspace = generateWorkspace({ seed: 20261129, today: TODAY });

const roles = (event: RawEvent): RawRole[] =>
  event.servers.flatMap((server) => server.groups.flatMap((group) => group.roles));
const dayOf = (event: RawEvent) => event.start.slice(0, 10);

describe('generateWorkspace', () => {
  it('is deterministic for the same seed and day', () => {
    expect(generateWorkspace({ seed: 20261129, today: TODAY })).toEqual(workspace);
  });

  it('differs for another seed', () => {
    const other = generateWorkspace({ seed: 1, today: TODAY });
    expect(other.sessions.map((event) => event._id)).not.toEqual(
      workspace.sessions.map((event) => event._id),
    );
    expect(other.people.map((person) => person.id)).not.toEqual(workspace.people.map((person) => person.id));
  });

  it('makes sessions that all pass SessionSchema', () => {
    const failures = workspace.sessions.filter((event) => !SessionSchema.safeParse(event).success);
    expect(failures).toEqual([]);
  });

  it('covers daysBefore..daysAfter with 3 to 12 sessions a day, sorted by start', () => {
    const perDay = new Map<string, number>();
    for (const event of workspace.sessions) perDay.set(dayOf(event), (perDay.get(dayOf(event)) ?? 0) + 1);
    expect(perDay.size).toBe(85);
    expect([...perDay.keys()].sort()[0]).toBe('2026-10-21');
    expect([...perDay.keys()].sort().at(-1)).toBe('2027-01-13');
    for (const count of perDay.values()) {
      expect(count).toBeGreaterThanOrEqual(3);
      expect(count).toBeLessThanOrEqual(12);
    }
    const starts = workspace.sessions.map((event) => Date.parse(event.start));
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  });

  it('starts scheduled sessions on the quarter hour', () => {
    for (const event of workspace.sessions.filter((e) => !e.adhoc)) {
      expect(Date.parse(event.start) % (15 * 60_000)).toBe(0);
    }
  });

  it('has about six schedules with fixed IDs, inline thumbnails and one without a game link', () => {
    expect(workspace.schedules.length).toBeGreaterThanOrEqual(6);
    expect(workspace.schedules.map((s) => s.name)).toEqual(
      expect.arrayContaining([
        'Training',
        'Interview',
        'Shift',
        'Rally / Patrol',
        'Staff Meeting',
        'Graduation',
      ]),
    );
    for (const schedule of workspace.schedules) {
      expect(schedule._id).toMatch(/^[0-9a-f]{24}$/);
      expect(schedule.thumbnail_url).toMatch(/^data:image\/svg\+xml,/);
      expect(decodeURIComponent(schedule.thumbnail_url)).toContain('<svg');
      expect(schedule.game_thumbnail_url === '' || schedule.game_thumbnail_url.startsWith('data:')).toBe(
        true,
      );
      if (schedule.game_link) expect(schedule.game_link).toMatch(/^https:\/\/www\.roblox\.com\/games\/\d+\//);
    }
    expect(workspace.schedules.filter((s) => s.game_link === '')).toHaveLength(1);
    expect(workspace.schedules.some((s) => s.disable_cohost)).toBe(true);
    expect(workspace.schedules.some((s) => !s.disable_cohost)).toBe(true);
    expect(generateWorkspace({ seed: 3, today: TODAY }).schedules.map((s) => s._id)).toEqual(
      workspace.schedules.map((s) => s._id),
    );
  });

  it('uses 24-hex IDs for events, servers, groups and roles', () => {
    const hex = /^[0-9a-f]{24}$/;
    for (const event of workspace.sessions) {
      expect(event._id).toMatch(hex);
      for (const server of event.servers) {
        expect(server._id).toMatch(hex);
        for (const group of server.groups) {
          expect(group._id).toMatch(hex);
          for (const role of group.roles) expect(role._id).toMatch(hex);
        }
      }
    }
    const ids = workspace.sessions.map((event) => event._id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('marks exactly the sessions that started in the last 45 minutes as in progress', () => {
    const live = workspace.sessions.filter((event) => event.in_progress);
    expect(live.length).toBeGreaterThan(0);
    for (const event of workspace.sessions) {
      const start = Date.parse(event.start);
      const expected = !event.cancelled && start <= NOW && start > NOW - IN_PROGRESS_MINUTES * 60_000;
      expect(event.in_progress).toBe(expected);
    }
  });

  it('has cancelled, ad-hoc, server-less future sessions with a polyfill, and subhosting', () => {
    const sessions = workspace.sessions;
    expect(sessions.some((e) => e.cancelled)).toBe(true);
    expect(sessions.some((e) => e.adhoc)).toBe(true);
    const future = sessions.filter((e) => Date.parse(e.start) > NOW + 4 * 86_400_000);
    expect(future.every((e) => e.servers.length === 0)).toBe(true);
    expect(future.every((e) => e.polyfill.length >= 2)).toBe(true);
    expect(sessions.some((e) => e.subhosting.some((s) => s.type === 'host_id'))).toBe(true);
    expect(sessions.some((e) => e.subhosting.some((s) => s.type === 'co_host_id'))).toBe(true);
    expect(sessions.some((e) => e.subhosting.some((s) => s.type === undefined && !('type' in s)))).toBe(true);
    expect(Math.max(...sessions.map((e) => e.servers.length))).toBe(4);
    // Subhosting only names servers other than the first.
    for (const event of sessions) {
      for (const entry of event.subhosting) {
        expect(event.servers.slice(1).map((s) => s._id)).toContain(entry.server_id);
      }
    }
  });

  it('leaves role slots open in all three forms and takes others', () => {
    const all = workspace.sessions.flatMap(roles);
    expect(all.some((r) => r.user_id === '')).toBe(true);
    expect(all.some((r) => r.user_id === null)).toBe(true);
    expect(all.some((r) => !('user_id' in r))).toBe(true);
    const ids = new Set(workspace.people.map((p) => p.id));
    const taken = all.filter((r) => typeof r.user_id === 'string' && r.user_id !== '');
    expect(taken.length).toBeGreaterThan(0);
    expect(taken.every((r) => ids.has(r.user_id as string))).toBe(true);
    expect(all.some((r) => /^Trainer \d+$/.test(r.name))).toBe(true);
  });

  it('gives role groups realistic names and distinct priorities', () => {
    const names = new Set(workspace.sessions.flatMap((e) => e.polyfill.map((g) => g.name)));
    for (const name of ['Trainers', 'Assistants', 'Security', 'Receptionists', 'Interviewers', 'Observers']) {
      expect(names).toContain(name);
    }
    for (const event of workspace.sessions) {
      const priorities = event.polyfill.map((g) => g.priority);
      expect(new Set(priorities).size).toBe(priorities.length);
      expect(event.polyfill.length).toBeGreaterThanOrEqual(2);
      expect(event.polyfill.length).toBeLessThanOrEqual(4);
    }
  });

  it('leaves hosts empty more often in the future, with both empty forms consistent', () => {
    const past = workspace.sessions.filter((e) => Date.parse(e.start) < NOW);
    const future = workspace.sessions.filter((e) => Date.parse(e.start) > NOW);
    const openShare = (list: RawEvent[]) => list.filter((e) => e.host_id === '').length / list.length;
    expect(openShare(future)).toBeGreaterThan(openShare(past));
    for (const event of workspace.sessions) {
      if (event.host_id === '') expect(event.host).toEqual({ exists: false });
      else expect(event.host).toMatchObject({ exists: true, id: event.host_id });
      if (event.co_host_id === '') expect(event.co_host).toEqual({ exists: false });
      else expect(event.co_host_id).not.toBe(event.host_id);
      if (event.schedule.disable_cohost) expect(event.co_host_id).toBe('');
    }
  });

  it('has about 60 people with numeric Roblox IDs and names in many scripts', () => {
    const { people } = workspace;
    expect(people.length).toBeGreaterThanOrEqual(55);
    expect(new Set(people.map((p) => p.id)).size).toBe(people.length);
    for (const person of people) {
      expect(person.id).toMatch(/^\d{8,11}$/);
      expect(person.username).toMatch(/^\w{3,20}$/);
    }
    const names = people.map((p) => p.display_name);
    expect(names.some((n) => /\p{Script=Arabic}/u.test(n))).toBe(true);
    expect(names.some((n) => /\p{Script=Hiragana}|\p{Script=Katakana}|\p{Script=Han}/u.test(n))).toBe(true);
    expect(names.some((n) => /\p{Script=Cyrillic}/u.test(n))).toBe(true);
    expect(names.some((n) => /\p{Extended_Pictographic}/u.test(n))).toBe(true);
    expect(names.some((n) => n.length >= 60)).toBe(true);
    expect(people).toContainEqual(workspace.me);
  });

  it('gives me host, co-host and role slots in the coming week', () => {
    const { me } = workspace;
    const week = workspace.sessions.filter((e) => {
      const start = Date.parse(e.start);
      return start > NOW && start < NOW + 7 * 86_400_000;
    });
    expect(week.some((e) => e.host_id === me.id)).toBe(true);
    expect(week.some((e) => e.co_host_id === me.id)).toBe(true);
    expect(week.some((e) => roles(e).some((r) => r.user_id === me.id))).toBe(true);
  });

  // The quota week of TODAY (a Wednesday): Monday 2026-11-30 to Sunday 2026-12-06, UTC.
  const WEEK_START = Date.parse('2026-11-30T00:00:00Z');
  const WEEK_END = Date.parse('2026-12-07T00:00:00Z');
  /** My host (or co-host) slots in sessions starting in [from, to): first server and the others. */
  const held = (w: typeof workspace, kind: 'host' | 'cohost', from: number, to: number) =>
    w.sessions
      .filter((e) => !e.cancelled && Date.parse(e.start) >= from && Date.parse(e.start) < to)
      .map((e) => ({
        start: Date.parse(e.start),
        count:
          Number((kind === 'host' ? e.host_id : e.co_host_id) === w.me.id) +
          e.subhosting.filter(
            (entry) =>
              entry.user_id === w.me.id &&
              (entry.type ?? 'host_id') === (kind === 'host' ? 'host_id' : 'co_host_id'),
          ).length,
      }))
      .filter((slot) => slot.count > 0);

  it.each([
    ['default', {}],
    [
      'huge',
      {
        perDay: [155, 175] as const,
        rolesPerServer: [50, 70] as const,
        maxServers: 2,
        daysBefore: 4,
        daysAfter: 8,
      },
    ],
  ])(
    'in the %s workspace, the claim counters are the host and co-host slots I hold in the quota week, some done, some booked',
    (_name, options) => {
      const w = generateWorkspace({ seed: 20261129, today: TODAY, ...options });
      for (const kind of ['host', 'cohost'] as const) {
        const used = kind === 'host' ? w.permissions.host_quota_used : w.permissions.cohost_quota_used;
        const slots = held(w, kind, WEEK_START, WEEK_END);
        expect(slots.reduce((sum, slot) => sum + slot.count, 0)).toBe(used);
        // Nothing of mine within a day of the week's edges: every zone counts the same week.
        expect(held(w, kind, WEEK_START - 86_400_000, WEEK_START + 86_400_000)).toEqual([]);
        expect(held(w, kind, WEEK_END - 86_400_000, WEEK_END + 86_400_000)).toEqual([]);
      }
      expect(w.permissions.host_quota_used).toBe(DEFAULT_DEMO_PERMISSIONS.host_quota_used);
      const hosted = held(w, 'host', WEEK_START, WEEK_END);
      expect(hosted.some((slot) => slot.start <= NOW)).toBe(true);
      expect(hosted.some((slot) => slot.start > NOW)).toBe(true);
    },
  );

  it('counts no claims where there are no sessions (the empty workspace)', () => {
    const empty = generateWorkspace({ seed: 20261129, today: TODAY, perDay: [0, 0] });
    expect(empty.sessions).toEqual([]);
    expect(empty.permissions).toMatchObject({ host_quota_used: 0, cohost_quota_used: 0 });
  });

  it('sets default permissions with partly used quotas, and takes overrides', () => {
    expect(workspace.permissions).toEqual(DEFAULT_DEMO_PERMISSIONS);
    expect(workspace.permissions.host_quota_used).toBeLessThan(workspace.permissions.host_quota);
    expect(workspace.permissions.cohost_quota_used).toBeGreaterThan(0);
    const custom = generateWorkspace({ seed: 1, today: TODAY, permissions: { assign_roles: false } });
    expect(custom.permissions).toEqual({ ...DEFAULT_DEMO_PERMISSIONS, assign_roles: false });
  });

  it('keeps createdAt <= updatedAt <= now', () => {
    for (const event of workspace.sessions) {
      expect(Date.parse(event.createdAt)).toBeLessThanOrEqual(Date.parse(event.updatedAt));
      expect(Date.parse(event.updatedAt)).toBeLessThanOrEqual(NOW);
    }
  });

  it('honours perDay, maxServers, rolesPerServer and the day range', () => {
    const small = generateWorkspace({
      seed: 5,
      today: TODAY,
      daysBefore: 2,
      daysAfter: 1,
      perDay: [20, 20],
      maxServers: 1,
      rolesPerServer: [30, 30],
    });
    expect(small.sessions).toHaveLength(4 * 20);
    for (const event of small.sessions) {
      expect(event.servers.length).toBeLessThanOrEqual(1);
      expect(event.polyfill.reduce((n, g) => n + g.roles.length, 0)).toBe(30);
      for (const server of event.servers)
        expect(server.groups.reduce((n, g) => n + g.roles.length, 0)).toBe(30);
    }
    expect(generateWorkspace({ seed: 5, today: TODAY, perDay: [0, 0] }).sessions).toEqual([]);
  });

  it('rejects a malformed day', () => {
    expect(() => generateWorkspace({ seed: 1, today: '2026-2-30' })).toThrow(RangeError);
    expect(() => generateWorkspace({ seed: 1, today: '2026-02-30' })).toThrow(RangeError);
  });
});
