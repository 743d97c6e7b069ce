import { memo, useId, useMemo, useState } from 'react';
import { useApi } from '../../../hyra/api-context';
import { useSessionsRange } from '../../../hyra/use-sessions';
import { dayInZone } from '../../../lib/days';
import { formatDay, formatTime } from '../../../lib/format';
import { cn } from '../../../lib/cn';
import { focusRing } from '../../../ui/button';
import { ATTENTION_HOURS, ATTENTION_WORDS, canAssign, selectNeedsAttention } from '../model/attention';
import { isolate } from '../../../lib/bidi';

const WINDOWS = [24, 48, 72, 168] as const;
/** Listed before "N more": the panel sits beside the calendar. */
const LIMIT = 8;

/**
 * For people who assign: the sessions of the next hours that still lack a host, a co-host,
 * role holders or a server, soonest first. Each opens the session, where the assign actions
 * are. It reads the same per-day queries as the calendar and the quota.
 */
// Memoised: it stays put while the calendar moves from period to period.
export const AttentionPanel = memo(function AttentionPanel({
  zone,
  now,
  hour12,
  onOpen,
  initialHours = ATTENTION_HOURS,
}: {
  zone: string;
  now: number;
  hour12: boolean;
  onOpen: (sessionId: string) => void;
  initialHours?: number;
}) {
  const api = useApi();
  const titleId = useId();
  const [hours, setHours] = useState(initialHours);
  const [showAll, setShowAll] = useState(false);
  // On a phone the panel comes before the calendar: folded to one line until opened.
  const [folded, setFolded] = useState(() => window.matchMedia?.('(max-width: 1023px)').matches ?? false);
  const first = dayInZone(now, zone);
  const last = dayInZone(now + hours * 3_600_000, zone);
  const state = useSessionsRange(api, first, last);
  const { permissions, sessions } = state.merged;
  const items = useMemo(() => selectNeedsAttention(sessions, { now, hours }), [sessions, now, hours]);
  if (!canAssign(permissions)) return null;
  const shown = showAll ? items : items.slice(0, LIMIT);

  return (
    <section
      aria-labelledby={titleId}
      className="space-y-2 rounded-lg border border-slate-200 bg-white p-3 text-sm dark:border-slate-800 dark:bg-slate-900 print:hidden"
    >
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h3 id={titleId} className="font-semibold">
          Needs attention
        </h3>
        <label className="flex items-center gap-1 text-xs text-slate-600 dark:text-slate-300">
          Next
          <select
            value={hours}
            onChange={(event) => setHours(Number(event.target.value))}
            className={cn(
              'rounded border border-slate-300 bg-white px-1 py-0.5 dark:border-slate-600 dark:bg-slate-800',
              focusRing,
            )}
          >
            {WINDOWS.map((value) => (
              <option key={value} value={value}>
                {value === 168 ? '7 days' : `${value} hours`}
              </option>
            ))}
          </select>
        </label>
      </div>
      {folded ? (
        <button
          type="button"
          aria-expanded={false}
          onClick={() => setFolded(false)}
          className={cn('min-h-6 rounded text-indigo-700 underline dark:text-indigo-300', focusRing)}
        >
          {items.length === 0
            ? 'Nothing in this window'
            : `Show ${items.length} ${items.length === 1 ? 'session' : 'sessions'}`}
        </button>
      ) : state.isPending ? (
        <p role="status">Loading…</p>
      ) : items.length === 0 ? (
        <p className="text-slate-600 dark:text-slate-300">Every session in this window has its people.</p>
      ) : (
        <ul className="space-y-1">
          {shown.map(({ session, reasons }) => {
            const when = `${formatDay(dayInZone(session.start, zone), 'short')} ${formatTime(session.start, zone, hour12)}`;
            const words = reasons.map((reason) => ATTENTION_WORDS[reason]).join(', ');
            return (
              <li key={session._id}>
                <button
                  type="button"
                  onClick={() => onOpen(session._id)}
                  aria-label={`${isolate(session.schedule.name)}, ${when}: ${words}. Open to assign`}
                  className={cn(
                    'flex w-full min-w-0 flex-col rounded border-l-4 border-amber-500 px-2 py-1 text-left hover:bg-slate-50 dark:hover:bg-slate-800',
                    focusRing,
                  )}
                >
                  <span className="flex min-w-0 gap-2">
                    <span className="shrink-0 tabular-nums">{when}</span>
                    <bdi className="truncate font-medium">{session.schedule.name}</bdi>
                  </span>
                  <span className="text-xs text-amber-800 dark:text-amber-300">{words}</span>
                </button>
              </li>
            );
          })}
        </ul>
      )}
      {!folded && items.length > LIMIT && (
        <button
          type="button"
          onClick={() => setShowAll(!showAll)}
          className={cn('min-h-6 rounded text-indigo-700 underline dark:text-indigo-300', focusRing)}
        >
          {showAll ? 'Show fewer' : `Show ${items.length - LIMIT} more`}
        </button>
      )}
    </section>
  );
});
