import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import type { HyraApi } from '../../../hyra/api';
import { trackChanges } from '../../../hyra/change-tracker';
import { refreshShown } from '../../../hyra/queries';
import { FLASH_MS, useFlashing } from '../../../hyra/recent-changes';
import { useLiveRefresh } from '../../../hyra/use-live-refresh';
import type { Day } from '../../../lib/days';
import { formatClock } from '../../../lib/format';
import { useNow } from '../../../lib/use-now';
import { Button } from '../../../ui/button';

/** "just now", "20 s ago", "3 min ago": how old the data on screen is, to 5 seconds. */
export function updatedAgo(ms: number): string {
  const seconds = Math.max(0, Math.floor(ms / 1000));
  if (seconds < 5) return 'just now';
  if (seconds < 60) return `${seconds - (seconds % 5)} s ago`;
  if (seconds < 3600) return `${Math.floor(seconds / 60)} min ago`;
  return `${Math.floor(seconds / 3600)} h ago`;
}

/**
 * The views' highlight of sessions a refresh changed, as one style sheet over their
 * `data-session-id` (week blocks, month chips, agenda rows), so the views themselves carry
 * no code for it: an outline that pulses three times (held still when motion is reduced,
 * by the global rule in index.css) for FLASH_MS. IDs other than word characters are skipped.
 */
export function flashCss(ids: Iterable<string>): string {
  const selectors = [...ids].filter((id) => /^[\w-]+$/.test(id)).map((id) => `[data-session-id="${id}"]`);
  if (selectors.length === 0) return '';
  return `${selectors.join(',')}{outline:2px solid #f59e0b;outline-offset:1px;animation:hyra-changed 1s ease-in-out 3}@keyframes hyra-changed{50%{outline-color:transparent}}`;
}

/**
 * The toolbar's live part: keeps the shown days refreshing on the live schedule, says how
 * old the data is, refreshes on demand (also the `u` key), and records and announces what
 * a refresh changed (politely, once: the views only flash).
 */
export function LiveStatus({
  api,
  first,
  last,
  hour12,
}: {
  api: HyraApi;
  first: Day;
  last: Day;
  hour12: boolean;
}) {
  const queryClient = useQueryClient();
  const { updatedAt, refreshing } = useLiveRefresh(api, first, last);
  const now = useNow(5_000);
  const [announcement, setAnnouncement] = useState<{ text: string; at: number }>();
  const css = flashCss(useFlashing().keys());
  useEffect(
    () => trackChanges(queryClient, api.workspaceId, (text) => setAnnouncement({ text, at: Date.now() })),
    [queryClient, api.workspaceId],
  );
  useEffect(() => {
    if (!announcement) return;
    const timer = setTimeout(() => setAnnouncement(undefined), 2 * FLASH_MS);
    return () => clearTimeout(timer);
  }, [announcement]);

  return (
    <>
      <span className="flex items-center gap-1 text-xs text-slate-600 dark:text-slate-300">
        {updatedAt > 0 && (
          <span title={`Fetched at ${formatClock(updatedAt, hour12, true)}`} className="tabular-nums">
            {refreshing ? 'Refreshing…' : `Updated ${updatedAgo(now - updatedAt)}`}
          </span>
        )}
        <Button
          variant="ghost"
          size="sm"
          aria-keyshortcuts="u"
          onClick={() => void refreshShown(queryClient, api)}
        >
          Refresh
        </Button>
      </span>
      {css && <style>{css}</style>}
      {/*
        Said once, politely, with when it was seen; shown for a moment in a corner over the
        page (under any open sheet, whose detail says its own), so nothing on the page moves.
      */}
      <p
        role="status"
        aria-label="Recent changes"
        className="fixed inset-x-2 bottom-2 z-30 rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-950 shadow-lg empty:hidden sm:right-4 sm:bottom-4 sm:left-auto sm:max-w-md dark:border-amber-700 dark:bg-amber-900 dark:text-amber-50 print:hidden"
      >
        {announcement && (
          <>
            Changed at <span className="tabular-nums">{formatClock(announcement.at, hour12)}</span> —{' '}
            {announcement.text}
          </>
        )}
      </p>
    </>
  );
}
