import {
  hashKey,
  notifyManager,
  useQueries,
  useQueryClient,
  type QueryCache,
  type UseQueryResult,
} from '@tanstack/react-query';
import { useCallback, useDeferredValue, useMemo, useState, useSyncExternalStore } from 'react';
import type { Day } from '../lib/days';
import { daysToFetch, type HyraApi } from './api';
import { MARGIN_DAYS, type WeekDayName } from './contract';
import { loadedPageKey, mergePagesCached, type LoadedPage, type MergedSessions } from './merge';
import { sessionsQueries } from './queries';
import type { SessionsPage } from './parse';

export interface SessionsRangeState {
  /** The visible range the data belongs to (lags behind while a new range loads). */
  first: Day;
  last: Day;
  merged: MergedSessions;
  /** No data at all yet for this range. */
  isPending: boolean;
  /** Showing the previous range while the asked-for one loads. */
  isPlaceholder: boolean;
  /** Fetched days (visible days and margins) whose page has not arrived yet. */
  pendingDays: ReadonlySet<Day>;
  /** Of the asked-for range's days (visible and margins), how many have arrived, of how many. */
  arrived: { done: number; total: number };
  isFetching: boolean;
  /** The first error of a day, when a day failed; data may still be shown. */
  error: Error | null;
  /** Why requests are failing while they are retried (e.g. a 429 being waited out). */
  failureReason: Error | null;
  refetch: () => void;
}

/**
 * What `combine` returns. A class instance on purpose: TanStack Query runs a structural
 * comparison (`replaceEqualDeep`) over plain objects that `combine` returns, which for a
 * month of sessions means walking every role of every session on each change. An instance
 * is taken as it is; the merged sessions keep their identity through `mergePagesCached`.
 *
 * The merge is made when it is first read, not in `combine`: TanStack Query combines again
 * on every page that arrives, and a month in one answer stores its forty-odd days one after
 * the other in one task, which merged each time meant forty-odd merges of a growing part of
 * the month (a 5,000-session month: tens of milliseconds) before anything was drawn.
 */
class Combined {
  constructor(
    readonly complete: boolean,
    /** Positions (in the asked-for days) of the pages that have not arrived. */
    readonly missing: number[],
    /** The pages that have arrived. */
    readonly pages: LoadedPage[],
    readonly isFetching: boolean,
    readonly error: Error | null,
    readonly failureReason: Error | null,
    readonly refetch: () => void,
  ) {}
  /** The same object for the same pages (`mergePagesCached`), made on the first read. */
  get merged(): MergedSessions {
    return mergePagesCached(this.pages);
  }
}

function combine(results: UseQueryResult<SessionsPage>[]): Combined {
  const pages: LoadedPage[] = [];
  let complete = true;
  let isFetching = false;
  let error: Error | null = null;
  let failureReason: Error | null = null;
  const missing: number[] = [];
  results.forEach((result, index) => {
    if (result.data) pages.push({ page: result.data, receivedAt: result.dataUpdatedAt });
    else {
      complete = false;
      missing.push(index);
    }
    if (result.isFetching) isFetching = true;
    if (result.error && !error) error = result.error;
    if (result.failureReason && !failureReason) failureReason = result.failureReason;
  });
  return new Combined(complete, missing, pages, isFetching, error, failureReason, () => {
    for (const result of results) if (result.isError || result.isStale) void result.refetch();
  });
}

const dayQueries = (api: HyraApi, days: Day[]) => days.map((day) => sessionsQueries.day(api, day));

/**
 * Sessions for the visible days `first`..`last`: one cached query per day (plus the
 * margin days), merged. While a new range loads, the last range that loaded completely
 * stays on screen (its days are still in the cache).
 */
export function useSessionsRange(api: HyraApi, first: Day, last: Day): SessionsRangeState {
  // The same query list while the range stays, so TanStack Query has nothing to redo.
  const fetchDays = useMemo(() => daysToFetch(first, last, MARGIN_DAYS), [first, last]);
  const queries = useMemo(() => dayQueries(api, fetchDays), [api, fetchDays]);
  const current = useQueries({ queries, combine });

  const [settled, setSettled] = useState<{ first: Day; last: Day } | null>(null);
  const isSettled = settled?.first === first && settled.last === last;
  if (current.complete && !isSettled) setSettled({ first, last });

  const showPrevious = !current.complete && !current.error && settled !== null && !isSettled;
  const previousFirst = showPrevious ? settled.first : undefined;
  const previousLast = showPrevious ? settled.last : undefined;
  const previous = useQueries({
    queries: useMemo(
      () =>
        previousFirst && previousLast
          ? dayQueries(api, daysToFetch(previousFirst, previousLast, MARGIN_DAYS))
          : [],
      [api, previousFirst, previousLast],
    ),
    combine,
  });
  const usePrevious = showPrevious && previous.complete;
  const missingKey = usePrevious ? '' : current.missing.map((index) => fetchDays[index]).join(',');
  const pendingDays = useMemo(() => new Set(missingKey ? missingKey.split(',') : []), [missingKey]);
  const shown = usePrevious ? previous : current;

  return {
    first: usePrevious ? settled.first : first,
    last: usePrevious ? settled.last : last,
    merged: shown.merged,
    isPending: shown.pages.length === 0 && !current.error,
    isPlaceholder: usePrevious,
    pendingDays,
    arrived: { done: fetchDays.length - current.missing.length, total: fetchDays.length },
    isFetching: current.isFetching,
    error: current.error,
    failureReason: current.failureReason,
    refetch: current.refetch,
  };
}

/**
 * The merged sessions of `first`..`last` once every day of it (with the margin days) is in
 * the cache, else undefined. It only reads the cache (no request, no query observers), so a
 * view can prepare a neighbouring period that was prefetched; it updates when those days
 * change in the cache.
 *
 * With `later` (true), a change is taken up in a deferred render (`useDeferredValue`), which React
 * does after the urgent one and can interrupt: for a period prepared out of sight, whose merge
 * (a month of thousands of sessions) need not hold up the task that stored its answer.
 */
export function useCachedRange(
  api: HyraApi,
  first: Day,
  last: Day,
  later = false,
): MergedSessions | undefined {
  const cache = useQueryClient().getQueryCache();
  const hashes = useMemo(
    () => daysToFetch(first, last, MARGIN_DAYS).map((day) => hashKey(sessionsQueries.day(api, day).queryKey)),
    [api, first, last],
  );
  // Notified later, the way TanStack's own hooks are: the cache also changes while other
  // components render (their queries are created then), and React must not be told then.
  const subscribe = useCallback(
    (notify: () => void) => cache.subscribe(notifyManager.batchCalls(notify)),
    [cache],
  );
  // The pages themselves change identity on every update: a list of them is the snapshot.
  const signature = useSyncExternalStore(subscribe, () => {
    let key = '';
    for (const hash of hashes) {
      const state = cache.get<SessionsPage>(hash)?.state;
      if (!state?.data) return '';
      key += loadedPageKey(state.data, state.dataUpdatedAt);
    }
    return key;
  });
  // Both deferred values catch up in the same render, so the deferred signature is that of
  // the deferred range: a merge is never handed out under another range's days.
  // Without `later` they stay undefined, so that nothing asks for a deferred render.
  const deferredHashes = useDeferredValue(later ? hashes : undefined);
  const deferredSignature = useDeferredValue(later ? signature : undefined);
  const used = deferredHashes === hashes ? deferredSignature! : signature;
  return useMemo(() => {
    if (!used) return undefined;
    const pages: LoadedPage[] = [];
    for (const hash of hashes) {
      const state = cache.get<SessionsPage>(hash)?.state;
      if (!state?.data) return undefined;
      pages.push({ page: state.data, receivedAt: state.dataUpdatedAt });
    }
    return mergePagesCached(pages);
    // The signature stands for the cache entries read here.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [used]);
}

/** The newest sessions page of the workspace in the cache that names the week start. */
function newestWeekStart(cache: QueryCache, workspaceId: string): WeekDayName | undefined {
  let newest = -1;
  let weekStart: WeekDayName | undefined;
  for (const query of cache.findAll({ queryKey: sessionsQueries.days(workspaceId) })) {
    const { data, dataUpdatedAt } = query.state as { data?: SessionsPage; dataUpdatedAt: number };
    if (data?.weekStartsOn && dataUpdatedAt > newest) {
      newest = dataUpdatedAt;
      weekStart = data.weekStartsOn;
    }
  }
  return weekStart;
}

/**
 * The week start of one workspace as the newest page in a query cache names it, kept up
 * to date: read again only when a response arrives or leaves the cache, not on every
 * change of a query's state.
 */
class WeekStartStore {
  private current: WeekDayName | undefined;
  constructor(
    private readonly cache: QueryCache,
    private readonly workspaceId: string,
  ) {
    this.current = newestWeekStart(cache, workspaceId);
  }
  readonly subscribe = (notify: () => void) => {
    // Whatever arrived between the render and now counts too.
    this.current = newestWeekStart(this.cache, this.workspaceId);
    return this.cache.subscribe(
      notifyManager.batchCalls((event) => {
        const arrived = event.type === 'updated' && event.action.type === 'success';
        if (!arrived && event.type !== 'removed') return;
        const next = newestWeekStart(this.cache, this.workspaceId);
        if (next === this.current) return;
        this.current = next;
        notify();
      }),
    );
  };
  readonly get = () => this.current;
}

/**
 * The workspace's week start (`week_starts_on`) as the newest response in the cache says
 * it, whatever range that response was for; undefined until one has.
 */
export function useCachedWeekStart(api: HyraApi): WeekDayName | undefined {
  const cache = useQueryClient().getQueryCache();
  const store = useMemo(() => new WeekStartStore(cache, api.workspaceId), [cache, api.workspaceId]);
  return useSyncExternalStore(store.subscribe, store.get);
}
