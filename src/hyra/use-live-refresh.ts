import {
  notifyManager,
  QueriesObserver,
  useQueryClient,
  type Query,
  type QueryObserverOptions,
  type QueryObserverResult,
  type QueryState,
} from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import type { Day } from '../lib/days';
import { daysToFetch, type HyraApi } from './api';
import { MARGIN_DAYS } from './contract';
import type { SessionsPage } from './parse';
import { sessionsQueries } from './queries';
import { dayPace, refreshInterval } from './refresh-schedule';

/*
 * The calendar's own refreshing: extra observers of the per-day queries (the views keep
 * theirs) that carry TanStack Query's `refetchInterval`, computed per day by
 * refresh-schedule.ts each time the day's query changes. Loaded with the toolbar's live
 * status and the session detail, not with the first paint.
 */

/** What the schedule reads of a day's query. */
interface DayQuery {
  state: QueryState<SessionsPage, Error>;
}

/** `errorUpdateCount` when the day last refreshed fine, to count the failures since. */
const countAtSuccess = new WeakMap<object, number>();

/** Refreshes of this query that failed in a row. */
export function failuresInARow(query: DayQuery): number {
  const { dataUpdatedAt, errorUpdatedAt, errorUpdateCount } = query.state;
  if (errorUpdatedAt <= dataUpdatedAt) {
    countAtSuccess.set(query, errorUpdateCount);
    return 0;
  }
  return errorUpdateCount - (countAtSuccess.get(query) ?? 0);
}

/** A day's query with the live refresh options; `open` when it holds the session in the detail. */
export function liveDayQuery(api: HyraApi, day: Day, open = false) {
  return {
    ...sessionsQueries.day(api, day),
    refetchInterval: (query: DayQuery) =>
      refreshInterval({
        day,
        sessions: query.state.data?.sessions,
        now: Date.now(),
        open,
        failures: failuresInARow(query),
        waitMs: api.limiter.delayBeforeNext(),
        headroom: api.limiter.headroom(),
      }),
    refetchIntervalInBackground: false,
    // Coming back to the tab refreshes what could have changed; past days wait for a click.
    refetchOnWindowFocus: (query: DayQuery) =>
      dayPace(day, query.state.data?.sessions, Date.now()) !== 'past',
  };
}

/**
 * Observers of `queries` for as long as the component lives: `useQueries` in a few lines,
 * on TanStack Query's own QueriesObserver (whose hook, pulled into this lazy chunk, would
 * make the bundler split the first page's code in two).
 */
function useObserved(dayQueries: readonly object[]): QueryObserverResult<SessionsPage>[] {
  const client = useQueryClient();
  const queries = dayQueries as QueryObserverOptions[];
  const [observer] = useState(() => new QueriesObserver(client, queries));
  useEffect(() => observer.setQueries(queries), [observer, queries]);
  const subscribe = useCallback(
    (notify: () => void) => observer.subscribe(notifyManager.batchCalls(notify)),
    [observer],
  );
  return useSyncExternalStore(subscribe, () =>
    observer.getCurrentResult(),
  ) as QueryObserverResult<SessionsPage>[];
}

export interface LiveState {
  /** When the least recently fetched day of the range was fetched (0 before any). */
  updatedAt: number;
  /** Some day of the range is being fetched. */
  refreshing: boolean;
}

function combine(results: QueryObserverResult<SessionsPage>[]): LiveState {
  let updatedAt = Infinity;
  let refreshing = false;
  for (const result of results) {
    updatedAt = Math.min(updatedAt, result.dataUpdatedAt);
    refreshing ||= result.isFetching;
  }
  return { updatedAt: results.length && updatedAt !== Infinity ? updatedAt : 0, refreshing };
}

/** Keeps the days of `first`..`last` (and their margins) refreshing on the live schedule. */
export function useLiveRefresh(api: HyraApi, first: Day, last: Day): LiveState {
  const queries = useMemo(
    () => daysToFetch(first, last, MARGIN_DAYS).map((day) => liveDayQuery(api, day)),
    [api, first, last],
  );
  return combine(useObserved(queries));
}

/** Days whose cached page holds the session. */
function daysHolding(queries: readonly Query[], sessionId: string): Day[] {
  const days: Day[] = [];
  for (const query of queries) {
    const page = query.state.data as SessionsPage | undefined;
    if (page?.sessions.some((session) => session._id === sessionId)) days.push(query.queryKey[3] as Day);
  }
  return days.sort();
}

/** Keeps the day(s) holding an open session refreshing at least at the detail's pace. */
export function useSessionRefresh(api: HyraApi, sessionId: string): void {
  const cache = useQueryClient().getQueryCache();
  const key = daysHolding(cache.findAll({ queryKey: sessionsQueries.days(api.workspaceId) }), sessionId).join(
    ',',
  );
  const queries = useMemo(
    () => (key ? key.split(',').map((day) => liveDayQuery(api, day, true)) : []),
    [api, key],
  );
  useObserved(queries);
}
