import { describe, expect, it } from 'vitest';
import {
  attentionReasons,
  canAssign,
  selectNeedsAttention,
} from '../../../src/features/roster/model/attention';
import {
  coHostedBy,
  hostedBy,
  hyraServer,
  makePermissions,
  makeSession,
  noHosts,
  role,
  roleGroup,
  scheduleWith,
} from '../../factories';

const NOW = Date.parse('2026-12-02T12:00:00Z');
const hoursFromNow = (hours: number) => new Date(NOW + hours * 3_600_000).toISOString();

function session(id: string, fields: Record<string, unknown> = {}) {
  return makeSession({
    _id: id,
    start: hoursFromNow(2),
    cancelled: false,
    in_progress: false,
    schedule: scheduleWith({ disable_cohost: false }),
    ...hostedBy('1'),
    ...coHostedBy('2'),
    servers: [hyraServer('srv', [roleGroup('g', 'Crew', 1, [role('r', 'Medic', '3')])])],
    subhosting: [],
    polyfill: [],
    ...fields,
  });
}

describe('what a session lacks', () => {
  it('nothing when every slot is held', () => {
    expect(attentionReasons(session('full'))).toEqual([]);
  });

  it('a host, a co-host and role holders, server by server', () => {
    const lacking = session('x', {
      ...noHosts(),
      servers: [hyraServer('srv', [roleGroup('g', 'Crew', 1, [role('r', 'Medic', '')])])],
    });
    expect(attentionReasons(lacking)).toEqual(['no-host', 'no-cohost', 'open-roles']);
  });

  it('no co-host is missing where co-hosts are disabled', () => {
    const disabled = session('x', {
      co_host_id: '',
      co_host: { exists: false },
      schedule: scheduleWith({ disable_cohost: true }),
    });
    expect(attentionReasons(disabled)).toEqual([]);
  });

  it('a second server without its own host counts', () => {
    const twoServers = session('x', { servers: [hyraServer('a'), hyraServer('b')] });
    expect(attentionReasons(twoServers)).toEqual(['no-host', 'no-cohost']);
  });

  it('no server while the schedule has a role template; none without a template', () => {
    const template = [{ _id: 'p', name: 'Crew', priority: 1, roles: [{ _id: 'pr', name: 'Medic' }] }];
    expect(attentionReasons(session('x', { servers: [], polyfill: template }))).toEqual(['no-server']);
    expect(attentionReasons(session('y', { servers: [], polyfill: [] }))).toEqual([]);
  });

  it('nothing for a cancelled session', () => {
    expect(attentionReasons(session('x', { ...noHosts(), cancelled: true }))).toEqual([]);
  });
});

describe('the sessions that need attention', () => {
  const open = { ...noHosts() };
  const sessions = [
    session('later', { ...open, start: hoursFromNow(30) }),
    session('soon', { ...open, start: hoursFromNow(1) }),
    session('past', { ...open, start: hoursFromNow(-1) }),
    session('cancelled', { ...open, cancelled: true }),
    session('beyond', { ...open, start: hoursFromNow(49) }),
    session('fine'),
  ];

  it('lists the coming 48 hours soonest first, leaving out past, cancelled and complete ones', () => {
    expect(selectNeedsAttention(sessions, { now: NOW }).map((item) => item.session._id)).toEqual([
      'soon',
      'later',
    ]);
  });

  it('looks as far ahead as asked', () => {
    expect(selectNeedsAttention(sessions, { now: NOW, hours: 24 }).map((item) => item.session._id)).toEqual([
      'soon',
    ]);
    expect(selectNeedsAttention(sessions, { now: NOW, hours: 72 }).map((item) => item.session._id)).toEqual([
      'soon',
      'later',
      'beyond',
    ]);
  });

  it('is for those who can assign', () => {
    expect(canAssign(makePermissions())).toBe(true);
    expect(
      canAssign(makePermissions({ assign_host: false, assign_cohost: false, assign_roles: false })),
    ).toBe(false);
    expect(canAssign(makePermissions({ assign_host: false, assign_cohost: false, assign_roles: true }))).toBe(
      true,
    );
    expect(canAssign(undefined)).toBe(false);
  });
});
