import { describe, expect, it } from 'vitest';
import {
  countBooked,
  breakdownText,
  countHeld,
  nextTakeText,
  personalQuotaLine,
  quotaLine,
  usedText,
} from '../../../src/features/quota/model/quota';
import { PermissionsSchema } from '../../../src/hyra/schemas';
import { hostedBy, makePermissions, makeSession } from '../../factories';

const NOW = Date.parse('2026-12-02T12:00:00Z');
const period = { first: '2026-11-30', last: '2026-12-06' };
const session = (id: string, start: string, host: string, extra: Record<string, unknown> = {}) =>
  makeSession({ _id: id, start, cancelled: false, ...hostedBy(host), servers: [], ...extra });

describe('countBooked', () => {
  const sessions = [
    session('past', '2026-12-01T10:00:00Z', '42'),
    session('later', '2026-12-03T10:00:00Z', '42'),
    session('nextWeek', '2026-12-08T10:00:00Z', '42'),
    session('other', '2026-12-04T10:00:00Z', '7'),
    session('cancelled', '2026-12-04T12:00:00Z', '42', { cancelled: true }),
  ];

  it('counts my slots later in the period only', () => {
    expect(countBooked(sessions, 'host', '42', NOW, period, 'UTC')).toBe(1);
    expect(countBooked(sessions, 'host', undefined, NOW, period, 'UTC')).toBe(0);
  });
});

describe('quotaLine: one story from the counter and the loaded sessions', () => {
  const permissions = PermissionsSchema.parse({
    host_quota: 5,
    host_quota_used: 3,
    cohost_quota: 0,
    cohost_quota_used: 4,
  });

  it('splits the used into done and booked, and says what one more take does', () => {
    const line = quotaLine('host', permissions, 1);
    expect(line).toMatchObject({ used: 3, left: 2, done: 2, booked: 1, uncounted: 0, atLimit: false });
    expect(usedText(line)).toBe('3 of 5 used · 2 left');
    expect(breakdownText(line)).toBe('2 done, 1 booked.');
    expect(nextTakeText(line)).toBe('Taking one more leaves 1.');
    expect(nextTakeText(quotaLine('host', { ...permissions, host_quota_used: 4 }, 1))).toBe(
      'Taking one more reaches the limit.',
    );
  });

  it('at the limit: none left, and Take is off (Hyra is expected to refuse)', () => {
    const line = quotaLine('host', { ...permissions, host_quota_used: 5 }, 2);
    expect(line).toMatchObject({ left: 0, done: 3, booked: 2, atLimit: true });
    expect(usedText(line)).toBe('5 of 5 used · 0 left');
    expect(nextTakeText(line)).toBe(
      'Limit reached: Take host is off until the week ends (Hyra is expected to refuse more claims).',
    );
  });

  it('never books more than the counter holds: the rest is said apart, not added to the use', () => {
    // The huge demo once said "3 left" beside "on track for 12 of 5".
    const line = quotaLine('host', { ...permissions, host_quota_used: 2 }, 10);
    expect(line).toMatchObject({ used: 2, left: 3, done: 0, booked: 2, uncounted: 8, atLimit: false });
    expect(usedText(line)).toBe('2 of 5 used · 3 left');
    expect(breakdownText(line)).toBe(
      '0 done, 2 booked. You also hold 8 later host slots this week that Hyra does not count.',
    );
    expect(nextTakeText(line)).toBe('Taking one more leaves 2.');
  });

  it('reads a quota of 0 as no limit set', () => {
    const line = quotaLine('cohost', permissions, 0);
    expect(line.left).toBe(Infinity);
    expect(usedText(line)).toBe('4 used · no limit set');
    expect(breakdownText(line)).toBe('4 done, 0 booked.');
    expect(nextTakeText(line)).toBe('Hyra sets no limit for this key.');
  });
});

describe("a signed-in person's own quota", () => {
  const sessions = [
    session('past', '2026-12-01T10:00:00Z', '42'),
    session('later', '2026-12-03T10:00:00Z', '42'),
    session('other', '2026-12-03T12:00:00Z', '7'),
    session('nextWeek', '2026-12-08T10:00:00Z', '42'),
    session('cancelled', '2026-12-04T10:00:00Z', '42', { cancelled: true }),
  ];

  it('counts the slots they hold in the period, past and to come, against the limit', () => {
    const held = countHeld(sessions, 'host', '42', period, 'UTC');
    const booked = countBooked(sessions, 'host', '42', NOW, period, 'UTC');
    expect([held, booked]).toEqual([2, 1]);
    const line = personalQuotaLine(
      'host',
      makePermissions({ host_quota: 3, host_quota_used: 1 }),
      held,
      booked,
    );
    expect(line).toMatchObject({ used: 2, left: 1, done: 1, booked: 1, atLimit: false });
    expect(usedText(line)).toBe('2 of 3 used · 1 left');
    expect(nextTakeText(line)).toBe('Taking one more reaches the limit.');
  });

  it("says their own limit is advice, and the key's count the hard one", () => {
    const mine = personalQuotaLine('host', makePermissions({ host_quota: 2, host_quota_used: 1 }), 2, 1);
    expect(mine.atLimit).toBe(true);
    expect(nextTakeText(mine)).toBe(
      "Your share is used: Take host still works while the workspace key's count allows, but goes past your limit.",
    );
    const key = personalQuotaLine('host', makePermissions({ host_quota: 3, host_quota_used: 3 }), 0, 0);
    expect(key.atLimit).toBe(false);
    expect(nextTakeText(key)).toBe(
      "The workspace key's own count is at the limit (3 of 3): Take host is off until the week ends.",
    );
  });
});
