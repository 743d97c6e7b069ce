import { QUOTA_USED_INCLUDES_BOOKED } from '../../../hyra/contract';
import type { Permissions, Session } from '../../../hyra/schemas';
import { selectServers } from '../../../hyra/selectors';
import { dayInZone, type Day } from '../../../lib/days';

export interface QuotaLine {
  kind: 'host' | 'cohost';
  label: string;
  /** 0 means Hyra has no limit set. */
  quota: number;
  used: number;
  remaining: number;
  /** My slots of this kind later in the period, from the loaded sessions. */
  booked: number;
  done: number;
  /** Where the period ends if nothing changes. */
  projected: number;
  meetsLimit: boolean;
}

/** Counts host (or co-host) slots I hold in sessions that start after `now` within the period. */
export function countBooked(
  sessions: Session[],
  kind: 'host' | 'cohost',
  me: string | undefined,
  now: number,
  period: { first: Day; last: Day },
  zone: string,
): number {
  return countMine(sessions, kind, me, now, period, zone);
}

/** Counts host (or co-host) slots I hold in any session of the period, past or to come. */
export function countHeld(
  sessions: Session[],
  kind: 'host' | 'cohost',
  me: string | undefined,
  period: { first: Day; last: Day },
  zone: string,
): number {
  return countMine(sessions, kind, me, -Infinity, period, zone);
}

function countMine(
  sessions: Session[],
  kind: 'host' | 'cohost',
  me: string | undefined,
  after: number,
  period: { first: Day; last: Day },
  zone: string,
): number {
  if (!me) return 0;
  let count = 0;
  for (const session of sessions) {
    if (session.cancelled || Date.parse(session.start) <= after) continue;
    const day = dayInZone(session.start, zone);
    if (day < period.first || day > period.last) continue;
    const servers = selectServers(session);
    const holders =
      servers.length === 0
        ? [kind === 'host' ? session.host_id : session.co_host_id]
        : servers.map((server) => (kind === 'host' ? server.host?.id : server.coHost?.id));
    count += holders.filter((id) => id === me).length;
  }
  return count;
}

export function quotaLine(kind: 'host' | 'cohost', permissions: Permissions, booked: number): QuotaLine {
  const quota = kind === 'host' ? permissions.host_quota : permissions.cohost_quota;
  const used = kind === 'host' ? permissions.host_quota_used : permissions.cohost_quota_used;
  const done = QUOTA_USED_INCLUDES_BOOKED ? Math.max(0, used - booked) : used;
  const projected = done + booked;
  return {
    kind,
    label: kind === 'host' ? 'Host' : 'Co-host',
    quota,
    used,
    remaining: quota > 0 ? Math.max(0, quota - used) : Infinity,
    booked,
    done,
    projected,
    meetsLimit: quota > 0 && projected >= quota,
  };
}

/**
 * One signed-in person's line (QUOTA_LIMIT_PER_PERSON): the limit from the key, their use
 * counted from the loaded sessions (`held`, of which `booked` are still to come).
 */
export function personalQuotaLine(
  kind: 'host' | 'cohost',
  permissions: Permissions,
  held: number,
  booked: number,
): QuotaLine {
  const quota = kind === 'host' ? permissions.host_quota : permissions.cohost_quota;
  return {
    kind,
    label: kind === 'host' ? 'Host' : 'Co-host',
    quota,
    used: held,
    remaining: quota > 0 ? Math.max(0, quota - held) : Infinity,
    booked,
    done: Math.max(0, held - booked),
    projected: held,
    meetsLimit: quota > 0 && held >= quota,
  };
}

/** "2 done, 1 booked: on track for 3 of 5", and whether that meets the limit. */
export function paceText(line: QuotaLine): string {
  if (line.quota === 0) return `${line.done} done, ${line.booked} booked. No limit set.`;
  const base = `${line.done} done, ${line.booked} booked: on track for ${line.projected} of ${line.quota}`;
  return line.meetsLimit
    ? `${base}. Limit reached.`
    : `${base}. ${line.quota - line.projected} more to reach it.`;
}
