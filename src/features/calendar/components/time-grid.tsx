import { useEffect, useMemo, useRef, type ComponentProps } from 'react';
import { typeColor } from '../../../lib/colors';
import { cn } from '../../../lib/cn';
import { formatDay, formatTime, formatWeekday } from '../../../lib/format';
import { focusRing } from '../../../ui/button';
import { holderName, holdsAnySlot, selectHost } from '../../../hyra/selectors';
import { YouMark } from './you-mark';
import { sessionLabel } from '../model/describe';
import { gridMinutes, hourRows, rowLabel, zoneLabelOfDay, type HourRow } from '../model/hour-rows';
import { foldCrowded, layoutDay, type FoldedSessions } from '../model/layout';
import { deferred } from '../../../ui/deferred';
import type { FoldedSessionsButton as FoldedSessionsButtonComponent } from './folded-sessions';

// Only crowded hours fold sessions away: their button loads when a grid first needs one.
const FoldedSessionsButton = deferred<ComponentProps<typeof FoldedSessionsButtonComponent>>(() =>
  import('./folded-sessions').then((module) => module.FoldedSessionsButton),
);
import type { ViewProps } from './view-props';

const HOUR_PX = 48;

/** Where a block (or a "+N more") sits in its day's column. */
const blockStyle = ({ top, height, column, columns }: Omit<FoldedSessions, 'sessions'>) => ({
  top: (top / 60) * HOUR_PX,
  height: Math.max(18, (height / 60) * HOUR_PX - 2),
  left: `calc(${(column / columns) * 100}% + 1px)`,
  width: `calc(${100 / columns}% - 2px)`,
});

/** The day and week views: sessions on a 24-hour grid, blocks as tall as the display length. */
export function TimeGrid(props: ViewProps) {
  const {
    days,
    byDay,
    loadingDays,
    anchor,
    today,
    zone,
    zone2,
    hour12,
    now,
    displayMinutes,
    onOpen,
    onSelectDay,
  } = props;
  const scroller = useRef<HTMLDivElement>(null);
  // 24 rows, or 25 when a day shown lives an hour twice (the clocks going back).
  const rows = useMemo(() => hourRows(days, zone), [days, zone]);

  // Open on what matters: the current hour when today is shown, else the first session.
  const showsToday = days.includes(today);
  const firstHour = showsToday
    ? Math.floor(gridMinutes(now, zone, rows) / 60)
    : Math.min(
        8,
        ...days.flatMap((day) =>
          (byDay.get(day) ?? []).map((s) => Math.floor(gridMinutes(Date.parse(s.start), zone, rows) / 60)),
        ),
      );
  useEffect(() => {
    if (scroller.current) scroller.current.scrollTop = Math.max(0, firstHour - 1) * HOUR_PX;
    // Only when the period changes, not every time the clock ticks.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [days]);

  const second = zone2 && zone2 !== zone ? zone2 : undefined;
  const gutters = second ? 2 : 1;
  // The gutters read for the selected day (or the first shown) and, for an hour it lacks,
  // for a day that has it. Each day's own zone names go in its header when they differ.
  const labelDays = days.includes(anchor) ? [anchor, ...days] : days;
  const twiceHours = new Set(rows.filter((row) => row.repeat).map((row) => row.hour));
  const hourLabel = (row: HourRow, labelZone: string) =>
    labelZone === zone && !twiceHours.has(row.hour)
      ? formatTime(Date.UTC(2000, 0, 1, row.hour), 'UTC', hour12)
      : labelDays
          .map((day) => rowLabel(row, day, zone, labelZone, hour12, twiceHours.has(row.hour)))
          .find(Boolean);
  const zoneLabels = (labelZone: string) => days.map((day) => zoneLabelOfDay(day, labelZone));
  const perDay = [zone, ...(second ? [second] : [])].some((z) => new Set(zoneLabels(z)).size > 1);
  const gutterLabel = (labelZone: string) =>
    perDay ? labelZone.split('/').pop()!.replaceAll('_', ' ') : zoneLabelOfDay(labelDays[0]!, labelZone);

  return (
    <div className="overflow-hidden rounded-lg border border-slate-200 bg-white dark:border-slate-800 dark:bg-slate-900">
      <p className="border-b border-slate-200 px-2 py-1 text-xs text-slate-600 dark:border-slate-800 dark:text-slate-300">
        Blocks show a {displayMinutes}-minute display length: Hyra sends start times only, no end times.
      </p>
      <div
        className="grid border-b border-slate-200 dark:border-slate-800"
        style={{ gridTemplateColumns: `repeat(${gutters}, 3.5rem) repeat(${days.length}, minmax(0, 1fr))` }}
      >
        <div className="p-1 text-center text-[10px] text-slate-500 dark:text-slate-400">
          {gutterLabel(zone)}
        </div>
        {second && (
          <div className="p-1 text-center text-[10px] text-slate-500 dark:text-slate-400">
            {gutterLabel(second)}
          </div>
        )}
        {days.map((day) => (
          <button
            type="button"
            key={day}
            onClick={() => onSelectDay(day, 'day')}
            aria-label={`Show ${formatDay(day)}`}
            aria-current={day === today ? 'date' : undefined}
            className={cn(
              'min-w-0 p-1 text-center text-xs hover:bg-slate-100 dark:hover:bg-slate-800',
              day === anchor && 'bg-indigo-50 dark:bg-indigo-950/50',
              focusRing,
            )}
          >
            <span className="block font-semibold uppercase">
              {formatWeekday(day, days.length > 1 ? 'short' : 'long')}
            </span>
            <span
              className={cn(
                'inline-block min-w-6 rounded-full tabular-nums',
                day === today && 'bg-indigo-600 text-white',
              )}
            >
              {Number(day.slice(8))}
            </span>
            {perDay && (
              <span className="block truncate text-[10px] text-slate-500 dark:text-slate-400">
                {[zone, ...(second ? [second] : [])].map((z) => zoneLabelOfDay(day, z)).join(' · ')}
              </span>
            )}
          </button>
        ))}
      </div>
      <div
        ref={scroller}
        className="max-h-[65vh] overflow-y-auto print:max-h-none print:overflow-visible"
        tabIndex={-1}
      >
        <div
          className="relative grid"
          style={{
            gridTemplateColumns: `repeat(${gutters}, 3.5rem) repeat(${days.length}, minmax(0, 1fr))`,
            height: rows.length * HOUR_PX,
          }}
        >
          {[zone, ...(second ? [second] : [])].map((labelZone) => (
            <div
              key={labelZone}
              aria-hidden="true"
              className="relative border-r border-slate-200 dark:border-slate-800"
            >
              {rows.map((row, index) => (
                <span
                  key={`${row.hour}${row.repeat ? 'b' : ''}`}
                  className="absolute right-1 -translate-y-1/2 text-right text-[10px] leading-none text-slate-500 tabular-nums dark:text-slate-400"
                  style={{ top: index * HOUR_PX }}
                >
                  {index === 0 ? '' : hourLabel(row, labelZone)}
                </span>
              ))}
            </div>
          ))}
          {days.map((day) => {
            const sessions = byDay.get(day) ?? [];
            const { shown: placed, folded } = foldCrowded(layoutDay(sessions, zone, displayMinutes, rows));
            const nowTop = day === today ? (gridMinutes(now, zone, rows) / 60) * HOUR_PX : undefined;
            return (
              <section
                key={day}
                aria-label={`${formatDay(day)}: ${sessions.length === 0 ? 'no sessions' : `${sessions.length} ${sessions.length === 1 ? 'session' : 'sessions'}`}`}
                data-day={day}
                className="relative min-w-0 border-r border-slate-100 last:border-r-0 dark:border-slate-800"
                style={{
                  backgroundImage: `repeating-linear-gradient(to bottom, transparent 0, transparent ${HOUR_PX - 1}px, rgb(148 163 184 / 0.25) ${HOUR_PX - 1}px, rgb(148 163 184 / 0.25) ${HOUR_PX}px)`,
                }}
              >
                {loadingDays.has(day) && sessions.length === 0 && (
                  <div
                    role="status"
                    aria-label={`Loading ${formatDay(day)}`}
                    className="absolute inset-x-1 top-2 h-6 animate-pulse rounded bg-slate-200 dark:bg-slate-800"
                  />
                )}
                {nowTop !== undefined && (
                  <div
                    aria-hidden="true"
                    className="absolute inset-x-0 z-20 border-t-2 border-rose-500"
                    style={{ top: nowTop }}
                  />
                )}
                {placed.map(({ session, top, height, column, columns }) => {
                  const host = selectHost(session);
                  const label = sessionLabel(session, props);
                  return (
                    <button
                      type="button"
                      key={session._id}
                      onClick={() => onOpen(session._id)}
                      aria-label={label}
                      title={label}
                      data-session-id={session._id}
                      className={cn(
                        'absolute z-10 overflow-hidden rounded border-l-4 px-1 text-left text-xs leading-tight shadow-sm',
                        typeColor(session.schedule._id ?? session.schedule.name).border,
                        session.cancelled
                          ? 'border-dashed bg-slate-100 text-slate-700 line-through dark:bg-slate-800 dark:text-slate-200'
                          : typeColor(session.schedule._id ?? session.schedule.name).block,
                        focusRing,
                      )}
                      style={blockStyle({ top, height, column, columns })}
                    >
                      <span className="block truncate font-semibold">{session.schedule.name}</span>
                      <span className="block truncate tabular-nums">
                        {props.me !== undefined && holdsAnySlot(session, props.me) && (
                          <YouMark className="mr-1" />
                        )}
                        {formatTime(session.start, zone, hour12)}
                        {session.in_progress && !session.cancelled ? ' · Live' : ''}
                      </span>
                      {height >= 45 && (
                        <span className="block truncate">
                          {host ? holderName(host, props.directory).primary : 'Needs a host'}
                        </span>
                      )}
                    </button>
                  );
                })}
                {folded.map((fold) => (
                  <FoldedSessionsButton
                    key={fold.top}
                    folded={fold}
                    day={day}
                    style={blockStyle(fold)}
                    context={props}
                  />
                ))}
              </section>
            );
          })}
        </div>
      </div>
    </div>
  );
}
