import { cn } from '../../../lib/cn';
import { addDays, type Day } from '../../../lib/days';
import { formatDay, formatWeekday } from '../../../lib/format';
import { focusRing } from '../../../ui/button';

/** Seven days around the selected one, for quick day switching. */
export function WeekStrip({
  weekStart,
  anchor,
  today,
  counts,
  onSelect,
}: {
  weekStart: Day;
  anchor: Day;
  today: Day;
  counts: Map<Day, number>;
  onSelect: (day: Day) => void;
}) {
  const days = Array.from({ length: 7 }, (_, i) => addDays(weekStart, i));
  return (
    <nav aria-label="Days of this week" className="print:hidden">
      <ul className="grid grid-cols-7 gap-1">
        {days.map((day) => {
          const count = counts.get(day);
          return (
            <li key={day} className="min-w-0">
              <button
                type="button"
                onClick={() => onSelect(day)}
                aria-current={day === anchor ? 'date' : undefined}
                aria-label={`${formatDay(day)}${count === undefined ? '' : `, ${count} ${count === 1 ? 'session' : 'sessions'}`}`}
                className={cn(
                  'flex w-full flex-col items-center rounded-md py-1 text-xs',
                  day === anchor ? 'bg-indigo-600 text-white' : 'hover:bg-slate-200 dark:hover:bg-slate-800',
                  focusRing,
                )}
              >
                <span className="uppercase">{formatWeekday(day, 'narrow')}</span>
                <span
                  className={cn(
                    'text-base font-semibold tabular-nums',
                    day === today && day !== anchor && 'text-indigo-700 dark:text-indigo-300',
                  )}
                >
                  {Number(day.slice(8))}
                </span>
                <span className="tabular-nums opacity-80">{count === undefined ? '·' : count}</span>
              </button>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
