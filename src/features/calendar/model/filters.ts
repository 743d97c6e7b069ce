import { hasSlotICouldTake } from '../../../hyra/permissions';
import type { Permissions, Session } from '../../../hyra/schemas';
import { holdsAnySlot } from '../../../hyra/selectors';

export interface CalendarFilters {
  /** Schedule IDs to show; empty means all. */
  types: string[];
  mine: boolean;
  openForMe: boolean;
  hideCancelled: boolean;
}

export const NO_FILTERS: CalendarFilters = { types: [], mine: false, openForMe: false, hideCancelled: false };

export interface FilterContext {
  me?: string;
  permissions?: Permissions;
  now: number;
}

export function isFiltering(filters: CalendarFilters) {
  return filters.types.length > 0 || filters.mine || filters.openForMe || filters.hideCancelled;
}

/** Returns a predicate combining every active filter (all must pass). */
export function sessionFilter(
  filters: CalendarFilters,
  context: FilterContext,
): (session: Session) => boolean {
  const types = new Set(filters.types);
  return (session) => {
    if (types.size > 0 && !types.has(session.schedule._id ?? session.schedule.name)) return false;
    if (filters.hideCancelled && session.cancelled) return false;
    if (filters.mine && (!context.me || !holdsAnySlot(session, context.me))) return false;
    if (filters.openForMe) {
      if (!context.permissions) return false;
      if (!hasSlotICouldTake(context.permissions, session, context.me, context.now)) return false;
    }
    return true;
  };
}

/** The session types seen, for the type filter and the legend, sorted by name. */
export function selectSessionTypes(sessions: Session[]): { id: string; name: string }[] {
  const types = new Map<string, string>();
  for (const session of sessions) {
    const id = session.schedule._id ?? session.schedule.name;
    if (!types.has(id)) types.set(id, session.schedule.name);
  }
  return [...types].map(([id, name]) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name));
}
