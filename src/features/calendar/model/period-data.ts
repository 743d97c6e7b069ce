/**
 * What the calendar derives from a period's merged sessions, cached by the identity of the
 * merge (`mergePagesCached` hands out one object per set of pages). A period prepared in
 * advance (the next month, drawn while hidden) and the same period once shown ask for the
 * same things of the same object, and the second asks for free.
 */
import type { MergedSessions } from '../../../hyra/merge';
import type { Session, User } from '../../../hyra/schemas';
import { buildDirectory } from '../../../hyra/selectors';
import { daysBetween, type Day } from '../../../lib/days';
import { selectSessionTypes, sessionFilter, type CalendarFilters } from './filters';
import { groupByDay } from './group-by-day';

/** No day is loading: one shared set, so "nothing loading" never looks like a change. */
export const NO_DAYS: ReadonlySet<Day> = new Set();

export interface PeriodSummary {
  /** Everyone Hyra sent a User object for, by user ID. */
  directory: Map<string, User>;
  /** The session types seen, for the type filter and the legend. */
  types: { id: string; name: string }[];
}

const summaries = new WeakMap<MergedSessions, PeriodSummary>();

/** The last list of types handed out: the same types in another period are the same list. */
let lastTypes: PeriodSummary['types'] = [];
function sameTypes(types: PeriodSummary['types']) {
  const same =
    types.length === lastTypes.length &&
    types.every((type, index) => type.id === lastTypes[index]!.id && type.name === lastTypes[index]!.name);
  if (!same) lastTypes = types;
  return lastTypes;
}

export function summarisePeriod(merged: MergedSessions): PeriodSummary {
  let summary = summaries.get(merged);
  if (!summary) {
    summary = {
      directory: buildDirectory(merged.sessions),
      types: sameTypes(selectSessionTypes(merged.sessions)),
    };
    summaries.set(merged, summary);
  }
  return summary;
}

export interface PeriodQuery {
  filters: CalendarFilters;
  me?: string;
  now: number;
  zone: string;
  /** The loaded days (the range the merge was fetched for, without its margins). */
  first: Day;
  last: Day;
}

export interface PeriodDays {
  /** `first`..`last`. */
  days: Day[];
  /** The sessions that pass the filters, by day in `zone`; every day has an entry. */
  byDay: Map<Day, Session[]>;
}

/** Per merge, the last few groupings asked for (filters, zone or range told apart). */
const GROUPINGS_PER_MERGE = 4;
const groupings = new WeakMap<MergedSessions, Map<string, PeriodDays>>();

function groupingKey({ filters, me, now, zone, first, last }: PeriodQuery): string {
  const flags = `${+filters.mine}${+filters.openForMe}${+filters.hideCancelled}`;
  // The clock matters only to "open for me" (a slot that has started cannot be taken).
  return [first, last, zone, me ?? '', flags, filters.openForMe ? now : '', ...filters.types].join('\u0000');
}

export function groupPeriod(merged: MergedSessions, query: PeriodQuery): PeriodDays {
  let perMerge = groupings.get(merged);
  if (!perMerge) {
    perMerge = new Map();
    groupings.set(merged, perMerge);
  }
  const key = groupingKey(query);
  let grouped = perMerge.get(key);
  if (!grouped) {
    const keep = sessionFilter(query.filters, {
      me: query.me,
      permissions: merged.permissions,
      now: query.now,
    });
    const days = daysBetween(query.first, query.last);
    grouped = { days, byDay: groupByDay(merged.sessions.filter(keep), query.zone, days) };
    if (perMerge.size >= GROUPINGS_PER_MERGE) perMerge.delete(perMerge.keys().next().value!);
    perMerge.set(key, grouped);
  }
  return grouped;
}
