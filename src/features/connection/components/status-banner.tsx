import { notifyManager, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useEffect, useState, useSyncExternalStore } from 'react';
import { useApi } from '../../../hyra/api-context';
import { retryingMessage } from '../../../hyra/error-messages/load';
import { isHyraError, type HyraErrorKind } from '../../../hyra/errors';
import { sessionsQueries } from '../../../hyra/queries';
import type { RateLimiter } from '../../../hyra/rate-limit';
import { formatClock } from '../../../lib/format';
import { useSettings } from '../../../lib/settings';

function subscribeOnline(listener: () => void) {
  window.addEventListener('online', listener);
  window.addEventListener('offline', listener);
  return () => {
    window.removeEventListener('online', listener);
    window.removeEventListener('offline', listener);
  };
}

/** The browser's own idea of being online, live. */
export function useOnline(): boolean {
  return useSyncExternalStore(
    subscribeOnline,
    () => navigator.onLine,
    () => true,
  );
}

/**
 * What the session cache says, as one string so React can compare snapshots: when the
 * newest data arrived, whether Hyra answered 429 to a request still being retried, and
 * why other requests are being retried right now (if they are).
 */
function cacheSnapshot(queryClient: QueryClient, workspaceId: string): string {
  let latest = 0;
  let rateLimited = false;
  let retrying = '';
  for (const query of queryClient.getQueryCache().findAll({ queryKey: sessionsQueries.all(workspaceId) })) {
    const { dataUpdatedAt, fetchFailureCount, fetchFailureReason, fetchStatus } = query.state;
    if (dataUpdatedAt > latest) latest = dataUpdatedAt;
    if (fetchStatus !== 'fetching' || fetchFailureCount === 0 || !isHyraError(fetchFailureReason)) continue;
    if (fetchFailureReason.kind === 'rate-limited') rateLimited = true;
    else retrying ||= `${fetchFailureReason.kind}:${fetchFailureReason.status ?? ''}`;
  }
  return `${latest}|${rateLimited ? 1 : 0}|${retrying}`;
}

function useSessionCache(queryClient: QueryClient, workspaceId: string) {
  // Told later, the way TanStack's own hooks are: a listener called straight from the cache
  // re-renders in the task that stored the answer, lengthening the longest task of a load.
  const snapshot = useSyncExternalStore(
    (listener) => queryClient.getQueryCache().subscribe(notifyManager.batchCalls(listener)),
    () => cacheSnapshot(queryClient, workspaceId),
    () => '0|0|',
  );
  const [latest, rateLimited, retrying] = snapshot.split('|') as [string, string, string];
  const [kind, status] = retrying.split(':');
  return {
    latestData: Number(latest) || undefined,
    rateLimited: rateLimited === '1',
    retrying: retrying
      ? { kind: kind as HyraErrorKind, status: status ? Number(status) : undefined }
      : undefined,
  };
}

/**
 * Until when Hyra's rate limit holds requests back: the limiter's pause (after a 429 or an
 * exhausted X-Ratelimit-Reset) or its own wait to stay under the limit. Re-read when the
 * limiter reports a wait, when a query fails (a 429 sets the pause), and when the time passes.
 */
function useRateLimitWait(limiter: RateLimiter, queryClient: QueryClient): number | undefined {
  const [, setTick] = useState(0);
  const until = useSyncExternalStore(
    (listener) => {
      const offLimiter = limiter.subscribe(listener);
      const offCache = queryClient.getQueryCache().subscribe(notifyManager.batchCalls(listener));
      return () => {
        offLimiter();
        offCache();
      };
    },
    () => limiter.waitingUntil,
    () => undefined,
  );
  useEffect(() => {
    if (until === undefined) return;
    const timer = setTimeout(() => setTick((tick) => tick + 1), Math.max(0, until - Date.now()) + 50);
    return () => clearTimeout(timer);
  }, [until]);
  return until;
}

const bannerBase = 'flex flex-wrap items-center gap-x-2 px-4 py-1.5 text-sm';

/**
 * The connection's state above the calendar: offline (with the age of what is shown),
 * waiting out Hyra's rate limit, or retrying a failed request. Refetches on reconnect.
 */
export function StatusBanner() {
  const api = useApi();
  const queryClient = useQueryClient();
  const [settings] = useSettings();
  const online = useOnline();
  const { latestData, rateLimited, retrying } = useSessionCache(queryClient, api.workspaceId);
  const waitingUntil = useRateLimitWait(api.limiter, queryClient);

  // Back online: load again what is on screen, however fresh it was when the link dropped.
  useEffect(() => {
    function onOnline() {
      void queryClient.invalidateQueries(
        { queryKey: sessionsQueries.all(api.workspaceId) },
        { cancelRefetch: false },
      );
    }
    window.addEventListener('online', onOnline);
    return () => window.removeEventListener('online', onOnline);
  }, [queryClient, api.workspaceId]);

  if (!online) {
    return (
      <div role="status" className={`${bannerBase} bg-slate-800 text-slate-50 dark:bg-slate-700`}>
        <strong>
          {latestData
            ? `Offline — showing data from ${formatClock(latestData, settings.hour12)}.`
            : 'Offline — nothing has loaded yet.'}
        </strong>
        <span>The calendar refreshes when the connection is back.</span>
      </div>
    );
  }
  if (waitingUntil !== undefined) {
    return (
      <div
        role="status"
        className={`${bannerBase} bg-amber-100 text-amber-950 dark:bg-amber-900/60 dark:text-amber-50`}
      >
        <strong>
          {rateLimited
            ? `Hyra asked us to slow down; retrying at ${formatClock(waitingUntil, settings.hour12, true)}.`
            : `Keeping under Hyra's rate limit; the next request goes at ${formatClock(waitingUntil, settings.hour12, true)}.`}
        </strong>
        <span>Nothing is lost: requests resume by themselves.</span>
      </div>
    );
  }
  if (retrying) {
    return (
      <div
        role="status"
        className={`${bannerBase} bg-amber-100 text-amber-950 dark:bg-amber-900/60 dark:text-amber-50`}
      >
        <strong>{retryingMessage(retrying.kind, retrying.status)}</strong>
      </div>
    );
  }
  // An empty live region stays in the page, so the next message is announced.
  return <div role="status" className="sr-only" />;
}
