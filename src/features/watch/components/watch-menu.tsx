import { useState } from 'react';
import { useApi } from '../../../hyra/api-context';
import { useSettings } from '../../../lib/settings';
import { Button } from '../../../ui/button';
import { Dialog, DialogClose } from '../../../ui/dialog';
import { slotWords, watchKey, whenWords } from '../model/watch-rules';
import { removeWatch, useWatches } from '../model/watch-store';
import { NotificationControl } from './notification-control';
import { Watcher, type OpenSession, type WatchingProps } from './watcher';

/**
 * What this browser watches: per entry the session, when it starts (in `zone`), the server
 * and the slot, a way to open the session and a way to stop.
 */
export function WatchList({ watches, zone, hour12, onOpen }: WatchingProps) {
  if (watches.length === 0) return <p className="text-sm">You watch nothing in this workspace.</p>;
  return (
    <ul className="divide-y divide-slate-200 dark:divide-slate-700" aria-label="Watched">
      {watches.map((watch) => {
        const name = watch.name || 'Untitled session';
        const what = slotWords(watch);
        return (
          <li
            key={watchKey(watch)}
            className="flex flex-wrap items-start justify-between gap-x-3 gap-y-1 py-2 text-sm"
          >
            <span className="min-w-0 flex-1 break-words">
              <bdi className="font-medium">{name}</bdi>
              <span className="block text-slate-600 dark:text-slate-300">
                <span className="tabular-nums">{whenWords(watch.start, zone, hour12)}</span> ·{' '}
                <bdi>{what}</bdi>
              </span>
            </span>
            <span className="flex shrink-0 gap-1">
              {onOpen && (
                <Button
                  size="sm"
                  variant="ghost"
                  aria-label={`Open ${name}: ${what}`}
                  onClick={() => onOpen(watch.sessionId, watch.start)}
                >
                  Open
                </Button>
              )}
              <Button
                size="sm"
                variant="ghost"
                aria-label={`Stop watching ${name}: ${what}`}
                onClick={() => removeWatch(watchKey(watch))}
              >
                Stop watching
              </Button>
            </span>
          </li>
        );
      })}
    </ul>
  );
}

/**
 * In the header: nothing while nothing is watched; otherwise "Watching (n)", the list in a
 * dialog, and the watcher that says when something watched changes. `onOpen` (the app's)
 * opens a session's detail, from the list or from an alert.
 */
export function WatchMenu({ zone, onOpen }: { zone: string; onOpen?: OpenSession }) {
  const watches = useWatches(useApi().workspaceId);
  const [settings] = useSettings();
  const [open, setOpen] = useState(false);
  if (watches.length === 0 && !open) return null;
  const openSession: OpenSession | undefined =
    onOpen &&
    ((sessionId, start) => {
      setOpen(false);
      onOpen(sessionId, start);
    });
  return (
    <>
      {watches.length > 0 && (
        <Watcher watches={watches} zone={zone} hour12={settings.hour12} onOpen={onOpen} />
      )}
      <Button variant="ghost" onClick={() => setOpen(true)}>
        Watching <span className="tabular-nums">({watches.length})</span>
      </Button>
      <Dialog
        open={open}
        onOpenChange={setOpen}
        title="What you watch"
        description="Kept in this browser. You are told when a watched slot opens, or a watched session loses its host or is cancelled."
      >
        <div className="mt-3 max-h-[60vh] space-y-3 overflow-y-auto">
          <WatchList watches={watches} zone={zone} hour12={settings.hour12} onOpen={openSession} />
          <NotificationControl />
        </div>
        <div className="mt-3 flex justify-end">
          <DialogClose asChild>
            <Button>Close</Button>
          </DialogClose>
        </div>
      </Dialog>
    </>
  );
}
