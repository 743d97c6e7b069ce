import { typeColor } from '../../../lib/colors';
import { cn } from '../../../lib/cn';
import { formatDay, formatTime, formatWeekday } from '../../../lib/format';
import { focusRing } from '../../../ui/button';
import { sessionLabel } from '../model/describe';
import type { ViewProps } from './view-props';
import type { Session } from '../../../hyra/schemas';
import { holdsAnySlot } from '../../../hyra/selectors';
import { YouMark } from './you-mark';

const CANCELLED_CHIP = 'bg-slate-100 text-slate-700 line-through dark:bg-slate-800 dark:text-slate-200';

/** How many sessions a month cell lists before "+N more". */
export const MONTH_CELL_LIMIT = 3;

function MonthChip({ session, ...props }: ViewProps & { session: Session }) {
  const { zone, hour12, onOpen, me } = props;
  const mine = me !== undefined && holdsAnySlot(session, me);
  const label = sessionLabel(session, props);
  return (
    <li>
      <button
        type="button"
        onClick={() => onOpen(session._id)}
        aria-label={label}
        title={label}
        data-session-id={session._id}
        // Plain strings, not cn(): this renders for every chip of a month, and nothing here conflicts.
        className={`flex w-full min-w-0 items-center gap-1 truncate rounded px-1 text-left text-xs leading-6 ${
          session.cancelled ? CANCELLED_CHIP : typeColor(session.schedule._id ?? session.schedule.name).block
        } ${focusRing}`}
      >
        {mine && <YouMark className="px-0.5" />}
        <span className="hidden shrink-0 tabular-nums sm:inline">
          {formatTime(session.start, zone, hour12)}
        </span>
        <span className="truncate">{session.schedule.name}</span>
      </button>
    </li>
  );
}

export function MonthView(props: ViewProps) {
  const { days, byDay, loadingDays, anchor, today, onSelectDay } = props;
  const month = anchor.slice(0, 7);
  const weeks: string[][] = [];
  for (let i = 0; i < days.length; i += 7) weeks.push(days.slice(i, i + 7));

  return (
    <div
      role="grid"
      aria-label="Month"
      className="overflow-hidden rounded-lg border border-slate-200 bg-white dark:border-slate-800 dark:bg-slate-900"
    >
      <div role="row" className="grid grid-cols-7 border-b border-slate-200 dark:border-slate-800">
        {weeks[0]?.map((day) => (
          <div
            key={day}
            role="columnheader"
            className="p-1 text-center text-xs font-semibold text-slate-600 uppercase dark:text-slate-300"
          >
            <abbr title={formatWeekday(day, 'long')} className="no-underline">
              {formatWeekday(day, 'short')}
            </abbr>
          </div>
        ))}
      </div>
      {weeks.map((week) => (
        <div
          role="row"
          key={week[0]}
          className="grid grid-cols-7 border-b border-slate-200 last:border-b-0 dark:border-slate-800"
        >
          {week.map((day) => {
            const sessions = byDay.get(day) ?? [];
            const hidden = sessions.length - MONTH_CELL_LIMIT;
            const inMonth = day.startsWith(month);
            return (
              <div
                role="gridcell"
                key={day}
                aria-selected={day === anchor}
                tabIndex={day === anchor ? 0 : -1}
                aria-label={`${formatDay(day)}, ${sessions.length === 0 ? 'no sessions' : `${sessions.length} ${sessions.length === 1 ? 'session' : 'sessions'}`}`}
                data-day={day}
                className={cn(
                  'min-h-24 min-w-0 border-r border-slate-200 p-1 last:border-r-0 sm:min-h-28 dark:border-slate-800',
                  focusRing,
                  !inMonth && 'bg-slate-50 text-slate-500 dark:bg-slate-950/60 dark:text-slate-400',
                  day === anchor && 'ring-2 ring-indigo-500 ring-inset',
                )}
              >
                <button
                  type="button"
                  onClick={() => onSelectDay(day, 'day')}
                  aria-label={`Show ${formatDay(day)}`}
                  className={cn(
                    'mb-0.5 inline-flex h-6 min-w-6 items-center justify-center rounded-full px-1 text-xs font-semibold tabular-nums',
                    day === today
                      ? 'bg-indigo-600 text-white hover:bg-indigo-700'
                      : 'hover:bg-slate-200 dark:hover:bg-slate-700',
                    focusRing,
                  )}
                >
                  {Number(day.slice(8))}
                </button>
                {loadingDays.has(day) && sessions.length === 0 ? (
                  <div
                    aria-hidden="true"
                    className="h-4 animate-pulse rounded bg-slate-200 dark:bg-slate-800"
                  />
                ) : (
                  <ul className="space-y-0.5">
                    {sessions.slice(0, MONTH_CELL_LIMIT).map((session) => (
                      <MonthChip key={session._id} session={session} {...props} />
                    ))}
                    {hidden > 0 && (
                      <li>
                        <button
                          type="button"
                          onClick={() => onSelectDay(day, 'day')}
                          className={cn(
                            'w-full rounded px-1 text-left text-xs leading-6 font-medium text-slate-700 hover:bg-slate-100 dark:text-slate-200 dark:hover:bg-slate-800',
                            focusRing,
                          )}
                          aria-label={`${hidden} more sessions on ${formatDay(day)}`}
                        >
                          +{hidden} more
                        </button>
                      </li>
                    )}
                  </ul>
                )}
              </div>
            );
          })}
        </div>
      ))}
    </div>
  );
}
