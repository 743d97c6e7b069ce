import { queryOptions, type QueryClient } from '@tanstack/react-query';
import type { Day } from '../lib/days';
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

/** Fetches again every day on screen (those with an observer), joining fetches already running. */
export const refreshShown = (queryClient: QueryClient, workspaceId: string) =>
  queryClient.refetchQueries(
    { queryKey: sessionsQueries.days(workspaceId), type: 'active' },
    { cancelRefetch: false },
  );
