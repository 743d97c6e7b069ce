import { describe, expect, it } from 'vitest';
import {
  BLOCK_REASONS,
  can,
  hasSlotICouldTake,
  isSessionBlock,
  sessionBlock,
  type Action,
  type BlockCode,
} from '../../src/hyra/permissions';
import type { Permissions } from '../../src/hyra/schemas';
import { NO_PERMISSIONS } from '../../src/hyra/parse';
import {
  hostedBy,
  coHostedBy,
  hyraServer,
  makePermissions,
  makeSession,
  role,
  roleGroup,
  scheduleWith,
} from '../factories';

const NOW = Date.parse('2026-12-02T12:00:00Z');
const ALL: Permissions = makePermissions({
  host_quota: 5,
  host_quota_used: 1,
  cohost_quota: 5,
  cohost_quota_used: 1,
});

function session(extra: Record<string, unknown> = {}) {
  return makeSession({
    _id: 's1',
    start: '2026-12-02T14:00:00Z',
    cancelled: false,
    in_progress: false,
    adhoc: false,
    schedule: scheduleWith({ disable_cohost: false, public_slock_offset: 10 }),
    ...extra,
  });
}

const ctx = (extra: Partial<Parameters<typeof can>[2]> = {}) => ({
  session: session(),
  me: '42',
  now: NOW,
  ...extra,
});
const state = (permissions: Permissions, action: Action, extra: Partial<Parameters<typeof can>[2]> = {}) =>
  can(permissions, action, ctx(extra)).state;

describe('can: each gate, both sides', () => {
  it.each([
    ['assign-host', 'assign_host', 'needs-assign-host', 'Needs the Assign Host permission'],
    ['assign-cohost', 'assign_cohost', 'needs-assign-cohost', 'Needs the Assign Co-Host permission'],
    ['assign-role', 'assign_roles', 'needs-assign-roles', 'Needs the Assign Roles permission'],
  ] as const)(
    '%s needs %s: said to those who assign other slots, hidden from the rest',
    (action, permission, code, reason) => {
      expect(state(ALL, action)).toBe('allowed');
      expect(can({ ...ALL, [permission]: false }, action, ctx())).toEqual({
        state: 'disabled',
        code,
        reason,
      });
      expect(state({ ...NO_PERMISSIONS, self_assign_host: true }, action)).toBe('hidden');
    },
  );

  it.each([
    ['take-host', 'self_assign_host'],
    ['take-cohost', 'self_assign_cohost'],
    ['cancel-session', 'cancel_sessions'],
    ['delete-session', 'delete_sessions'],
    ['file-report', 'create_report'],
  ] as const)('%s needs %s', (action, permission) => {
    expect(state(ALL, action)).toBe('allowed');
    expect(state({ ...ALL, [permission]: false }, action)).toBe('hidden');
  });

  it('cancel-session is hidden once the session is cancelled', () => {
    expect(state(ALL, 'cancel-session', { session: session({ cancelled: false }) })).toBe('allowed');
    expect(state(ALL, 'cancel-session', { session: session({ cancelled: true }) })).toBe('hidden');
  });

  it('take-role is open to staff with any claim permission, hidden for a read-only token', () => {
    expect(state(ALL, 'take-role')).toBe('allowed');
    expect(state({ ...NO_PERMISSIONS, self_assign_cohost: true }, 'take-role')).toBe('allowed');
    expect(state(NO_PERMISSIONS, 'take-role')).toBe('hidden');
  });

  it('server actions need assign host or assign roles', () => {
    expect(state(ALL, 'create-server')).toBe('allowed');
    expect(state({ ...ALL, assign_host: false }, 'delete-server')).toBe('allowed');
    expect(state({ ...ALL, assign_host: false, assign_roles: false }, 'create-server')).toBe('hidden');
  });

  it('deleting an ad-hoc session needs delete_adhoc_sessions', () => {
    const adhoc = session({ adhoc: true });
    expect(
      can({ ...ALL, delete_sessions: false }, 'delete-session', { session: adhoc, now: NOW }).state,
    ).toBe('allowed');
    expect(
      can({ ...ALL, delete_adhoc_sessions: false }, 'delete-session', { session: adhoc, now: NOW }).state,
    ).toBe('hidden');
  });

  it('hides the co-host actions when the schedule disables co-hosts', () => {
    const noCohost = session({ schedule: scheduleWith({ disable_cohost: true }) });
    expect(can(ALL, 'take-cohost', { session: noCohost, now: NOW }).state).toBe('hidden');
    expect(can(ALL, 'assign-cohost', { session: noCohost, now: NOW }).state).toBe('hidden');
    expect(can(ALL, 'take-host', { session: noCohost, me: '42', now: NOW }).state).toBe('allowed');
  });

  it('leave is offered only for my own slot', () => {
    expect(state(ALL, 'leave-slot', { slotIsMine: true })).toBe('allowed');
    expect(state(ALL, 'leave-slot', { slotIsMine: false })).toBe('hidden');
    expect(state(NO_PERMISSIONS, 'leave-slot', { slotIsMine: true })).toBe('hidden');
  });
});

describe('can: blocked now, with a reason', () => {
  const reason = (
    permissions: Permissions,
    action: Action,
    extra: Partial<Parameters<typeof can>[2]> = {},
  ) => {
    const decision = can(permissions, action, ctx(extra));
    return decision.state === 'disabled' ? decision.reason : decision.state;
  };

  it('says the server is locked after the lock offset, and not before', () => {
    expect(reason(ALL, 'take-host', { now: Date.parse('2026-12-02T14:10:00Z') })).toBe('Server locked');
    expect(reason(ALL, 'take-host', { now: Date.parse('2026-12-02T14:09:00Z') })).toBe('allowed');
  });

  it('locks the server actions too, and not before the lock', () => {
    expect(reason(ALL, 'delete-server', { now: Date.parse('2026-12-02T14:10:00Z') })).toBe('Server locked');
    expect(reason(ALL, 'create-server', { now: Date.parse('2026-12-02T14:10:00Z') })).toBe('Server locked');
    expect(reason(ALL, 'delete-server', { now: Date.parse('2026-12-02T14:09:00Z') })).toBe('allowed');
  });

  it('says the session is cancelled', () => {
    expect(reason(ALL, 'assign-role', { session: session({ cancelled: true }) })).toBe('Session cancelled');
    expect(reason(ALL, 'create-server', { session: session({ cancelled: true }) })).toBe('Session cancelled');
  });

  it('says when the quota is reached, and not when there is no limit', () => {
    expect(reason({ ...ALL, host_quota: 3, host_quota_used: 3 }, 'take-host')).toBe('Host quota reached');
    expect(reason({ ...ALL, cohost_quota: 2, cohost_quota_used: 2 }, 'take-cohost')).toBe(
      'Co-Host quota reached',
    );
    expect(reason({ ...ALL, host_quota: 0, host_quota_used: 30 }, 'take-host')).toBe('allowed');
    // Assigning someone else does not count against my quota.
    expect(reason({ ...ALL, host_quota: 3, host_quota_used: 3 }, 'assign-host')).toBe('allowed');
  });

  it('asks for my user ID before I can take a slot', () => {
    expect(reason(ALL, 'take-role', { me: undefined })).toBe('Set your Roblox user ID in settings first');
    expect(reason(ALL, 'assign-role', { me: undefined })).toBe('allowed');
  });

  it('says a slot is taken or already mine', () => {
    expect(reason(ALL, 'take-role', { slotTaken: true })).toBe('Slot already taken');
    expect(reason(ALL, 'take-host', { slotTaken: true, slotIsMine: true })).toBe('You hold this slot');
  });
});

describe('can: a code on every block, its words from BLOCK_REASONS', () => {
  const LOCKED = Date.parse('2026-12-02T14:10:00Z');
  it.each([
    ['session-cancelled', ALL, 'take-host', { session: session({ cancelled: true }) }],
    ['server-locked', ALL, 'assign-role', { now: LOCKED }],
    ['needs-assign-host', { ...ALL, assign_host: false }, 'assign-host', {}],
    ['needs-identity', ALL, 'take-cohost', { me: undefined }],
    ['slot-mine', ALL, 'take-role', { slotTaken: true, slotIsMine: true }],
    ['slot-taken', ALL, 'take-host', { slotTaken: true }],
    ['host-quota-reached', { ...ALL, host_quota: 1, host_quota_used: 1 }, 'take-host', {}],
    ['cohost-quota-reached', { ...ALL, cohost_quota: 1, cohost_quota_used: 2 }, 'take-cohost', {}],
  ] as const)('%s', (code, permissions, action, extra) => {
    expect(can(permissions, action, ctx(extra))).toEqual({
      state: 'disabled',
      code,
      reason: BLOCK_REASONS[code],
    });
  });

  it('tells the blocks of the whole session from those of one slot', () => {
    const sessionWide = (Object.keys(BLOCK_REASONS) as BlockCode[]).filter(isSessionBlock);
    expect(sessionWide.sort()).toEqual(['server-locked', 'session-cancelled']);
  });

  it('sessionBlock: cancelled before locked, nothing while open', () => {
    expect(sessionBlock(session({ cancelled: true }), LOCKED)).toBe('session-cancelled');
    expect(sessionBlock(session(), LOCKED)).toBe('server-locked');
    expect(sessionBlock(session(), NOW)).toBeUndefined();
  });
});

describe('hasSlotICouldTake', () => {
  it('is true for an open host slot I may take, false when locked or without permission', () => {
    const open = session({ host_id: '', host: { exists: false }, servers: [] });
    expect(hasSlotICouldTake(ALL, open, '42', NOW)).toBe(true);
    expect(hasSlotICouldTake(ALL, open, '42', Date.parse('2026-12-02T15:00:00Z'))).toBe(false);
    expect(hasSlotICouldTake(NO_PERMISSIONS, open, '42', NOW)).toBe(false);
  });

  it('finds an open role on a server', () => {
    const withRole = session({
      ...hostedBy('7'),
      ...coHostedBy('8'),
      servers: [hyraServer('a', [roleGroup('g', 'G', 1, [role('r', 'R')])])],
    });
    expect(hasSlotICouldTake({ ...NO_PERMISSIONS, assign_roles: true }, withRole, '42', NOW)).toBe(true);
    expect(hasSlotICouldTake(NO_PERMISSIONS, withRole, '42', NOW)).toBe(false);
  });
});
