import { describe, expect, it } from 'vitest';
import type { Session } from '../../../src/hyra/schemas';
import { groupByDay } from '../../../src/features/calendar/model/group-by-day';
import { layoutDay, wallMinutes } from '../../../src/features/calendar/model/layout';
import { loadedRange, shiftAnchor, visibleRange } from '../../../src/features/calendar/model/views';
import { sessionStatus } from '../../../src/features/calendar/model/session-status';
import { sessionFilter, selectSessionTypes, NO_FILTERS } from '../../../src/features/calendar/model/filters';
import { hostedBy, makePermissions, makeSession, scheduleWith } from '../../factories';

function session(id: string, start: string, extra: Record<string, unknown> = {}): Session {
  return makeSession({ _id: id, start, ...extra });
}

describe('visibleRange', () => {
  it('gives the week from the workspace week start', () => {
    expect(visibleRange('week', '2026-12-02', 1)).toEqual({ first: '2026-11-30', last: '2026-12-06' });
    expect(visibleRange('week', '2026-12-02', 0)).toEqual({ first: '2026-11-29', last: '2026-12-05' });
  });

  it('gives whole weeks around a month', () => {
    expect(visibleRange('month', '2026-12-15', 1)).toEqual({ first: '2026-11-30', last: '2027-01-03' });
    expect(visibleRange('month', '2026-02-10', 0)).toEqual({ first: '2026-02-01', last: '2026-02-28' });
  });

  it('gives one day, and the agenda lists the week', () => {
    expect(visibleRange('day', '2026-12-02', 1)).toEqual({ first: '2026-12-02', last: '2026-12-02' });
    expect(visibleRange('agenda', '2026-12-02', 1)).toEqual({ first: '2026-11-30', last: '2026-12-06' });
  });

  it('loads the whole week for the day view', () => {
    expect(loadedRange('day', '2026-12-02', 1)).toEqual({ first: '2026-11-30', last: '2026-12-06' });
    expect(loadedRange('month', '2026-12-02', 1)).toEqual(visibleRange('month', '2026-12-02', 1));
  });

  it('moves by the view period', () => {
    expect(shiftAnchor('day', '2026-12-31', 1)).toBe('2027-01-01');
    expect(shiftAnchor('week', '2026-12-02', -1)).toBe('2026-11-25');
    expect(shiftAnchor('month', '2026-01-31', 1)).toBe('2026-02-28');
    expect(shiftAnchor('agenda', '2026-12-02', 1)).toBe('2026-12-09');
  });
});

describe.each(['UTC', 'America/New_York', 'Asia/Tokyo'])('placing sessions in %s', (zone) => {
  it('groups by the day of the start in the zone and keeps every visible day', () => {
    const late = session('late', '2026-12-02T23:30:00Z');
    const byDay = groupByDay([late], zone, ['2026-12-02', '2026-12-03']);
    const expected = { UTC: '2026-12-02', 'America/New_York': '2026-12-02', 'Asia/Tokyo': '2026-12-03' }[
      zone
    ]!;
    expect(byDay.get(expected)!.map((s) => s._id)).toEqual(['late']);
    expect([...byDay.keys()]).toEqual(['2026-12-02', '2026-12-03']);
  });

  it('lays out a daylight-saving week on the wall clock', () => {
    // 2026-03-08 is the US change; 2026-03-29 the EU one. Both 16:00 UTC instants:
    const before = Date.parse('2026-03-07T16:00:00Z');
    const after = Date.parse('2026-03-09T16:00:00Z');
    const expected = {
      UTC: [16 * 60, 16 * 60],
      'America/New_York': [11 * 60, 12 * 60],
      'Asia/Tokyo': [60, 60],
    }[zone]!;
    expect([wallMinutes(before, zone), wallMinutes(after, zone)]).toEqual(expected);
  });
});

describe('layoutDay', () => {
  it('puts overlapping sessions side by side and lone ones full width', () => {
    const placed = layoutDay(
      [
        session('a', '2026-12-02T10:00:00Z'),
        session('b', '2026-12-02T10:30:00Z'),
        session('c', '2026-12-02T14:00:00Z'),
      ],
      'UTC',
      60,
    );
    expect(placed.map((p) => [p.session._id, p.top, p.column, p.columns])).toEqual([
      ['a', 600, 0, 2],
      ['b', 630, 1, 2],
      ['c', 840, 0, 1],
    ]);
  });

  it('cuts the display length at midnight', () => {
    const [placed] = layoutDay([session('late', '2026-12-02T23:30:00Z')], 'UTC', 60);
    expect(placed!.height).toBe(30);
  });
});

describe('sessionStatus', () => {
  const now = Date.parse('2026-12-02T12:00:00Z');
  it('reads cancelled, live, upcoming, started and ended', () => {
    const base = { in_progress: false, cancelled: false };
    expect(
      sessionStatus(session('c', '2026-12-02T14:00:00Z', { ...base, cancelled: true }), now, 60).kind,
    ).toBe('cancelled');
    expect(
      sessionStatus(session('l', '2026-12-02T11:00:00Z', { ...base, in_progress: true }), now, 60).kind,
    ).toBe('live');
    expect(sessionStatus(session('u', '2026-12-02T14:00:00Z', base), now, 60)).toEqual({
      kind: 'upcoming',
      inMs: 7_200_000,
    });
    expect(sessionStatus(session('s', '2026-12-02T11:30:00Z', base), now, 60).kind).toBe('started');
    expect(sessionStatus(session('e', '2026-12-02T10:00:00Z', base), now, 60).kind).toBe('ended');
  });
});

describe('filters', () => {
  const now = Date.parse('2026-12-02T12:00:00Z');
  const permissions = makePermissions({ host_quota: 0, cohost_quota: 0 });
  const mine = session('mine', '2026-12-02T14:00:00Z', {
    ...hostedBy('42', { username: 'me' }),
    cancelled: false,
    schedule: scheduleWith({ _id: 'training', name: 'Training' }),
  });
  const open = session('open', '2026-12-02T15:00:00Z', {
    host_id: '',
    host: { exists: false },
    servers: [],
    cancelled: false,
    schedule: scheduleWith({ _id: 'shift', name: 'Shift', disable_cohost: true }),
  });
  const cancelled = session('gone', '2026-12-02T16:00:00Z', { cancelled: true });
  const all = [mine, open, cancelled];
  const ids = (filters: Partial<typeof NO_FILTERS>, me?: string) =>
    all.filter(sessionFilter({ ...NO_FILTERS, ...filters }, { me, permissions, now })).map((s) => s._id);

  it('shows everything without filters', () => {
    expect(ids({})).toEqual(['mine', 'open', 'gone']);
  });

  it('filters by type, mine, open-for-me and cancelled, and combines them', () => {
    expect(ids({ types: ['shift'] })).toEqual(['open']);
    expect(ids({ mine: true }, '42')).toEqual(['mine']);
    expect(ids({ mine: true })).toEqual([]);
    expect(ids({ openForMe: true }, '7')).toEqual(['open']);
    expect(ids({ hideCancelled: true })).toEqual(['mine', 'open']);
    expect(ids({ hideCancelled: true, types: ['training', 'shift'], mine: true }, '42')).toEqual(['mine']);
  });

  it('lists the session types by name', () => {
    expect(selectSessionTypes([open, mine, open]).map((t) => t.name)).toEqual(['Shift', 'Training']);
  });
});
