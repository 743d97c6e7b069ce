/**
 * The roster: a period's sessions in order, each followed by its slots (per server: host,
 * co-host, then roles by group priority; without a server: host, co-host and the template's
 * roles), as flat rows a virtual table can draw. Pure: from the sessions the view already has.
 */
import type { Session, User } from '../../../hyra/schemas';
import {
  holderName,
  selectSlotCounts,
  selectSlots,
  type HolderName,
  type SlotCounts,
  type SlotView,
} from '../../../hyra/selectors';
import type { Day } from '../../../lib/days';

export type RosterRow =
  | { kind: 'day'; key: string; day: Day; count: number }
  | { kind: 'session'; key: string; session: Session; counts: SlotCounts; mine: boolean }
  | { kind: 'slot'; key: string; session: Session; slot: SlotView; mine: boolean };

export interface RosterQuery {
  /** Show only the sessions this person holds a slot in, and only their slots. */
  person?: string;
  me?: string;
}

const rosters = new WeakMap<Map<Day, Session[]>, Map<string, RosterRow[]>>();

/** The rows of the roster for these days (cached per grouping, person and viewer). */
export function rosterRows(days: Day[], byDay: Map<Day, Session[]>, query: RosterQuery = {}): RosterRow[] {
  let perGrouping = rosters.get(byDay);
  if (!perGrouping) {
    perGrouping = new Map();
    rosters.set(byDay, perGrouping);
  }
  const key = `${days[0]}:${days.length}:${query.person ?? ''}:${query.me ?? ''}`;
  let rows = perGrouping.get(key);
  if (!rows) {
    rows = buildRows(days, byDay, query);
    perGrouping.set(key, rows);
  }
  return rows;
}

function buildRows(days: Day[], byDay: Map<Day, Session[]>, { person, me }: RosterQuery): RosterRow[] {
  const rows: RosterRow[] = [];
  for (const day of days) {
    const sessions = byDay.get(day) ?? [];
    const dayRows: RosterRow[] = [];
    for (const session of sessions) {
      const all = selectSlots(session);
      const slots = person ? all.filter((slot) => slot.holder?.id === person) : all;
      if (person && slots.length === 0) continue;
      const mine = me !== undefined && all.some((slot) => slot.holder?.id === me);
      dayRows.push({ kind: 'session', key: session._id, session, counts: selectSlotCounts(session), mine });
      slots.forEach((slot, index) =>
        dayRows.push({
          kind: 'slot',
          key: `${session._id}:${index}`,
          session,
          slot,
          mine: me !== undefined && slot.holder?.id === me,
        }),
      );
    }
    if (dayRows.length === 0) continue;
    rows.push({ kind: 'day', key: day, day, count: dayRows.filter((row) => row.kind === 'session').length });
    rows.push(...dayRows);
  }
  return rows;
}

export interface PersonSlot {
  session: Session;
  slot: SlotView;
}

export interface PersonSummary {
  id: string;
  name: HolderName;
  host: number;
  cohost: number;
  roles: number;
  total: number;
  slots: PersonSlot[];
}

/** Everyone who holds a slot in these sessions, with their counts and slots. */
export function rosterPeople(sessions: Session[], directory: Map<string, User>): PersonSummary[] {
  const people = new Map<string, PersonSummary>();
  for (const session of sessions) {
    for (const slot of selectSlots(session)) {
      const holder = slot.holder;
      if (!holder) continue;
      let person = people.get(holder.id);
      if (!person) {
        person = {
          id: holder.id,
          name: holderName(holder, directory),
          host: 0,
          cohost: 0,
          roles: 0,
          total: 0,
          slots: [],
        };
        people.set(holder.id, person);
      }
      if (slot.kind === 'host') person.host += 1;
      else if (slot.kind === 'cohost') person.cohost += 1;
      else person.roles += 1;
      person.total += 1;
      person.slots.push({ session, slot });
    }
  }
  return [...people.values()];
}

export type PersonSortKey = 'name' | 'host' | 'cohost' | 'roles' | 'total';

/** People sorted by a column; counts sort most first, ties (and names) by name. */
export function sortPeople(
  people: PersonSummary[],
  key: PersonSortKey,
  direction: 'ascending' | 'descending',
): PersonSummary[] {
  const byName = (a: PersonSummary, b: PersonSummary) => a.name.primary.localeCompare(b.name.primary);
  const sign = direction === 'ascending' ? 1 : -1;
  return [...people].sort((a, b) =>
    key === 'name' ? sign * byName(a, b) : sign * (a[key] - b[key]) || byName(a, b),
  );
}
