// @vitest-environment node
// The staff rule against a loopback stand-in for Roblox's groups endpoint.
import { afterEach, describe, expect, it } from 'vitest';
import { createStaffChecker, recheck, type StaffRule } from '../../server/staff.js';
import { closeAll, closedPort } from './http';
import { startGroupsStandIn } from './groups-stand-in';

afterEach(closeAll);

const GROUP = 4242;

function rule(groupsApiUrl: string, extra: Partial<StaffRule> = {}): StaffRule {
  return {
    groupsApiUrl,
    groupId: GROUP,
    staffMinRank: 10,
    adminMinRank: 200,
    staffUserIds: new Set(),
    adminUserIds: new Set(),
    ...extra,
  };
}

describe('the staff rule', () => {
  it('gives each user their standing from the group rank', async () => {
    const groups = await startGroupsStandIn({
      '1': { [GROUP]: 255 },
      '2': { [GROUP]: 10 },
      '3': { [GROUP]: 9 },
      '4': { 99: 255 },
    });
    const check = createStaffChecker(rule(groups.url));
    expect(await check('1')).toEqual({ standing: 'admin' });
    expect(await check('2')).toEqual({ standing: 'staff' });
    expect(await check('3')).toEqual({ standing: 'none' });
    expect(await check('4')).toEqual({ standing: 'none' });
    expect(await check('5')).toEqual({ standing: 'none' });
    expect(groups.asked).toEqual(['1', '2', '3', '4', '5']);
  });

  it('lets the lists name staff and admins, with or without a group', async () => {
    const groups = await startGroupsStandIn({ '7': { [GROUP]: 1 } });
    const check = createStaffChecker(
      rule(groups.url, { staffUserIds: new Set(['7']), adminUserIds: new Set(['8']) }),
    );
    expect(await check('7')).toEqual({ standing: 'staff' });
    expect(await check('8')).toEqual({ standing: 'admin' });
    const listsOnly = createStaffChecker(
      rule(groups.url, { groupId: undefined, staffUserIds: new Set(['7']), adminUserIds: new Set(['8']) }),
    );
    expect(await listsOnly('7')).toEqual({ standing: 'staff' });
    expect(await listsOnly('9')).toEqual({ standing: 'none' });
    // The admin list and a group-less rule never ask Roblox.
    expect(groups.asked).toEqual(['7']);
  });

  it('says "cannot check now" when the groups endpoint fails, is down or answers nonsense', async () => {
    const failing = await startGroupsStandIn({}, { status: 503 });
    expect(await createStaffChecker(rule(failing.url))('1')).toEqual({ unavailable: true });
    expect(await createStaffChecker(rule(await closedPort()))('1')).toEqual({ unavailable: true });
    const nonsense = await startGroupsStandIn({}, { body: '{"data":"no"}' });
    expect(await createStaffChecker(rule(nonsense.url))('1')).toEqual({ unavailable: true });
    // A listed staff member still comes in.
    expect(await createStaffChecker(rule(failing.url, { staffUserIds: new Set(['1']) }))('1')).toEqual({
      standing: 'staff',
    });
  });
});

describe('re-checking a session', () => {
  const minute = 60_000;
  const session = { standing: 'staff' as const, checkedAt: 0, verifiedAt: 0 };

  it('keeps a recent check without asking', async () => {
    let asked = 0;
    const check = async () => {
      asked += 1;
      return { standing: 'none' as const };
    };
    expect(await recheck(session, check, '1', { now: 4 * minute })).toBe(session);
    expect(asked).toBe(0);
  });

  it('asks again after a few minutes, and a demoted person loses access', async () => {
    const result = await recheck(session, async () => ({ standing: 'none' }), '1', { now: 6 * minute });
    expect(result).toEqual({ standing: 'none', checkedAt: 6 * minute, verifiedAt: 6 * minute });
  });

  it('keeps the last standing a while when Roblox cannot answer, then refuses', async () => {
    const down = async () => ({ unavailable: true as const });
    expect(await recheck(session, down, '1', { now: 6 * minute })).toEqual({
      ...session,
      checkedAt: 6 * minute,
    });
    expect(await recheck(session, down, '1', { now: 31 * minute })).toEqual({ unavailable: true });
  });
});
