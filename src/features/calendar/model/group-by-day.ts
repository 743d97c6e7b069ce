import type { Session } from '../../../hyra/schemas';
import { dayInZone, type Day } from '../../../lib/days';

/**
 * Sessions of each visible day, placed by their `start` instant in `zone`. Every visible
 * day gets an entry (possibly empty); sessions outside the days are left out.
 * Input must be sorted by start; each day's list stays sorted.
 */
export function groupByDay(sessions: Session[], zone: string, days: Day[]): Map<Day, Session[]> {
  const byDay = new Map<Day, Session[]>(days.map((day) => [day, []]));
  for (const session of sessions) {
    byDay.get(dayInZone(session.start, zone))?.push(session);
  }
  return byDay;
}
