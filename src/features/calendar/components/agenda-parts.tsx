import type { Day } from '../../../lib/days';
import { cn } from '../../../lib/cn';
import { formatDay } from '../../../lib/format';
import { Button } from '../../../ui/button';
import { Skeleton } from '../../../ui/skeleton';

/** Parts of the agenda drawn the same in the full list and the virtual one. */
export function AgendaHeading({
  day,
  anchor,
  today,
  className,
}: {
  day: Day;
  anchor: Day;
  today: Day;
  className?: string;
}) {
  return (
    <h3
      id={`agenda-${day}`}
      className={cn(
        'sticky top-0 z-10 mb-2 bg-slate-50/95 py-1 text-sm font-semibold dark:bg-slate-950/95',
        day === anchor && 'text-indigo-700 dark:text-indigo-300',
        className,
      )}
    >
      {formatDay(day)}
      {day === today && <span className="ml-2 rounded bg-indigo-600 px-1.5 text-xs text-white">Today</span>}
    </h3>
  );
}

export function EndedFold({ count, onShow }: { count: number; onShow: () => void }) {
  return (
    <Button variant="ghost" size="sm" className="mb-2 print:hidden" onClick={onShow}>
      Show {count} {count === 1 ? 'session' : 'sessions'} already over today
    </Button>
  );
}

export function DayLoading({ day }: { day: Day }) {
  return (
    <div className="space-y-2" role="status" aria-label={`Loading ${formatDay(day)}`}>
      <Skeleton className="h-14" />
      <Skeleton className="h-14" />
    </div>
  );
}

export function NoSessions() {
  return (
    <p className="rounded-md border border-dashed border-slate-300 p-3 text-sm text-slate-500 dark:border-slate-700 dark:text-slate-400">
      No sessions this day.
    </p>
  );
}
