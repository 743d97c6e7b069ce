import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { loadedRange, shiftAnchor, type CalendarView } from '../model/views';
import { daysToFetch } from '../../../hyra/api';
import { useApi } from '../../../hyra/api-context';
import { MARGIN_DAYS } from '../../../hyra/contract';
import { sessionsQueries } from '../../../hyra/queries';
import { afterNextPaint } from '../../../lib/schedule';
import type { Day } from '../../../lib/days';

/** Requests kept free for what the user does next (opening a day, a write, a refetch). */
const RESERVE = 5;

/**
 * Prefetching starts this long after the period on screen has been drawn. Downloading and
 * reading a neighbour (megabytes for a busy month) competes for the CPU with the frame
 * that shows what the user just asked for; and someone paging quickly through periods
 * should not start prefetches they are about to skip past.
 */
export const PREFETCH_DELAY_MS = 150;

/**
 * Once a period is in (and loaded without error), loads the next one and then the previous
 * one into the cache (shortly after it has been drawn), so moving there paints at once.
 * Prefetching is optional work: it never spends the rate
 * budget below the reserve (in day mode a month costs ~35 requests of the ~90 a minute).
 */
export function usePrefetchNeighbours({
  ready,
  view,
  anchor,
  weekStartsOn,
}: {
  ready: boolean;
  view: CalendarView;
  anchor: Day;
  weekStartsOn: number;
}) {
  const api = useApi();
  const queryClient = useQueryClient();
  useEffect(() => {
    if (!ready) return;
    return afterNextPaint(prefetch, PREFETCH_DELAY_MS);

    function prefetch() {
      // Requests queued here start later, so the budget is counted down as they are planned.
      let budget = api.limiter.headroom() - RESERVE;
      for (const direction of [1, -1] as const) {
        const next = loadedRange(view, shiftAnchor(view, anchor, direction), weekStartsOn);
        // Days without data that nothing is fetching: never asked for, or asked for and
        // cancelled (their period was left before they came). A day that failed is retried
        // by its own query, not here.
        const wanted = daysToFetch(next.first, next.last, MARGIN_DAYS).filter((day) => {
          const state = queryClient.getQueryState(sessionsQueries.day(api, day).queryKey);
          return !state || (state.data === undefined && !state.error && state.fetchStatus === 'idle');
        });
        const cost = api.requestsFor(wanted);
        if (wanted.length === 0 || cost > budget) continue;
        budget -= cost;
        for (const day of wanted) void queryClient.prefetchQuery(sessionsQueries.day(api, day));
      }
    }
  }, [ready, view, anchor, weekStartsOn, api, queryClient]);
}
