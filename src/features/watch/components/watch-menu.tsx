import { useState } from 'react';
import { useApi } from '../../../hyra/api-context';
import { dayInZone } from '../../../lib/days';
import { formatDay, formatTime } from '../../../lib/format';
import { useSettings } from '../../../lib/settings';
import { Button } from '../../../ui/button';
import { Dialog, DialogClose } from '../../../ui/dialog';
import { watchKey, type Watch } from '../model/watch-rules';
import { removeWatch, useWatches } from '../model/watch-store';
import { NotificationControl } from './notification-control';
import { Watcher } from './watcher';

function When({ start, hour12 }: { start: string; hour12: boolean }) {
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  return (
    <span className="tabular-nums">
      {formatDay(dayInZone(start, zone), 'medium')}, {formatTime(start, zone, hour12)}
    </span>
  );
}

/** What this browser watches, each with a way to stop. */
export function WatchList({ watches, hour12 }: { watches: readonly Watch[]; hour12: boolean }) {
  if (watches.length === 0) return <p className="text-sm">You watch nothing in this workspace.</p>;
  return (
    <ul className="divide-y divide-slate-200 dark:divide-slate-700" aria-label="Watched">
      {watches.map((watch) => {
        const what = watch.slot ? (watch.label ?? 'A slot') : 'Whole session';
        return (
          <li key={watchKey(watch)} className="flex items-start justify-between gap-3 py-2 text-sm">
            <span className="min-w-0 break-words">
              <bdi className="font-medium">{watch.name || 'Untitled session'}</bdi>
              <span className="block text-slate-600 dark:text-slate-300">
                <When start={watch.start} hour12={hour12} /> · <bdi>{what}</bdi>
              </span>
            </span>
            <Button
              size="sm"
              variant="ghost"
              aria-label={`Stop watching ${watch.name || 'Untitled session'}: ${what}`}
              onClick={() => removeWatch(watchKey(watch))}
            >
              Stop watching
            </Button>
          </li>
        );
      })}
    </ul>
  );
}

/**
 * In the header: nothing while nothing is watched; otherwise "Watching (n)", the list in a
 * dialog, and the watcher that says when something watched changes.
 */
export function WatchMenu() {
  const watches = useWatches(useApi().workspaceId);
  const [settings] = useSettings();
  const [open, setOpen] = useState(false);
  if (watches.length === 0 && !open) return null;
  return (
    <>
      {watches.length > 0 && <Watcher watches={watches} />}
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
          <WatchList watches={watches} hour12={settings.hour12} />
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
