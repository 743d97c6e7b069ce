import { describe, expect, it } from 'vitest';
import {
  countBooked,
  countHeld,
  paceText,
  personalQuotaLine,
  quotaLine,
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

describe('quotaLine and paceText', () => {
  const permissions = PermissionsSchema.parse({
    host_quota: 5,
    host_quota_used: 3,
    cohost_quota: 0,
    cohost_quota_used: 4,
  });

  it('reads done, booked, remaining and the projection', () => {
    const line = quotaLine('host', permissions, 1);
    expect(line).toMatchObject({
      used: 3,
      remaining: 2,
      done: 2,
      booked: 1,
      projected: 3,
      meetsLimit: false,
    });
    expect(paceText(line)).toBe('2 done, 1 booked: on track for 3 of 5. 2 more to reach it.');
  });

  it('says when the limit is met', () => {
    const line = quotaLine('host', { ...permissions, host_quota_used: 5 }, 2);
    expect(line.meetsLimit).toBe(true);
    expect(paceText(line)).toBe('3 done, 2 booked: on track for 5 of 5. Limit reached.');
  });

  it('reads a quota of 0 as no limit set', () => {
    const line = quotaLine('cohost', permissions, 0);
    expect(line.remaining).toBe(Infinity);
    expect(paceText(line)).toBe('4 done, 0 booked. No limit set.');
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
      makePermissions({ host_quota: 3, host_quota_used: 17 }),
      held,
      booked,
    );
    expect(line).toMatchObject({
      used: 2,
      remaining: 1,
      done: 1,
      booked: 1,
      projected: 2,
      meetsLimit: false,
    });
    expect(paceText(line)).toBe('1 done, 1 booked: on track for 2 of 3. 1 more to reach it.');
  });
});
