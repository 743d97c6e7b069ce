import type { DisplayContext } from '../../../hyra/display-context';
import { holderName, mySlotsText, selectCoHost, selectHost, selectSlotCounts } from '../../../hyra/selectors';
import type { Session } from '../../../hyra/schemas';
import { typeColor } from '../../../lib/colors';
import { cn } from '../../../lib/cn';
import { focusRing } from '../../../ui/button';
import { sessionLabel, statusText, timeText } from '../model/describe';
import { sessionStatus } from '../model/session-status';
import { SessionBadges } from './session-badges';
import { YouMark } from './you-mark';

/** A session as a full row (agenda, day lists): everything at a glance, opens the detail. */
export function SessionItem({
  session,
  context,
  onOpen,
}: {
  session: Session;
  context: DisplayContext;
  onOpen: (id: string) => void;
}) {
  const status = sessionStatus(session, context.now, context.displayMinutes);
  const host = selectHost(session);
  const coHost = selectCoHost(session);
  const slots = selectSlotCounts(session);
  const color = typeColor(session.schedule._id ?? session.schedule.name);
  const mine = mySlotsText(session, context.me);
  return (
    <button
      type="button"
      onClick={() => onOpen(session._id)}
      aria-label={sessionLabel(session, context)}
      data-session-id={session._id}
      className={cn(
        'flex w-full min-w-0 flex-col gap-1 rounded-md border-l-4 p-2.5 text-left shadow-sm hover:bg-slate-50 sm:flex-row sm:items-center sm:gap-3 dark:hover:bg-slate-800 print:break-inside-avoid print:flex-row print:py-1 print:shadow-none',
        color.border,
        session.cancelled ? 'border-dashed bg-slate-100 dark:bg-slate-900/60' : 'bg-white dark:bg-slate-900',
        focusRing,
      )}
    >
      <span className="w-auto shrink-0 font-semibold tabular-nums sm:w-40">{timeText(session, context)}</span>
      <span className="flex min-w-0 flex-1 flex-col">
        <span className="flex min-w-0 flex-wrap items-center gap-1.5">
          <span
            className={cn('min-w-0 truncate font-semibold', session.cancelled && 'line-through')}
            title={session.schedule.name}
          >
            {session.schedule.name}
          </span>
          <SessionBadges session={session} />
        </span>
        {mine && (
          <span className="flex min-w-0 items-center gap-1.5 text-sm font-medium text-indigo-800 dark:text-indigo-200">
            <YouMark />
            <span className="truncate">{mine}</span>
          </span>
        )}
        <span className="truncate text-sm text-slate-600 dark:text-slate-300">
          {host ? (
            <>
              Host <bdi>{holderName(host, context.directory).primary}</bdi>
            </>
          ) : (
            <strong className="text-amber-800 dark:text-amber-300">Needs a host</strong>
          )}
          {!session.schedule.disable_cohost &&
            (coHost ? (
              <>
                {' · Co-host '}
                <bdi>{holderName(coHost, context.directory).primary}</bdi>
              </>
            ) : (
              ' · No co-host'
            ))}
        </span>
      </span>
      <span className="flex shrink-0 gap-3 text-sm text-slate-600 sm:flex-col sm:items-end sm:gap-0 dark:text-slate-300">
        <span>{statusText(status)}</span>
        <span className="tabular-nums">
          {slots.open === 0 ? 'Full' : `${slots.open} of ${slots.total} open`}
        </span>
      </span>
    </button>
  );
}
