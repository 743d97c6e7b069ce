import type { ReactNode } from 'react';
import { cn } from '../../../lib/cn';
import type { Day } from '../../../lib/days';
import { Button, focusRing } from '../../../ui/button';
import { CALENDAR_VIEWS, switcherView, VIEWS, type CalendarView } from '../model/views';

export function CalendarToolbar({
  view,
  title,
  anchor,
  onToday,
  onPrevious,
  onNext,
  onDate,
  onView,
  busy,
  status,
}: {
  view: CalendarView;
  title: string;
  anchor: Day;
  onToday: () => void;
  onPrevious: () => void;
  onNext: () => void;
  onDate: (day: Day) => void;
  onView: (view: CalendarView) => void;
  busy: boolean;
  /** How fresh the data is and a way to refresh it (live-status.tsx, loaded after the calendar). */
  status?: ReactNode;
}) {
  const { unit } = VIEWS[view];
  return (
    <div className="flex flex-wrap items-center gap-2 print:[&>*:not(h2)]:hidden">
      <Button onClick={onToday} aria-keyshortcuts="t">
        Today
      </Button>
      <div className="flex">
        <Button variant="ghost" onClick={onPrevious} aria-label={`Previous ${unit}`} aria-keyshortcuts="p k">
          ‹
        </Button>
        <Button variant="ghost" onClick={onNext} aria-label={`Next ${unit}`} aria-keyshortcuts="n j">
          ›
        </Button>
      </div>
      <h2
        className="order-first basis-full truncate text-lg font-semibold sm:order-none sm:min-w-0 sm:flex-1 sm:basis-auto"
        aria-live="polite"
      >
        {title}
        {busy && (
          <span className="ml-2 text-sm font-normal text-slate-500 dark:text-slate-400">Loading…</span>
        )}
      </h2>
      {status}
      <label className="flex items-center gap-1 text-sm">
        <span className="sr-only">Go to date</span>
        <input
          type="date"
          value={anchor}
          onChange={(event) => event.target.value && onDate(event.target.value)}
          className={cn(
            'rounded-md border border-slate-300 bg-white px-2 py-1.5 dark:border-slate-600 dark:bg-slate-800',
            focusRing,
          )}
        />
      </label>
      <div
        role="radiogroup"
        aria-label="View"
        className="flex rounded-md border border-slate-300 p-0.5 dark:border-slate-600"
      >
        {CALENDAR_VIEWS.map((option) => (
          <button
            key={option}
            type="button"
            role="radio"
            aria-checked={switcherView(view) === option}
            onClick={() => onView(option)}
            aria-keyshortcuts={VIEWS[option].shortcut}
            className={cn(
              'rounded px-2.5 py-1 text-sm',
              switcherView(view) === option
                ? 'bg-indigo-600 text-white'
                : 'hover:bg-slate-100 dark:hover:bg-slate-800',
              focusRing,
            )}
          >
            {VIEWS[option].label}
          </button>
        ))}
      </div>
    </div>
  );
}
