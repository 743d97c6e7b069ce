import { useCallback, useLayoutEffect, useMemo } from 'react';
import type { HyraApi } from '../../../hyra/api';
import { MARGIN_DAYS } from '../../../hyra/contract';
import type { MergedSessions } from '../../../hyra/merge';
import type { Session } from '../../../hyra/schemas';
import {
  useCachedRange,
  useCachedWeekStart,
  useSessionsRange,
  type SessionsRangeState,
} from '../../../hyra/use-sessions';
import { addDays, dayInZone, startOfWeek, type Day } from '../../../lib/days';
import { useSettledValue } from '../../../lib/use-settled-value';
import { isFiltering, type CalendarFilters } from '../model/filters';
import { groupPeriod, NO_DAYS, summarisePeriod, type PeriodSummary } from '../model/period-data';
import { VIEWS, type CalendarView, type DayRange } from '../model/views';
import { useWeekStart } from './use-week-start';

/** A period drawn in the page: the one shown, or a neighbour drawn ahead of time. */
export interface Pane extends DayRange {
  key: string;
  anchor: Day;
  merged: MergedSessions;
  loadingDays: ReadonlySet<Day>;
}

export interface CalendarPeriods {
  weekStartsOn: number;
  /** The days the view shows (for the title). */
  range: DayRange;
  /** The view and anchor the data follows, a paint behind the URL. */
  settled: { view: CalendarView; anchor: Day; range: DayRange };
  /** The queries of the settled period: fetching, errors, refetch. */
  state: SessionsRangeState;
  /** What is on screen: the period asked for once its days are cached, else the last one loaded. */
  merged: MergedSessions;
  /** The period on screen is an earlier one, shown dimmed while the new one loads. */
  isPlaceholder: boolean;
  /** Nothing to show yet. */
  isPending: boolean;
  shownKey: string;
  /** The shown pane and its drawn neighbours, in date order. */
  drawn: Pane[];
  /** The days on screen and their (filtered) sessions. */
  days: Day[];
  byDay: Map<Day, Session[]>;
  shownCount: number;
  /** All sessions of the days on screen, filters aside. */
  totalCount: number;
  /** Days on screen whose data (or a margin day's) has not arrived. */
  loadingDays: ReadonlySet<Day>;
  /** Sessions per day of the days that are in, for the week strip. */
  settledCounts: Map<Day, number>;
  summary: PeriodSummary;
  /** The directory of the settled period (the export form follows it). */
  settledDirectory: PeriodSummary['directory'];
  /** While the period's days are coming in one by one: how many are in, of how many. */
  progress?: { done: number; total: number };
}

/** Which period a drawn view shows: the day view shows one day of the week it loads. */
function periodKey(view: CalendarView, range: DayRange, anchor: Day) {
  return VIEWS[view].oneDay ? `${view}:${anchor}` : `${view}:${range.first}:${range.last}`;
}

function countOnDays(byDay: Map<Day, unknown[]>, days: Day[]) {
  return days.reduce((sum, day) => sum + (byDay.get(day)?.length ?? 0), 0);
}

/**
 * The one place that decides which period is shown, which is loading and which panes
 * are drawn. The URL says where the viewer is; the data follows a moment later (after
 * the new period has been painted), since subscribing to forty-odd days of queries is
 * work a click should not wait for. A period whose days are all in the cache is shown at
 * once; otherwise the last one that loaded stays, dimmed, until the new one is in. The
 * periods before and after, once prefetched, are drawn ahead of time out of sight (see
 * PeriodPane), so moving there only reveals them.
 */
export function useCalendarPeriods({
  api,
  view,
  anchor,
  filters,
  me,
  now,
  zone,
}: {
  api: HyraApi;
  view: CalendarView;
  anchor: Day;
  filters: CalendarFilters;
  me?: string;
  now: number;
  zone: string;
}): CalendarPeriods {
  // The week start comes from the newest response in the cache; until one says, the
  // remembered (or the locale's) one.
  const weekStartsOn = useWeekStart(api.workspaceId, useCachedWeekStart(api));
  const definition = VIEWS[view];
  const range = definition.shows(anchor, weekStartsOn);
  const loaded = definition.loads(anchor, weekStartsOn);

  // The week on screen is asked for first, then the days outward from it.
  const focusFirst = startOfWeek(anchor, weekStartsOn);
  useLayoutEffect(() => api.focusOn(focusFirst, addDays(focusFirst, 6)), [api, focusFirst]);

  const settledPlace = useSettledValue(useMemo(() => ({ view, anchor }), [view, anchor]));
  const settledLoaded = VIEWS[settledPlace.view].loads(settledPlace.anchor, weekStartsOn);
  const settledRange = VIEWS[settledPlace.view].shows(settledPlace.anchor, weekStartsOn);
  const state = useSessionsRange(api, settledLoaded.first, settledLoaded.last);

  const cached = useCachedRange(api, loaded.first, loaded.last);
  const shownRange = cached ? loaded : state;
  const merged = cached ?? state.merged;
  const isPlaceholder =
    !cached && (state.isPlaceholder || state.first !== loaded.first || state.last !== loaded.last);
  const isPending = !cached && state.isPending;

  // Derived data comes from caches shared with the drawn periods (see PeriodView).
  const summary = summarisePeriod(merged);
  const settledDirectory = summarisePeriod(state.merged).directory;
  const { days: loadedDays, byDay } = groupPeriod(merged, {
    filters,
    me,
    now,
    zone,
    first: shownRange.first,
    last: shownRange.last,
  });
  const days = useMemo(
    () => (definition.oneDay ? [anchor] : loadedDays),
    [definition.oneDay, anchor, loadedDays],
  );
  const shownCount = useMemo(() => countOnDays(byDay, days), [byDay, days]);
  // Unfiltered count of the shown days, for "N of M shown": only needed while filtering.
  const filtering = isFiltering(filters);
  const { sessions } = merged;
  const totalCount = useMemo(() => {
    if (!filtering) return shownCount;
    const shownDays = new Set(days);
    return sessions.filter((session) => shownDays.has(dayInZone(session.start, zone))).length;
  }, [filtering, shownCount, sessions, zone, days]);

  // A day is settled when its own page and its margin pages (the neighbours) are in.
  const pendingDays = cached ? NO_DAYS : state.pendingDays;
  const isSettled = useCallback(
    (day: Day) =>
      !isPending &&
      byDay.has(day) &&
      !pendingDays.has(day) &&
      !pendingDays.has(addDays(day, -MARGIN_DAYS)) &&
      !pendingDays.has(addDays(day, MARGIN_DAYS)),
    [isPending, byDay, pendingDays],
  );
  const loadingDays = useMemo(() => {
    const loading = days.filter((day) => !isSettled(day));
    return loading.length > 0 ? new Set(loading) : NO_DAYS;
  }, [days, isSettled]);
  const settledCounts = useMemo(() => {
    const counts = new Map<Day, number>();
    for (const [day, list] of byDay) if (isSettled(day)) counts.set(day, list.length);
    return counts;
  }, [byDay, isSettled]);

  const { done, total } = state.arrived;
  const progress = useMemo(
    () => (state.isFetching && done < total && total > 1 ? { done, total } : undefined),
    [state.isFetching, done, total],
  );

  const shownKey = periodKey(view, shownRange, anchor);
  const drawn = useDrawnPanes({
    api,
    view,
    anchor,
    weekStartsOn,
    shown: { key: shownKey, anchor, first: shownRange.first, last: shownRange.last, merged, loadingDays },
  });

  return {
    weekStartsOn,
    range,
    settled: { ...settledPlace, range: settledRange },
    state,
    merged,
    isPlaceholder,
    isPending,
    shownKey,
    drawn,
    days,
    byDay,
    shownCount,
    totalCount,
    loadingDays,
    settledCounts,
    summary,
    settledDirectory,
    progress,
  };
}

/**
 * The shown pane with the neighbouring periods whose days are all cached, drawn ahead of
 * time; panes no longer next to the shown one leave after the paint, not in the render
 * that has to paint at once.
 */
function useDrawnPanes({
  api,
  view,
  anchor,
  weekStartsOn,
  shown,
}: {
  api: HyraApi;
  view: CalendarView;
  anchor: Day;
  weekStartsOn: number;
  shown: Pane;
}): Pane[] {
  const definition = VIEWS[view];
  const previousAnchor = definition.step(anchor, -1);
  const nextAnchor = definition.step(anchor, 1);
  const previousRange = definition.loads(previousAnchor, weekStartsOn);
  const nextRange = definition.loads(nextAnchor, weekStartsOn);
  // A neighbour's answer is merged in a deferred render, not in the task that stored it.
  const previousMerged = useCachedRange(api, previousRange.first, previousRange.last, true);
  const nextMerged = useCachedRange(api, nextRange.first, nextRange.last, true);
  const { key: shownKey, first, last, merged, loadingDays } = shown;
  const panes = useMemo(() => {
    const list: Pane[] = [{ key: shownKey, anchor, first, last, merged, loadingDays }];
    for (const [neighbourAnchor, range, neighbour] of [
      [previousAnchor, previousRange, previousMerged],
      [nextAnchor, nextRange, nextMerged],
    ] as const) {
      const key = periodKey(view, range, neighbourAnchor);
      // While the period just left is shown (dimmed), it is the shown pane.
      if (neighbour && key !== shownKey) {
        list.push({ key, anchor: neighbourAnchor, ...range, merged: neighbour, loadingDays: NO_DAYS });
      }
    }
    return list;
    // The ranges are named by their first days (a view's length follows from its first day).
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [
    view,
    shownKey,
    anchor,
    first,
    last,
    merged,
    loadingDays,
    previousAnchor,
    previousRange.first,
    previousMerged,
    nextAnchor,
    nextRange.first,
    nextMerged,
  ]);
  const settledPanes = useSettledValue(panes);
  return useMemo(() => {
    const keys = new Set(panes.map((pane) => pane.key));
    return [...panes, ...settledPanes.filter((pane) => !keys.has(pane.key))].sort((a, b) =>
      a.anchor < b.anchor ? -1 : a.anchor > b.anchor ? 1 : 0,
    );
  }, [panes, settledPanes]);
}
