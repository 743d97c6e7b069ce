import type { DisplayContext } from '../../../hyra/display-context';
import type { Session } from '../../../hyra/schemas';
import { holderName, mySlotsText, selectHost, selectSlotCounts } from '../../../hyra/selectors';
import { formatDay, formatRelative, formatTime, zoneAbbreviation } from '../../../lib/format';
import { dayInZone } from '../../../lib/days';
import { isolate } from '../../../lib/bidi';
import { sessionStatus, type SessionStatus } from './session-status';

export function statusText(status: SessionStatus): string {
  switch (status.kind) {
    case 'cancelled':
      return 'Cancelled';
    case 'live':
      return 'Live';
    case 'upcoming':
      return `Starts ${formatRelative(status.inMs)}`;
    case 'started':
      return `Started ${formatRelative(-status.agoMs)}`;
    case 'ended':
      return 'Ended';
  }
}

/** The start time, with the second zone beside it when one is chosen: "14:00 (08:00 EST)". */
export function timeText(
  session: Session,
  context: Pick<DisplayContext, 'zone' | 'zone2' | 'hour12'>,
): string {
  const main = formatTime(session.start, context.zone, context.hour12);
  if (!context.zone2 || context.zone2 === context.zone) return main;
  const instant = Date.parse(session.start);
  return `${main} (${formatTime(instant, context.zone2, context.hour12)} ${zoneAbbreviation(instant, context.zone2)})`;
}

/**
 * What a screen reader hears for a session: name, date, time, state, host and open slots.
 * The names are isolated: a right-to-left or hostile one cannot reorder the words around it.
 */
export function sessionLabel(session: Session, context: DisplayContext): string {
  const status = sessionStatus(session, context.now, context.displayMinutes);
  const host = selectHost(session);
  const slots = selectSlotCounts(session);
  const parts = [
    isolate(session.schedule.name),
    formatDay(dayInZone(session.start, context.zone)),
    timeText(session, context),
    statusText(status),
    host ? `host ${isolate(holderName(host, context.directory).primary)}` : 'needs a host',
    `${slots.open} of ${slots.total} slots open`,
  ];
  if (session.adhoc) parts.push('ad-hoc');
  const mine = mySlotsText(session, context.me);
  if (mine) parts.push(`you: ${mine}`);
  return parts.join(', ');
}
