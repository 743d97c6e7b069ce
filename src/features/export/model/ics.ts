import { createEvents, type DateArray, type EventAttributes } from 'ics';
import type { Session } from '../../../hyra/schemas';
import { describeForCalendar, eventTitle, eventUid, type ExportContext } from './calendar-text';

function utcParts(ms: number): DateArray {
  const date = new Date(ms);
  return [
    date.getUTCFullYear(),
    date.getUTCMonth() + 1,
    date.getUTCDate(),
    date.getUTCHours(),
    date.getUTCMinutes(),
  ];
}

export function toCalendarEvent(session: Session, context: ExportContext): EventAttributes {
  const start = Date.parse(session.start);
  const url = context.linkFor?.(session);
  return {
    uid: eventUid(session),
    title: eventTitle(session, context),
    description: describeForCalendar(session, context),
    start: utcParts(start),
    startInputType: 'utc',
    startOutputType: 'utc',
    end: utcParts(start + context.displayMinutes * 60_000),
    endInputType: 'utc',
    endOutputType: 'utc',
    status: session.cancelled ? 'CANCELLED' : 'CONFIRMED',
    productId: 'hyra-sessions-dashboard',
    ...(url ? { url } : {}),
  };
}

const encoder = new TextEncoder();

/**
 * Folds content lines at 75 octets (RFC 5545 3.1). The library escapes text but folds at
 * 75 characters, which is too long for names in non-Latin scripts; this unfolds and
 * folds again by UTF-8 octets, never inside a character.
 */
export function foldLines(text: string): string {
  const lines = text.replace(/\r\n[ \t]/g, '').split('\r\n');
  return lines
    .map((line) => {
      const parts: string[] = [];
      let current = '';
      let octets = 0;
      for (const char of line) {
        const size = encoder.encode(char).length;
        const limit = parts.length === 0 ? 75 : 74;
        if (octets + size > limit) {
          parts.push(current);
          current = '';
          octets = 0;
        }
        current += char;
        octets += size;
      }
      parts.push(current);
      return parts.join('\r\n ');
    })
    .join('\r\n');
}

/** An RFC 5545 calendar of the sessions (escaped by the library, folded by octets here). */
export function sessionsToIcs(sessions: Session[], context: ExportContext): string {
  const { error, value } = createEvents(sessions.map((session) => toCalendarEvent(session, context)));
  if (error || !value) throw error ?? new Error('The calendar file could not be made.');
  return foldLines(value);
}
