// The per-person policy table: every write action × role × permission flag, written out
// here by hand (not derived from the table under test), plus the request classification.
import { describe, expect, it } from 'vitest';
import {
  classifyWrite,
  decide,
  decideRequest,
  effectivePermissions,
  isGuardedRead,
  PERMISSION_FLAGS,
  POLICY_MESSAGES,
  type WriteAction,
} from '../../server/policy.js';

type Role = 'admin' | 'staff';
const ACTIONS: WriteAction[] = [
  'take-host',
  'take-cohost',
  'take-role',
  'assign-host',
  'assign-cohost',
  'assign-role',
  'create-server',
  'delete-server',
  'read-logs',
];

/** Which single key flag lets each role do each action. */
const ENABLED_BY: Record<WriteAction, Record<Role, string[]>> = {
  'take-host': { staff: ['self_assign_host'], admin: ['self_assign_host', 'assign_host'] },
  'take-cohost': { staff: ['self_assign_cohost'], admin: ['self_assign_cohost', 'assign_cohost'] },
  'take-role': {
    staff: ['self_assign_host', 'self_assign_cohost'],
    admin: ['self_assign_host', 'self_assign_cohost', 'assign_roles'],
  },
  'assign-host': { staff: [], admin: ['assign_host'] },
  'assign-cohost': { staff: [], admin: ['assign_cohost'] },
  'assign-role': { staff: [], admin: ['assign_roles'] },
  'create-server': { staff: [], admin: ['assign_host', 'assign_roles'] },
  'delete-server': { staff: [], admin: ['assign_host', 'assign_roles'] },
  'read-logs': { staff: [], admin: ['assign_host', 'assign_cohost', 'assign_roles'] },
};

/** The refusal each role gets when the action is not theirs (or the key lacks the flag). */
const REFUSAL: Record<WriteAction, Record<Role, string>> = {
  'take-host': { staff: 'needs-self-assign-host', admin: 'needs-self-assign-host' },
  'take-cohost': { staff: 'needs-self-assign-cohost', admin: 'needs-self-assign-cohost' },
  'take-role': { staff: 'needs-self-assign-roles', admin: 'needs-self-assign-roles' },
  'assign-host': { staff: 'self-only', admin: 'needs-assign-host' },
  'assign-cohost': { staff: 'self-only', admin: 'needs-assign-cohost' },
  'assign-role': { staff: 'self-only', admin: 'needs-assign-roles' },
  'create-server': { staff: 'admin-only', admin: 'needs-manage-servers' },
  'delete-server': { staff: 'admin-only', admin: 'needs-manage-servers' },
  'read-logs': { staff: 'needs-assign-for-logs', admin: 'needs-assign-for-logs' },
};

const only = (flag: string) => Object.fromEntries(PERMISSION_FLAGS.map((name) => [name, name === flag]));
const allBut = (flag: string) => Object.fromEntries(PERMISSION_FLAGS.map((name) => [name, name !== flag]));
const none = Object.fromEntries(PERMISSION_FLAGS.map((name) => [name, false]));
const all = Object.fromEntries(PERMISSION_FLAGS.map((name) => [name, true]));

describe.each(ACTIONS)('%s', (action) => {
  describe.each(['staff', 'admin'] as const)('as %s', (role) => {
    it.each(PERMISSION_FLAGS)('with only %s from the key', (flag) => {
      const decision = decide(action, { role, keyPermissions: only(flag) });
      if (ENABLED_BY[action][role].includes(flag)) {
        expect(decision).toEqual({ allowed: true });
      } else {
        expect(decision).toMatchObject({ allowed: false, status: 403, code: REFUSAL[action][role] });
      }
    });

    it.each(PERMISSION_FLAGS)('with every flag but %s from the key', (flag) => {
      const enablers = ENABLED_BY[action][role];
      const allowed = enablers.some((enabler) => enabler !== flag);
      expect(decide(action, { role, keyPermissions: allBut(flag) }).allowed).toBe(allowed);
    });

    it('with no flag from the key: refused, with words', () => {
      const decision = decide(action, { role, keyPermissions: none });
      expect(decision).toMatchObject({ allowed: false, code: REFUSAL[action][role] });
      if (!decision.allowed) expect(decision.message).toBe(POLICY_MESSAGES[decision.code]);
    });

    it('with every flag from the key', () => {
      expect(decide(action, { role, keyPermissions: all }).allowed).toBe(ENABLED_BY[action][role].length > 0);
    });
  });
});

describe('effective permissions', () => {
  it('staff keep only taking slots themselves, and the quota counters', () => {
    const key = { ...all, host_quota: 5, host_quota_used: 2, cohost_quota: 3, cohost_quota_used: 1 };
    expect(effectivePermissions(key, 'staff')).toEqual({
      ...none,
      self_assign_host: true,
      self_assign_cohost: true,
      host_quota: 5,
      host_quota_used: 2,
      cohost_quota: 3,
      cohost_quota_used: 1,
    });
  });

  it('admins keep what the key allows, and no more', () => {
    expect(effectivePermissions({ ...none, assign_host: true, cancel_sessions: true }, 'admin')).toEqual({
      ...none,
      assign_host: true,
      cancel_sessions: true,
      host_quota: 0,
      host_quota_used: 0,
      cohost_quota: 0,
      cohost_quota_used: 0,
    });
  });
});

describe('classifying a write', () => {
  const change = '/activity/sessions/ws1/s1/change';

  it.each([
    ['host', '42', 'take-host'],
    ['host', '7', 'assign-host'],
    ['host', '', 'assign-host'],
    ['cohost', '42', 'take-cohost'],
    ['cohost', '7', 'assign-cohost'],
    ['role', '42', 'take-role'],
    ['role', '7', 'assign-role'],
  ])('PATCH change of %s to "%s" by 42 is %s', (prop, value, action) => {
    expect(classifyWrite('PATCH', change, { prop, value }, '42')).toEqual({ action, workspaceId: 'ws1' });
  });

  it('creating and deleting servers', () => {
    expect(classifyWrite('POST', '/activity/sessions/ws1/s1/server', {}, '42')).toEqual({
      action: 'create-server',
      workspaceId: 'ws1',
    });
    expect(classifyWrite('DELETE', '/activity/sessions/ws%201/s1/server/v9', undefined, '42')).toEqual({
      action: 'delete-server',
      workspaceId: 'ws 1',
    });
  });

  it.each([
    ['PATCH', change, { prop: 'host' }, 'bad-body'],
    ['PATCH', change, { prop: 'owner', value: '42' }, 'bad-body'],
    ['PATCH', change, 'host=42', 'bad-body'],
    ['PATCH', change, null, 'bad-body'],
    ['POST', change, { prop: 'host', value: '42' }, 'unknown-write'],
    ['DELETE', '/activity/sessions/ws1/s1', undefined, 'unknown-write'],
    ['POST', '/activity/sessions/ws1', {}, 'unknown-write'],
    ['PATCH', '/activity/sessions/ws1/s1/server/v9', {}, 'unknown-write'],
    ['DELETE', '/activity/sessions/%E0%A4%A/s1/server/v9', undefined, 'unknown-write'],
  ])('%s %s with %j is refused as %s', (method, path, body, code) => {
    expect(classifyWrite(method, path, body, '42')).toMatchObject({ refusal: { allowed: false, code } });
  });
});

describe('classifying a read of session logs', () => {
  it.each([
    '/activity/sessions/ws1/s1/logs',
    '/activity/sessions/ws1/s1/LOGS',
    '/activity/Sessions/ws1/s1/Logs',
    '/activity/sessions/ws1/s1/logs/page/2',
  ])('GET %s is read-logs', (path) => {
    expect(isGuardedRead('GET', path)).toBe(true);
    expect(classifyWrite('GET', path, undefined, '42')).toEqual({ action: 'read-logs', workspaceId: 'ws1' });
  });

  it.each([
    ['GET', '/activity/sessions/ws1?day=2026-12-2'],
    ['GET', '/activity/sessions/ws1/upcoming'],
    ['GET', '/activity/sessions/ws1/s1/logsx'],
    ['POST', '/activity/sessions/ws1/s1/logs'],
  ])('%s %s is not a guarded read', (method, path) => {
    expect(isGuardedRead(method, path)).toBe(false);
  });

  it('refuses staff and admins whose key may not assign; lets admins who may assign', () => {
    const request = { method: 'GET', path: '/activity/sessions/ws1/s1/logs', body: undefined };
    const staff = { me: '42', role: 'staff' as const, workspaceId: 'ws1', keyPermissions: all };
    expect(decideRequest(request, staff)).toMatchObject({ allowed: false, code: 'needs-assign-for-logs' });
    const admin = { ...staff, role: 'admin' as const };
    expect(decideRequest(request, admin)).toEqual({ allowed: true });
    expect(decideRequest(request, { ...admin, keyPermissions: only('create_report') })).toMatchObject({
      allowed: false,
      code: 'needs-assign-for-logs',
    });
    expect(decideRequest({ ...request, path: '/activity/sessions/ws2/s1/logs' }, admin)).toMatchObject({
      allowed: false,
      code: 'other-workspace',
    });
  });
});

describe('deciding a request', () => {
  const person = { me: '42', role: 'staff' as const, workspaceId: 'ws1', keyPermissions: all };

  it('lets staff take a slot for themselves in their workspace', () => {
    const request = {
      method: 'PATCH',
      path: '/activity/sessions/ws1/s1/change',
      body: { prop: 'host', value: '42' },
    };
    expect(decideRequest(request, person)).toEqual({ allowed: true });
  });

  it('refuses another workspace, even for a slot of their own', () => {
    const request = {
      method: 'PATCH',
      path: '/activity/sessions/ws2/s1/change',
      body: { prop: 'host', value: '42' },
    };
    expect(decideRequest(request, person)).toMatchObject({ allowed: false, code: 'other-workspace' });
  });

  it('refuses staff assigning someone else, with the words of the table', () => {
    const request = {
      method: 'PATCH',
      path: '/activity/sessions/ws1/s1/change',
      body: { prop: 'host', value: '7' },
    };
    expect(decideRequest(request, person)).toEqual({
      allowed: false,
      status: 403,
      code: 'self-only',
      message: POLICY_MESSAGES['self-only'],
    });
  });
});

describe('the claim limit (a hard limit: the browser turns Take off, the server refuses)', () => {
  const counters = { host_quota: 5, host_quota_used: 5, cohost_quota: 3, cohost_quota_used: 2 };
  const keyPermissions = { ...all, ...counters };

  it.each(['staff', 'admin'] as const)('refuses a %s taking host past the limit, with words', (role) => {
    expect(decide('take-host', { role, keyPermissions })).toEqual({
      allowed: false,
      status: 403,
      code: 'host-quota-reached',
      message: POLICY_MESSAGES['host-quota-reached'],
    });
    expect(decide('take-cohost', { role, keyPermissions })).toEqual({ allowed: true });
    expect(
      decide('take-cohost', { role, keyPermissions: { ...keyPermissions, cohost_quota_used: 3 } }),
    ).toMatchObject({ allowed: false, code: 'cohost-quota-reached' });
  });

  it('limits nothing else, and nothing at all with a quota of 0', () => {
    expect(decide('take-role', { role: 'staff', keyPermissions })).toEqual({ allowed: true });
    expect(decide('assign-host', { role: 'admin', keyPermissions })).toEqual({ allowed: true });
    expect(
      decide('take-host', { role: 'staff', keyPermissions: { ...keyPermissions, host_quota: 0 } }),
    ).toEqual({ allowed: true });
    expect(
      decide('take-host', { role: 'staff', keyPermissions: { ...keyPermissions, host_quota_used: 4 } }),
    ).toEqual({ allowed: true });
  });

  it('refuses the request itself: my own user ID as the new host', () => {
    const request = {
      method: 'PATCH',
      path: '/activity/sessions/ws1/s1/change',
      body: { prop: 'host', value: '42' },
    };
    expect(
      decideRequest(request, { me: '42', role: 'staff', workspaceId: 'ws1', keyPermissions }),
    ).toMatchObject({ allowed: false, status: 403, code: 'host-quota-reached' });
  });
});
