import { useQueries, type UseQueryResult } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import type { Day } from '../lib/days';
import { daysToFetch, type HyraApi } from './api';
import { MARGIN_DAYS } from './contract';
import { mergePages, type LoadedPage, type MergedSessions } from './merge';
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
 * is taken as it is; the merged sessions keep their identity through `mergeMemo` instead.
 */
class Combined {
  constructor(
    readonly complete: boolean,
    /** Positions (in the asked-for days) of the pages that have not arrived. */
    readonly missing: number[],
    readonly merged: MergedSessions,
    readonly anyData: boolean,
    readonly isFetching: boolean,
    readonly error: Error | null,
    readonly failureReason: Error | null,
    readonly refetch: () => void,
  ) {}
}

/**
 * A `combine` with a memory of its last merge: when the same pages (same references,
 * received at the same times) come in again, e.g. because only `isFetching` changed, the
 * previous merge is returned, so everything derived from it stays put.
 */
function makeCombine() {
  let lastPages: LoadedPage[] = [];
  let lastMerged: MergedSessions = mergePages([]);
  const mergeMemo = (pages: LoadedPage[]) => {
    const same =
      pages.length === lastPages.length &&
      pages.every(
        (loaded, index) =>
          loaded.page === lastPages[index]!.page && loaded.receivedAt === lastPages[index]!.receivedAt,
      );
    if (!same) {
      lastPages = pages;
      lastMerged = mergePages(pages);
    }
    return lastMerged;
  };

  return (results: UseQueryResult<SessionsPage>[]): Combined => {
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
    return new Combined(
      complete,
      missing,
      mergeMemo(pages),
      pages.length > 0,
      isFetching,
      error,
      failureReason,
      () => {
        for (const result of results) if (result.isError || result.isStale) void result.refetch();
      },
    );
  };
}

/**
 * Sessions for the visible days `first`..`last`: one cached query per day (plus the
 * margin days), merged. While a new range loads, the last range that loaded completely
 * stays on screen (its days are still in the cache).
 */
export function useSessionsRange(api: HyraApi, first: Day, last: Day): SessionsRangeState {
  const [combineCurrent] = useState(makeCombine);
  const [combinePrevious] = useState(makeCombine);
  const fetchDays = daysToFetch(first, last, MARGIN_DAYS);
  const current = useQueries({
    queries: fetchDays.map((day) => sessionsQueries.day(api, day)),
    combine: combineCurrent,
  });

  const [settled, setSettled] = useState<{ first: Day; last: Day } | null>(null);
  const isSettled = settled?.first === first && settled.last === last;
  if (current.complete && !isSettled) setSettled({ first, last });

  const showPrevious = !current.complete && !current.error && settled !== null && !isSettled;
  const previous = useQueries({
    queries: showPrevious
      ? daysToFetch(settled.first, settled.last, MARGIN_DAYS).map((day) => sessionsQueries.day(api, day))
      : [],
    combine: combinePrevious,
  });
  const usePrevious = showPrevious && previous.complete;
  const missingKey = usePrevious ? '' : current.missing.map((index) => fetchDays[index]).join(',');
  const pendingDays = useMemo(() => new Set(missingKey ? missingKey.split(',') : []), [missingKey]);
  const shown = usePrevious ? previous : current;

  return {
    first: usePrevious ? settled.first : first,
    last: usePrevious ? settled.last : last,
    merged: shown.merged,
    isPending: !shown.anyData && !current.error,
    isPlaceholder: usePrevious,
    pendingDays,
    isFetching: current.isFetching,
    error: current.error,
    failureReason: current.failureReason,
    refetch: current.refetch,
  };
}
