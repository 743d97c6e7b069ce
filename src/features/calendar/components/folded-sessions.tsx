import { useId, useRef, useState, type CSSProperties } from 'react';
import { cn } from '../../../lib/cn';
import type { Day } from '../../../lib/days';
import { formatDay, formatTime } from '../../../lib/format';
import { focusRing } from '../../../ui/button';
import { sessionLabel } from '../model/describe';
import type { FoldedSessions } from '../model/layout';
import type { ViewProps } from './view-props';

/**
 * "+N more" where a crowded hour folds its sessions away; it opens (the platform's popover:
 * light dismiss, Escape, top layer) the list of them, each opening its session.
 */
export function FoldedSessionsButton({
  folded,
  day,
  style,
  context,
}: {
  folded: FoldedSessions;
  day: Day;
  style: CSSProperties;
  context: ViewProps;
}) {
  const popoverId = useId();
  const trigger = useRef<HTMLButtonElement>(null);
  const [place, setPlace] = useState({ top: 0, left: 0 });
  const count = folded.sessions.length;
  const from = formatTime(folded.sessions[0]!.start, context.zone, context.hour12);
  return (
    <>
      <button
        ref={trigger}
        type="button"
        popoverTarget={popoverId}
        aria-label={`${count} more ${count === 1 ? 'session' : 'sessions'} on ${formatDay(day)} from ${from}`}
        className={cn(
          'absolute z-10 overflow-hidden rounded bg-slate-100 px-1 text-left text-xs leading-tight font-medium text-slate-700 hover:bg-slate-200 dark:bg-slate-800 dark:text-slate-200 dark:hover:bg-slate-700',
          focusRing,
        )}
        style={style}
      >
        +{count} more
      </button>
      <div
        id={popoverId}
        popover="auto"
        onToggle={(event) => {
          const rect = trigger.current?.getBoundingClientRect();
          if (event.newState === 'open' && rect) {
            setPlace({
              top: Math.max(8, Math.min(rect.bottom + 4, window.innerHeight - 328)),
              left: Math.max(8, Math.min(rect.left, window.innerWidth - 296)),
            });
          }
        }}
        style={{ top: place.top, left: place.left, right: 'auto', bottom: 'auto' }}
        className="fixed m-0 max-h-80 w-72 overflow-y-auto rounded-lg border border-slate-200 bg-white p-2 text-slate-900 shadow-lg dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100"
      >
        <p className="mb-1 px-1 text-sm font-semibold">
          {formatDay(day, 'medium')}, from {from}
        </p>
        <ul>
          {folded.sessions.map((session) => (
            <li key={session._id}>
              <button
                type="button"
                onClick={() => context.onOpen(session._id)}
                className={cn(
                  'block w-full truncate rounded px-1 py-1 text-left text-sm hover:bg-slate-100 dark:hover:bg-slate-800',
                  focusRing,
                )}
                aria-label={sessionLabel(session, context)}
                data-session-id={session._id}
              >
                <span className="tabular-nums">
                  {formatTime(session.start, context.zone, context.hour12)}
                </span>{' '}
                <bdi>{session.schedule.name}</bdi>
              </button>
            </li>
          ))}
        </ul>
      </div>
    </>
  );
}
