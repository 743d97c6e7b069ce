import { WEEK_DAYS } from '../hyra/contract';
import type { Permissions, WeekDayName } from '../hyra/schemas';
import { DAY_MS, startOfWeek } from '../lib/days';
import type { Random } from './random';
import type { DemoPerson, RawEvent, RawUser } from './types';

/**
 * Makes the demo's claim counters tell the same story as its sessions. Hyra's
 * `*_quota_used` counts the claims made in the quota period, the week from `week_starts_on`
 * (src/hyra/contract.ts assumes it includes claims for sessions still to come), so "me"
 * holds exactly that many host (and co-host) slots in the week: about half already done,
 * the rest booked. A workspace with too few sessions (the `empty` scenario) gets the
 * counters it can show, 0 with none at all.
 *
 * The slots counted sit at least a day inside the week, and "me" holds no host or co-host
 * slot within a day of its edges, so a viewer in any zone (±14 h from UTC) counts the same
 * week. Role slots do not count against the limit and stay as they are.
 */
export function alignMyQuota(
  rng: Random,
  sessions: RawEvent[],
  options: {
    me: DemoPerson;
    meUser: RawUser;
    others: DemoPerson[];
    userOf: (person: DemoPerson) => RawUser;
    today: string;
    now: number;
    weekStartsOn: WeekDayName;
    permissions: Permissions;
  },
): Permissions {
  const { me, meUser, others, userOf, now } = options;
  const weekStart = Date.parse(
    `${startOfWeek(options.today, WEEK_DAYS.indexOf(options.weekStartsOn))}T00:00:00Z`,
  );
  const weekEnd = weekStart + 7 * DAY_MS;
  const startOf = (event: RawEvent) => Date.parse(event.start);
  const near = sessions.filter(
    (event) => startOf(event) >= weekStart - DAY_MS && startOf(event) < weekEnd + DAY_MS,
  );
  const someoneElse = (not?: string) => {
    const choices = others.filter((person) => person.id !== not);
    return rng.pick(choices.length > 0 ? choices : others);
  };

  // Nobody is "me" in a host or co-host slot near the week, to begin with.
  for (const event of near) {
    if (event.host_id === me.id) {
      const person = someoneElse(event.co_host_id);
      event.host_id = person.id;
      event.host = userOf(person);
    }
    if (event.co_host_id === me.id) {
      const person = someoneElse(event.host_id);
      event.co_host_id = person.id;
      event.co_host = userOf(person);
    }
    for (const entry of event.subhosting) {
      if (entry.user_id !== me.id) continue;
      const person = someoneElse();
      entry.user_id = person.id;
      entry.user = userOf(person);
    }
  }

  const inner = near.filter(
    (event) => !event.cancelled && startOf(event) >= weekStart + DAY_MS && startOf(event) < weekEnd - DAY_MS,
  );
  const place = (kind: 'host' | 'cohost', wanted: number): number => {
    const fits = inner.filter((event) =>
      kind === 'host'
        ? event.co_host_id !== me.id
        : !event.schedule.disable_cohost && event.host_id !== me.id,
    );
    const past = rng.shuffle(fits.filter((event) => startOf(event) <= now));
    const future = rng.shuffle(fits.filter((event) => startOf(event) > now));
    const done = Math.min(past.length, Math.floor(wanted / 2));
    const chosen = [...past.slice(0, done), ...future.slice(0, wanted - done)];
    // Too few sessions to come: make up the rest from those already done.
    chosen.push(...past.slice(done, done + wanted - chosen.length));
    for (const event of chosen) {
      if (kind === 'host') {
        event.host_id = me.id;
        event.host = meUser;
      } else {
        event.co_host_id = me.id;
        event.co_host = meUser;
      }
    }
    return chosen.length;
  };

  const { permissions } = options;
  return {
    ...permissions,
    host_quota_used: place('host', permissions.host_quota_used),
    cohost_quota_used: place('cohost', permissions.cohost_quota_used),
  };
}
