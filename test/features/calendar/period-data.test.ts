import { describe, expect, it } from 'vitest';
import { mergePagesCached, type LoadedPage } from '../../../src/hyra/merge';
import type { SessionsPage } from '../../../src/hyra/parse';
import type { Session } from '../../../src/hyra/schemas';
import { NO_FILTERS } from '../../../src/features/calendar/model/filters';
import { groupPeriod, summarisePeriod } from '../../../src/features/calendar/model/period-data';
import { makePermissions, makeSession, scheduleWith } from '../../factories';

function session(id: string, start: string, type = 'training'): Session {
  return makeSession({ _id: id, start, schedule: scheduleWith({ _id: type, name: type }) });
}

function page(...sessions: Session[]): SessionsPage {
  return { sessions, dropped: [], permissions: makePermissions() };
}

const query = { filters: NO_FILTERS, now: 0, zone: 'UTC', first: '2026-12-01', last: '2026-12-03' };

describe('mergePagesCached', () => {
  it('gives the same merge for the same pages received at the same times, and a new one otherwise', () => {
    const a = page(session('a', '2026-12-01T10:00:00Z'));
    const b = page(session('b', '2026-12-02T10:00:00Z'));
    const pages: LoadedPage[] = [
      { page: a, receivedAt: 1 },
      { page: b, receivedAt: 1 },
    ];
    const merged = mergePagesCached(pages);
    expect(merged.sessions.map((s) => s._id)).toEqual(['a', 'b']);
    expect(mergePagesCached([...pages])).toBe(merged);
    expect(
      mergePagesCached([
        { page: a, receivedAt: 1 },
        { page: b, receivedAt: 2 },
      ]),
    ).not.toBe(merged);
    expect(
      mergePagesCached([
        { page: a, receivedAt: 1 },
        { page: page(), receivedAt: 1 },
      ]).sessions,
    ).toHaveLength(1);
  });
});

describe('groupPeriod', () => {
  const merged = mergePagesCached([
    {
      page: page(
        session('a', '2026-12-01T10:00:00Z', 'training'),
        session('b', '2026-12-01T23:30:00Z', 'shift'),
        session('c', '2026-12-05T10:00:00Z', 'training'),
      ),
      receivedAt: 5,
    },
  ]);

  it('groups the sessions that pass the filters by day in the zone, every day of the range listed', () => {
    const { days, byDay } = groupPeriod(merged, query);
    expect(days).toEqual(['2026-12-01', '2026-12-02', '2026-12-03']);
    expect([...byDay].map(([day, list]) => [day, list.map((s) => s._id)])).toEqual([
      ['2026-12-01', ['a', 'b']],
      ['2026-12-02', []],
      ['2026-12-03', []],
    ]);
    // 23:30 UTC is the next day in Tokyo.
    const tokyo = groupPeriod(merged, { ...query, zone: 'Asia/Tokyo' });
    expect(tokyo.byDay.get('2026-12-02')!.map((s) => s._id)).toEqual(['b']);
    const shifts = groupPeriod(merged, { ...query, filters: { ...NO_FILTERS, types: ['shift'] } });
    expect(shifts.byDay.get('2026-12-01')!.map((s) => s._id)).toEqual(['b']);
  });

  it('answers the same question about the same merge with the same object', () => {
    const first = groupPeriod(merged, query);
    expect(groupPeriod(merged, { ...query, filters: { ...NO_FILTERS } })).toBe(first);
    // The clock only matters to "open for me".
    expect(groupPeriod(merged, { ...query, now: 99 })).toBe(first);
    expect(groupPeriod(merged, { ...query, last: '2026-12-05' })).not.toBe(first);
  });
});

describe('summarisePeriod', () => {
  it('lists the types and keeps the same list for another period with the same types', () => {
    const one = mergePagesCached([
      { page: page(session('x', '2026-12-01T10:00:00Z', 'shift')), receivedAt: 7 },
    ]);
    const two = mergePagesCached([
      { page: page(session('y', '2026-12-08T10:00:00Z', 'shift')), receivedAt: 7 },
    ]);
    expect(summarisePeriod(one).types).toEqual([{ id: 'shift', name: 'shift' }]);
    expect(summarisePeriod(two).types).toBe(summarisePeriod(one).types);
    expect(summarisePeriod(one)).toBe(summarisePeriod(one));
  });
});
