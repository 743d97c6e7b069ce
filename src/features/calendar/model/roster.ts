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

/** The roster's rows, drawn on demand: a busy week has tens of thousands of them. */
export interface RosterIndex {
  count: number;
  rowAt(index: number): RosterRow;
  /** The kind of a row, without making it. */
  kindAt(index: number): RosterRow['kind'];
  /** Every row (for the CSV export). */
  all(): RosterRow[];
}

/** How many slots a session has, without building them (the same count as selectSlots). */
export function countSlots(session: Session): number {
  const hosts = session.schedule.disable_cohost ? 1 : 2;
  let roles = 0;
  if (session.servers.length === 0) {
    for (const group of session.polyfill) roles += group.roles.length;
    return hosts + roles;
  }
  for (const server of session.servers) for (const group of server.groups) roles += group.roles.length;
  return session.servers.length * hosts + roles;
}

const slotsOf = new WeakMap<Session, SlotView[]>();
function slotsCached(session: Session): SlotView[] {
  let slots = slotsOf.get(session);
  if (!slots) {
    slots = selectSlots(session);
    slotsOf.set(session, slots);
  }
  return slots;
}

type Block = { start: number } & (
  { kind: 'day'; day: Day; count: number } | { kind: 'session'; session: Session; slots: number }
);

function buildRows(days: Day[], byDay: Map<Day, Session[]>, { person, me }: RosterQuery): RosterRow[] {
  const rows: RosterRow[] = [];
  for (const day of days) {
    const sessions = byDay.get(day) ?? [];
    const dayRows: RosterRow[] = [];
    for (const session of sessions) {
      const all = slotsCached(session);
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

function indexOfRows(rows: RosterRow[]): RosterIndex {
  return {
    count: rows.length,
    rowAt: (index) => rows[index]!,
    kindAt: (index) => rows[index]!.kind,
    all: () => rows,
  };
}

function buildIndex(days: Day[], byDay: Map<Day, Session[]>, me: string | undefined): RosterIndex {
  const blocks: Block[] = [];
  let count = 0;
  for (const day of days) {
    const sessions = byDay.get(day) ?? [];
    if (sessions.length === 0) continue;
    blocks.push({ kind: 'day', start: count, day, count: sessions.length });
    count += 1;
    for (const session of sessions) {
      const slots = countSlots(session);
      blocks.push({ kind: 'session', start: count, session, slots });
      count += 1 + slots;
    }
  }
  const rows = new Map<number, RosterRow>();
  const blockAt = (index: number) => {
    let low = 0;
    let high = blocks.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (blocks[middle]!.start <= index) low = middle;
      else high = middle - 1;
    }
    return blocks[low]!;
  };
  const kindAt = (index: number): RosterRow['kind'] => {
    const block = blockAt(index);
    return block.kind === 'day' ? 'day' : index === block.start ? 'session' : 'slot';
  };
  const make = (index: number): RosterRow => {
    const block = blockAt(index);
    if (block.kind === 'day') return { kind: 'day', key: block.day, day: block.day, count: block.count };
    const { session } = block;
    const offset = index - block.start;
    if (offset === 0) {
      const mine = me !== undefined && slotsCached(session).some((slot) => slot.holder?.id === me);
      return { kind: 'session', key: session._id, session, counts: selectSlotCounts(session), mine };
    }
    const slot = slotsCached(session)[offset - 1]!;
    return {
      kind: 'slot',
      key: `${session._id}:${offset - 1}`,
      session,
      slot,
      mine: me !== undefined && slot.holder?.id === me,
    };
  };
  const rowAt = (index: number) => {
    let row = rows.get(index);
    if (!row) {
      row = make(index);
      rows.set(index, row);
    }
    return row;
  };
  return { count, rowAt, kindAt, all: () => Array.from({ length: count }, (_, index) => rowAt(index)) };
}

const indexes = new WeakMap<Map<Day, Session[]>, Map<string, RosterIndex>>();

/**
 * The roster of these days (cached per grouping, person and viewer). The whole roster is
 * an index whose rows are made when drawn; filtered to a person, a list of their rows.
 */
export function rosterIndex(days: Day[], byDay: Map<Day, Session[]>, query: RosterQuery = {}): RosterIndex {
  let perGrouping = indexes.get(byDay);
  if (!perGrouping) {
    perGrouping = new Map();
    indexes.set(byDay, perGrouping);
  }
  const key = `${days[0]}:${days.length}:${query.person ?? ''}:${query.me ?? ''}`;
  let index = perGrouping.get(key);
  if (!index) {
    index = query.person ? indexOfRows(buildRows(days, byDay, query)) : buildIndex(days, byDay, query.me);
    perGrouping.set(key, index);
  }
  return index;
}

/** Every row of the roster for these days. */
export function rosterRows(days: Day[], byDay: Map<Day, Session[]>, query: RosterQuery = {}): RosterRow[] {
  return rosterIndex(days, byDay, query).all();
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
