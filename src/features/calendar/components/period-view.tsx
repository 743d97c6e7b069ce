import { memo, useDeferredValue, useEffect, useMemo, useRef, type ComponentType } from 'react';
import type { MergedSessions } from '../../../hyra/merge';
import type { Day } from '../../../lib/days';
import { whenQuiet } from '../../../lib/schedule';
import type { CalendarFilters } from '../model/filters';
import { groupPeriod, summarisePeriod } from '../model/period-data';
import { VIEWS, type CalendarView, type ViewLayout } from '../model/views';
import { AgendaView } from './agenda-view';
import { MonthView } from './month-view';
import { TimeGrid } from './time-grid';
import type { ViewProps } from './view-props';
import { deferred } from '../../../ui/deferred';
import { usePrinting } from '../hooks/use-print';

/** The roster's code (with its virtual list) loads when someone opens it. */
const RosterView = deferred<ViewProps>(
  () => import('./roster-view').then((module) => module.RosterView),
  <p role="status">Loading the roster…</p>,
);

/** The component that draws each layout of the view registry (model/views.ts). */
const LAYOUTS: Record<ViewLayout, ComponentType<ViewProps>> = {
  'time-grid': TimeGrid,
  'month-grid': MonthView,
  agenda: AgendaView,
  roster: RosterView,
};

export interface PeriodViewProps extends Omit<ViewProps, 'days' | 'byDay' | 'directory'> {
  view: CalendarView;
  merged: MergedSessions;
  /** The loaded range the merge belongs to. */
  first: Day;
  last: Day;
  filters: CalendarFilters;
  me?: string;
}

/**
 * One period of the calendar (a month, a week, a day, a week's agenda) drawn from its merged
 * sessions. Memoised on purpose: a period drawn ahead of time while hidden is shown later
 * with the very same props, and then costs nothing to show.
 *
 * The summary (the people directory walks every role slot) and the grouping by day are
 * worked out in two components, one inside the other: a deferred render (a period drawn out
 * of sight) can hand the main thread back between them, where one component doing both was
 * one piece of work of up to 100 ms or more for a month of 5,000 sessions.
 */
export const PeriodView = memo(function PeriodView({ merged, ...rest }: PeriodViewProps) {
  const { directory } = summarisePeriod(merged);
  return <PeriodDays {...rest} merged={merged} directory={directory} />;
});

function PeriodDays({
  view,
  merged,
  first,
  last,
  filters,
  me,
  printing = false,
  ...shared
}: PeriodViewProps & Pick<ViewProps, 'directory'>) {
  const { days: loadedDays, byDay } = groupPeriod(merged, {
    filters,
    me,
    now: shared.now,
    zone: shared.zone,
    first,
    last,
  });
  const { oneDay, layout, printsAs } = VIEWS[view];
  // The day view shows one day of the week it loads.
  const days = useMemo(() => (oneDay ? [shared.anchor] : loadedDays), [oneDay, shared.anchor, loadedDays]);
  const Layout = LAYOUTS[printing ? printsAs : layout];
  return <Layout {...shared} me={me} days={days} byDay={byDay} printing={printing} />;
}

/**
 * How a period drawn ahead of time waits: of no height, not painted, out of reach of Tab,
 * clicks and assistive technology (content-visibility: hidden; aria-hidden says the same
 * to tools that don't do CSS). Unlike display: none, the browser keeps the styles and
 * layout it works out for the hidden content (see `whenQuiet` below), so showing it is a
 * paint. Not `inert` or `visibility`: toggling either restyles the whole period.
 */
const HIDDEN_PANE = 'h-0 overflow-hidden [content-visibility:hidden]';

/**
 * A period in the page, shown or drawn ahead of time out of sight. A hidden one renders
 * when React has a quiet moment (a deferred render, interrupted by anything urgent); the
 * shown one renders at once. Showing a drawn period keeps its props, so nothing renders.
 */
export function PeriodPane({ shown, ...rest }: PeriodViewProps & { shown: boolean }) {
  // Only the period shown goes on paper; those drawn ahead keep their props (and their work).
  const printing = usePrinting() && shown;
  const props = printing ? { ...rest, printing } : rest;
  const deferred = useDeferredValue<PeriodViewProps | null>(props, shown ? props : null);
  const current = shown ? props : deferred;
  const pane = useRef<HTMLDivElement>(null);
  // Work out its styles and layout while out of sight, in a quiet moment: a hidden
  // period keeps them (content-visibility), so showing it is a paint, not a layout.
  const drawnMerged = current?.merged;
  const drawnAnchor = current?.anchor;
  useEffect(() => {
    if (shown || !drawnMerged || !pane.current) return;
    const element = pane.current;
    return whenQuiet(() => {
      const cells = element.querySelectorAll('[role="gridcell"], [data-day]');
      cells[cells.length - 1]?.getBoundingClientRect();
    });
  }, [shown, drawnMerged, drawnAnchor]);
  return (
    <div ref={pane} className={shown ? undefined : HIDDEN_PANE} aria-hidden={shown ? undefined : true}>
      {current && <PeriodView {...current} />}
    </div>
  );
}
