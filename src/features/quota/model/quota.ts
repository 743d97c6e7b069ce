import { QUOTA_USED_INCLUDES_BOOKED } from '../../../hyra/contract';
import type { Permissions, Session } from '../../../hyra/schemas';
import { selectServers } from '../../../hyra/selectors';
import { dayInZone, type Day } from '../../../lib/days';

/**
 * One kind of claim (host or co-host) this period, one story: how many are used of the
 * limit and how many are left, of the used how many are done and how many booked, and what
 * taking one more would do. Hyra's limit is treated as a hard one (QUOTA_IS_HARD_LIMIT):
 * at the limit Take is off, and the server refuses too.
 */
export interface QuotaLine {
  kind: 'host' | 'cohost';
  label: string;
  /** 0 means Hyra has no limit set. */
  quota: number;
  /** Claims counted against the limit this period. */
  used: number;
  /** How many more may be taken; Infinity with no limit. */
  left: number;
  /** Of the used, my slots later in the period (from the loaded sessions). */
  booked: number;
  /** Of the used, the rest: claims for sessions already started. */
  done: number;
  /** Slots I hold later in the period beyond what the counter holds (assigned by someone else, say). */
  uncounted: number;
  atLimit: boolean;
  /**
   * Signed in: the person's own count, kept by the dashboard (QUOTA_LIMIT_PER_PERSON), with
   * the key's own counter, which is what Hyra holds every take to.
   */
  personal?: { keyUsed: number; keyAtLimit: boolean };
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

const labels = { host: 'Host', cohost: 'Co-host' } as const;

function limits(kind: 'host' | 'cohost', permissions: Permissions) {
  return kind === 'host'
    ? { quota: permissions.host_quota, used: permissions.host_quota_used }
    : { quota: permissions.cohost_quota, used: permissions.cohost_quota_used };
}

const reached = (used: number, quota: number) => quota > 0 && used >= quota;

/** The line from Hyra's counters, with `booked` of my slots later in the period. */
export function quotaLine(kind: 'host' | 'cohost', permissions: Permissions, booked: number): QuotaLine {
  const { quota, used } = limits(kind, permissions);
  // Hyra's counter is what the limit holds to; the loaded sessions split it into done and booked.
  const counted = QUOTA_USED_INCLUDES_BOOKED ? Math.min(booked, used) : 0;
  return {
    kind,
    label: labels[kind],
    quota,
    used,
    left: quota > 0 ? Math.max(0, quota - used) : Infinity,
    booked: counted,
    done: used - counted,
    uncounted: booked - counted,
    atLimit: reached(used, quota),
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
  const { quota, used: keyUsed } = limits(kind, permissions);
  return {
    kind,
    label: labels[kind],
    quota,
    used: held,
    left: quota > 0 ? Math.max(0, quota - held) : Infinity,
    booked,
    done: Math.max(0, held - booked),
    uncounted: 0,
    atLimit: reached(held, quota),
    personal: { keyUsed, keyAtLimit: reached(keyUsed, quota) },
  };
}

/** "2 of 5 used · 3 left", or with no limit "2 used · no limit set". */
export function usedText(line: QuotaLine): string {
  return line.quota === 0
    ? `${line.used} used · no limit set`
    : `${line.used} of ${line.quota} used · ${line.left} left`;
}

/** "1 done, 1 booked.", and any booked slot the counter leaves out. */
export function breakdownText(line: QuotaLine): string {
  const base = `${line.done} done, ${line.booked} booked.`;
  if (line.uncounted === 0) return base;
  const slots = line.uncounted === 1 ? 'slot' : 'slots';
  return `${base} You also hold ${line.uncounted} later ${line.label.toLowerCase()} ${slots} this week that Hyra does not count.`;
}

/** What taking one more would do, as the Take button will behave. */
export function nextTakeText(line: QuotaLine): string {
  const take = `Take ${line.label.toLowerCase()}`;
  const off = `${take} is off until the week ends`;
  if (line.personal?.keyAtLimit) {
    return `The workspace key's own count is at the limit (${line.personal.keyUsed} of ${line.quota}): ${off}.`;
  }
  // Whether this viewer may take at all is the Take buttons' to say (permissions), not the quota's.
  if (line.quota === 0) return 'Hyra sets no limit for this key.';
  if (line.personal && line.atLimit) {
    // The dashboard's own count, not Hyra's: said, not enforced.
    return `Your share is used: ${take} still works while the workspace key's count allows, but goes past your limit.`;
  }
  if (line.atLimit) return `Limit reached: ${off} (Hyra is expected to refuse more claims).`;
  if (line.left === 1) return 'Taking one more reaches the limit.';
  return `Taking one more leaves ${line.left - 1}.`;
}
