import { useEffect, useRef, useState } from 'react';
import { formatDay } from '../../../lib/format';
import { cn } from '../../../lib/cn';
import { Button } from '../../../ui/button';
import { Skeleton } from '../../../ui/skeleton';
import { usePrinting } from '../hooks/use-print';
import { sessionStatus } from '../model/session-status';
import { SessionItem } from './session-item';
import type { ViewProps } from './view-props';

/** A list across days: the default on phones. */
export function AgendaView(props: ViewProps) {
  const { days, byDay, loadingDays, today, anchor, onOpen } = props;
  const list = useRef<HTMLDivElement>(null);
  const shownAnchor = useRef(anchor);
  // When the user picks another day of the list, bring it into view (not on first paint,
  // which keeps the toolbar in sight).
  useEffect(() => {
    if (shownAnchor.current === anchor) return;
    shownAnchor.current = anchor;
    list.current?.querySelector(`[data-day="${anchor}"]`)?.scrollIntoView?.({ block: 'start' });
  }, [anchor]);
  // The days of the week already past (before today and the selected day) fold away,
  // except on paper: printing unfolds them.
  const [showPast, setShowPast] = useState(false);
  // Today's sessions already over fold away too, so what is still to come leads.
  const [showEnded, setShowEnded] = useState(false);
  const printing = usePrinting() || props.printing;
  const firstShown = anchor < today ? anchor : today;
  const past = showPast || printing ? [] : days.filter((day) => day < firstShown);
  const shownDays = past.length > 0 ? days.slice(past.length) : days;
  return (
    <div ref={list} className="space-y-5">
      {past.length > 0 && (
        <Button variant="ghost" size="sm" className="print:hidden" onClick={() => setShowPast(true)}>
          Show {past.length} earlier {past.length === 1 ? 'day' : 'days'} of this week
        </Button>
      )}
      {shownDays.map((day) => {
        const all = byDay.get(day) ?? [];
        const ended =
          day === today && !showEnded && !printing
            ? all.filter(
                (session) => sessionStatus(session, props.now, props.displayMinutes).kind === 'ended',
              )
            : [];
        const sessions = ended.length > 0 ? all.filter((session) => !ended.includes(session)) : all;
        return (
          <section key={day} aria-labelledby={`agenda-${day}`} data-day={day}>
            <h3
              id={`agenda-${day}`}
              className={cn(
                'sticky top-0 z-10 mb-2 bg-slate-50/95 py-1 text-sm font-semibold dark:bg-slate-950/95',
                day === anchor && 'text-indigo-700 dark:text-indigo-300',
              )}
            >
              {formatDay(day)}
              {day === today && (
                <span className="ml-2 rounded bg-indigo-600 px-1.5 text-xs text-white">Today</span>
              )}
            </h3>
            {ended.length > 0 && (
              <Button
                variant="ghost"
                size="sm"
                className="mb-2 print:hidden"
                onClick={() => setShowEnded(true)}
              >
                Show {ended.length} {ended.length === 1 ? 'session' : 'sessions'} already over today
              </Button>
            )}
            {loadingDays.has(day) && all.length === 0 ? (
              <div className="space-y-2" role="status" aria-label={`Loading ${formatDay(day)}`}>
                <Skeleton className="h-14" />
                <Skeleton className="h-14" />
              </div>
            ) : all.length === 0 ? (
              <p className="rounded-md border border-dashed border-slate-300 p-3 text-sm text-slate-500 dark:border-slate-700 dark:text-slate-400">
                No sessions this day.
              </p>
            ) : (
              <ul className="space-y-2">
                {sessions.map((session) => (
                  <li key={session._id}>
                    <SessionItem session={session} context={props} onOpen={onOpen} />
                  </li>
                ))}
              </ul>
            )}
          </section>
        );
      })}
    </div>
  );
}
