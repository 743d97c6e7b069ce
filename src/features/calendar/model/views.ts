import { addDays, addMonths, endOfMonth, startOfMonth, startOfWeek, type Day } from '../../../lib/days';
import { formatDay, formatMonth } from '../../../lib/format';

/** The views of the switcher, each with its shortcut: what `?view=` names. */
export const CALENDAR_VIEWS = ['day', 'week', 'month', 'agenda', 'roster'] as const;
export type SwitcherView = (typeof CALENDAR_VIEWS)[number];
/**
 * Every entry of the registry: the switcher's views, and the variants a view offers
 * inside itself (the roster of one day, chosen with the roster's span toggle).
 */
export type CalendarView = SwitcherView | 'roster-day';

/** How much a view with a span choice shows (`&span=day`). */
export const SPANS = ['day', 'week'] as const;
export type Span = (typeof SPANS)[number];

/**
 * What a view with a span choice (the roster) keeps of its own in the URL: its span, its tab
 * (`&tab=people`) and the person it is filtered to (`&person=<user ID>`).
 */
export interface ViewOptions {
  span?: Span;
  tab?: 'people';
  person?: string;
}

export interface DayRange {
  first: Day;
  last: Day;
}

/** How a view lays its days out; `components/period-view.tsx` has a component for each. */
export type ViewLayout = 'time-grid' | 'month-grid' | 'agenda' | 'roster';

/**
 * One calendar view: everything the page, the toolbar, the keyboard and the prefetch need
 * to know of it. A new view is one more entry here (and a layout, if it needs its own).
 */
export interface ViewDefinition {
  /** In the view switcher. */
  label: string;
  /** The key that switches to it. */
  shortcut: string;
  /** What next and previous move by, in words ("Next week"). */
  unit: 'day' | 'week' | 'month';
  layout: ViewLayout;
  /** The days it shows around the anchor. */
  shows(anchor: Day, weekStartsOn: number): DayRange;
  /**
   * The days it loads: what it shows, except that the day view loads its whole week, so
   * the week strip has its counts and the other days of the week open at once.
   */
  loads(anchor: Day, weekStartsOn: number): DayRange;
  /** The anchor one period earlier (-1) or later (+1). */
  step(anchor: Day, direction: 1 | -1): Day;
  /** The heading of the period shown. */
  title(shown: DayRange, anchor: Day): string;
  /** What an empty period says; null where the view says it itself (the agenda, per day). */
  empty: string | null;
  /** Shows only the anchor of the days it loads. */
  oneDay: boolean;
  /** Has the strip of the week's days above it. */
  weekStrip: boolean;
  /** Up and down move a week (its days are rows of weeks). */
  weekRows: boolean;
  /** How it goes on paper: as itself, or laid out as another layout (the agenda). */
  printsAs: ViewLayout;
  /** For a variant (the roster of one day): the switcher's view it is a span of. */
  variantOf?: SwitcherView;
  /**
   * For a view with a span choice, the registry entry of each span. Such a view keeps its
   * span, tab and person in the URL (see ViewOptions).
   */
  spans?: Readonly<Record<Span, CalendarView>>;
}

const week = (anchor: Day, weekStartsOn: number): DayRange => {
  const first = startOfWeek(anchor, weekStartsOn);
  return { first, last: addDays(first, 6) };
};

/** The month's whole weeks. */
const monthGrid = (anchor: Day, weekStartsOn: number): DayRange => ({
  first: startOfWeek(startOfMonth(anchor), weekStartsOn),
  last: addDays(startOfWeek(endOfMonth(anchor), weekStartsOn), 6),
});

const stepWeek = (anchor: Day, direction: 1 | -1) => addDays(anchor, 7 * direction);
const weekTitle = ({ first, last }: DayRange) =>
  `${formatDay(first, 'short')} – ${formatDay(last, 'short')} ${last.slice(0, 4)}`;

/** What the views of a week have in common. */
const WEEKLY = {
  unit: 'week',
  shows: week,
  loads: week,
  step: stepWeek,
  title: weekTitle,
  oneDay: false,
  weekStrip: true,
  weekRows: false,
} as const;

/** What the views of one day have in common: one day shown, its whole week loaded. */
const DAILY = {
  unit: 'day',
  shows: (anchor: Day) => ({ first: anchor, last: anchor }),
  loads: week,
  step: (anchor: Day, direction: 1 | -1) => addDays(anchor, direction),
  title: (_shown: DayRange, anchor: Day) => formatDay(anchor),
  empty: 'No sessions this day.',
  oneDay: true,
  weekStrip: true,
  weekRows: false,
} as const;

const ROSTER = {
  label: 'Roster',
  shortcut: 'r',
  layout: 'roster',
  printsAs: 'roster',
  spans: { week: 'roster', day: 'roster-day' },
} as const;

export const VIEWS: Record<CalendarView, ViewDefinition> = {
  day: {
    ...DAILY,
    label: 'Day',
    shortcut: 'd',
    layout: 'time-grid',
    printsAs: 'agenda',
  },
  week: {
    ...WEEKLY,
    label: 'Week',
    shortcut: 'w',
    layout: 'time-grid',
    empty: 'No sessions this week.',
    printsAs: 'agenda',
  },
  month: {
    label: 'Month',
    shortcut: 'm',
    unit: 'month',
    layout: 'month-grid',
    shows: monthGrid,
    loads: monthGrid,
    step: (anchor, direction) => addMonths(anchor, direction),
    title: (_shown, anchor) => formatMonth(anchor),
    empty: 'No sessions this month.',
    oneDay: false,
    weekStrip: false,
    weekRows: true,
    printsAs: 'agenda',
  },
  agenda: {
    ...WEEKLY,
    label: 'Agenda',
    shortcut: 'a',
    layout: 'agenda',
    empty: null,
    printsAs: 'agenda',
  },
  roster: { ...WEEKLY, ...ROSTER, empty: 'No sessions this week.' },
  // The roster of the selected day: `?view=roster&span=day`.
  'roster-day': { ...DAILY, ...ROSTER, variantOf: 'roster' },
};

/** A view of the switcher (what `?view=` may name). */
export function isCalendarView(value: string | null | undefined): value is SwitcherView {
  return (CALENDAR_VIEWS as readonly string[]).includes(value ?? '');
}

/** The switcher's view a registry entry is (itself, or the view it is a span of). */
export const switcherView = (view: CalendarView): SwitcherView =>
  VIEWS[view].variantOf ?? (view as SwitcherView);

/** The registry entry for a view and a span (the span is ignored by views without a choice). */
export function resolveView(view: CalendarView, span: Span | undefined): CalendarView {
  const { spans } = VIEWS[view];
  return spans && span ? spans[span] : view;
}

/** The days a view shows around `anchor`. */
export const visibleRange = (view: CalendarView, anchor: Day, weekStartsOn: number) =>
  VIEWS[view].shows(anchor, weekStartsOn);

/** The days a view loads around `anchor`. */
export const loadedRange = (view: CalendarView, anchor: Day, weekStartsOn: number) =>
  VIEWS[view].loads(anchor, weekStartsOn);

/** The anchor one period earlier (-1) or later (+1). */
export const shiftAnchor = (view: CalendarView, anchor: Day, direction: 1 | -1) =>
  VIEWS[view].step(anchor, direction);
