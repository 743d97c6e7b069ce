import { useApi } from '../../../hyra/api-context';
import type { SlotRef } from '../../../hyra/permissions';
import type { Session } from '../../../hyra/schemas';
import type { Holder } from '../../../hyra/selectors';
import { isolate } from '../../../lib/bidi';
import { cn } from '../../../lib/cn';
import { Button } from '../../../ui/button';
import { serverNumber, watchKey } from '../model/watch-rules';
import { addWatch, removeWatch, useWatches } from '../model/watch-store';
import { NotificationControl } from './notification-control';

/** Whether this session (or one slot of it) is watched, and the toggle that changes it. */
function useWatched(session: Session, slot?: { slot: SlotRef; label: string }) {
  const workspaceId = useApi().workspaceId;
  const key = watchKey({ workspaceId, sessionId: session._id, slot: slot?.slot });
  const watches = useWatches(workspaceId);
  const watched = watches.some((watch) => watchKey(watch) === key);
  const toggle = () =>
    watched
      ? removeWatch(key)
      : addWatch({
          workspaceId,
          sessionId: session._id,
          name: session.schedule.name,
          start: session.start,
          ...slot,
          server: serverNumber(session, slot?.slot),
        });
  return { watched, toggle, watchingAny: watches.length > 0 };
}

const pressedLook =
  'border-indigo-600 bg-indigo-50 text-indigo-900 dark:border-indigo-400 dark:bg-indigo-950 dark:text-indigo-100';

/** Watch the whole session: told when it loses its host or is cancelled. */
export function WatchSessionToggle({ session }: { session: Session }) {
  const { watched, toggle, watchingAny } = useWatched(session);
  return (
    <div className="space-y-2 rounded-lg border border-slate-200 p-3 dark:border-slate-700">
      <div className="flex flex-wrap items-center gap-2">
        <Button aria-pressed={watched} className={cn(watched && pressedLook)} onClick={toggle}>
          <span aria-hidden="true">{watched ? '✓' : '☆'}</span>
          Watch this session
        </Button>
        <p className="min-w-0 flex-1 text-sm text-slate-600 dark:text-slate-300">
          {watched
            ? 'Watching: you will be told here if it loses its host or is cancelled.'
            : 'Be told if it loses its host or is cancelled. Full slots have their own Watch button.'}
        </p>
      </div>
      {watchingAny && <NotificationControl />}
    </div>
  );
}

/** Watch one full slot: told when it opens. Shown on held slots, and on any slot already watched. */
export function WatchSlotToggle({
  session,
  slot,
  holder,
  label,
}: {
  session: Session;
  slot: SlotRef;
  holder: Holder | null;
  label: string;
}) {
  const { watched, toggle } = useWatched(session, { slot, label });
  if (!holder && !watched) return null;
  return (
    <Button
      size="sm"
      variant="ghost"
      aria-pressed={watched}
      // A role's name comes from the API: isolated, as the Take and Assign labels are.
      aria-label={`Watch ${slot.kind === 'role' ? isolate(label) : label}`}
      title={watched ? 'Watching: you will be told when it opens' : 'Tell me when this slot opens'}
      className={cn('min-h-6', watched && pressedLook)}
      onClick={toggle}
    >
      <span aria-hidden="true">{watched ? '✓' : '☆'}</span>
      Watch
    </Button>
  );
}
