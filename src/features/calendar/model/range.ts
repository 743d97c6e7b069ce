import { addDays, addMonths, endOfMonth, startOfMonth, startOfWeek, type Day } from '../../../lib/days';

export const CALENDAR_VIEWS = ['day', 'week', 'month', 'agenda'] as const;
export type CalendarView = (typeof CALENDAR_VIEWS)[number];

export function isCalendarView(value: string | null | undefined): value is CalendarView {
  return (CALENDAR_VIEWS as readonly string[]).includes(value ?? '');
}

/** The days a view shows around `anchor`: the day; its week; the month's whole weeks; the agenda lists the week. */
export function visibleRange(
  view: CalendarView,
  anchor: Day,
  weekStartsOn: number,
): { first: Day; last: Day } {
  switch (view) {
    case 'day':
      return { first: anchor, last: anchor };
    case 'week': {
      const first = startOfWeek(anchor, weekStartsOn);
      return { first, last: addDays(first, 6) };
    }
    case 'month': {
      const first = startOfWeek(startOfMonth(anchor), weekStartsOn);
      const last = addDays(startOfWeek(endOfMonth(anchor), weekStartsOn), 6);
      return { first, last };
    }
    case 'agenda':
      return visibleRange('week', anchor, weekStartsOn);
  }
}

/**
 * The days a view loads: what it shows, except that the day view loads its whole week,
 * so the week strip has its counts and the other days of the week open at once.
 */
export function loadedRange(
  view: CalendarView,
  anchor: Day,
  weekStartsOn: number,
): { first: Day; last: Day } {
  return visibleRange(view === 'day' ? 'week' : view, anchor, weekStartsOn);
}

/** The anchor one period earlier (-1) or later (+1). */
export function shiftAnchor(view: CalendarView, anchor: Day, direction: 1 | -1): Day {
  switch (view) {
    case 'day':
      return addDays(anchor, direction);
    case 'week':
    case 'agenda':
      return addDays(anchor, 7 * direction);
    case 'month':
      return addMonths(anchor, direction);
  }
}
