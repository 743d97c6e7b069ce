import { queryOptions, type QueryClient } from '@tanstack/react-query';
import { diffDays, type Day } from '../lib/days';
import type { HyraApi } from './api';

/** Fresh for a minute: the calendar changes when staff claim slots, not every second. */
export const SESSIONS_STALE_MS = 60_000;

/**
 * Query keys come only from here. Sessions are cached per day, so a week and a month
 * view share what they have in common: `['sessions', workspaceId, 'day', day, mode]`.
 */
export const sessionsQueries = {
  all: (workspaceId: string) => ['sessions', workspaceId] as const,
  days: (workspaceId: string) => ['sessions', workspaceId, 'day'] as const,
  day: (api: HyraApi, day: Day) =>
    queryOptions({
      queryKey: [...sessionsQueries.days(api.workspaceId), day, api.mode] as const,
      queryFn: ({ signal }) => api.sessionsForDay(day, signal),
      staleTime: SESSIONS_STALE_MS,
      // A refetch replaces the day wholesale: deep-comparing thousands of parsed sessions
      // costs more than re-deriving from new references.
      structuralSharing: false,
    }),
};

/** Requests a manual refresh leaves in the client's rate window for browsing and writes. */
export const REFRESH_RESERVE = 15;

/**
 * Fetches again the days on screen (those with an observer), joining fetches already running:
 * as many as the client's rate window has room for now, less REFRESH_RESERVE (at least one),
 * the days nearest today first. A month is 44 days in day mode: refreshing all of them in the
 * minute it was loaded would spend the whole budget and stall browsing; the days left out keep
 * their own refresh schedule.
 */
export function refreshShown(
  queryClient: QueryClient,
  api: Pick<HyraApi, 'workspaceId' | 'limiter'>,
  today: Day = new Date().toISOString().slice(0, 10),
) {
  const shown = queryClient
    .getQueryCache()
    .findAll({ queryKey: sessionsQueries.days(api.workspaceId), type: 'active' });
  const distance = (day: unknown) => (typeof day === 'string' ? Math.abs(diffDays(day, today)) : Infinity);
  const room = Math.max(1, api.limiter.headroom() - REFRESH_RESERVE);
  const nearest = shown.sort((a, b) => distance(a.queryKey[3]) - distance(b.queryKey[3])).slice(0, room);
  return Promise.all(
    nearest.map((query) =>
      queryClient.refetchQueries({ queryKey: query.queryKey, exact: true }, { cancelRefetch: false }),
    ),
  );
}
