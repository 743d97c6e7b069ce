import type { Session } from '../../../hyra/schemas';

export type SessionStatus =
  | { kind: 'cancelled' }
  | { kind: 'live' }
  | { kind: 'upcoming'; inMs: number }
  | { kind: 'started'; agoMs: number }
  | { kind: 'ended' };

/**
 * Hyra sends no end time: a session is live when Hyra says it is in progress; after its
 * start it reads "started … ago" for the display length, then "ended".
 */
export function sessionStatus(session: Session, now: number, displayMinutes: number): SessionStatus {
  if (session.cancelled) return { kind: 'cancelled' };
  if (session.in_progress) return { kind: 'live' };
  const start = Date.parse(session.start);
  if (start > now) return { kind: 'upcoming', inMs: start - now };
  if (now - start < displayMinutes * 60_000) return { kind: 'started', agoMs: now - start };
  return { kind: 'ended' };
}
