import type { DisplayContext } from '../../../hyra/display-context';
import type { Session } from '../../../hyra/schemas';
import { holderName, mySlotsText, selectCoHost, selectHost } from '../../../hyra/selectors';
import { isolate } from '../../../lib/bidi';

/** Hyra sends no end time: events last `displayMinutes`, and their description says so. */
export interface ExportContext extends Pick<DisplayContext, 'displayMinutes' | 'directory' | 'me'> {
  /** A link back to the session, shown in the event. */
  linkFor?: (session: Session) => string | undefined;
}

/** Stable across exports, so a calendar app updates an event instead of doubling it. */
export function eventUid(session: Session): string {
  return `${session._id}@hyra-sessions-dashboard`;
}

export function describeForCalendar(session: Session, context: ExportContext): string {
  const host = selectHost(session);
  const coHost = selectCoHost(session);
  const lines = [
    `Host: ${host ? isolate(holderName(host, context.directory).primary) : 'needs a host'}`,
    ...(session.schedule.disable_cohost
      ? []
      : [`Co-host: ${coHost ? isolate(holderName(coHost, context.directory).primary) : 'open'}`]),
    `Hyra gives a start time only: the ${context.displayMinutes}-minute length of this event is the dashboard's display length, not a real end time.`,
  ];
  const mine = mySlotsText(session, context.me);
  if (mine) lines.unshift(`Your slot: ${mine}`);
  if (session.cancelled) lines.unshift('This session is cancelled.');
  return lines.join('\n');
}

/** The event's title: the session's name, with the viewer's slot when they hold one. */
export function eventTitle(session: Session, context: ExportContext): string {
  const mine = mySlotsText(session, context.me);
  const name = mine ? `${isolate(session.schedule.name)} (${mine})` : session.schedule.name;
  return session.cancelled ? `Cancelled: ${mine ? name : isolate(name)}` : name;
}

function googleTime(ms: number): string {
  return new Date(ms)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

/** A Google Calendar "add event" link for one session. */
export function googleCalendarUrl(session: Session, context: ExportContext): string {
  const start = Date.parse(session.start);
  const params = new URLSearchParams({
    action: 'TEMPLATE',
    text: eventTitle(session, context),
    dates: `${googleTime(start)}/${googleTime(start + context.displayMinutes * 60_000)}`,
    details: describeForCalendar(session, context),
  });
  return `https://calendar.google.com/calendar/render?${params.toString()}`;
}
