import type { User } from './schemas';

/**
 * How sessions are shown to this viewer: their zones and clock, the time now, how long a
 * session without an end lasts on screen, and the people Hyra has named. Every feature's
 * context (a view's props, the detail, the actions, the export) extends this one.
 */
export interface DisplayContext {
  zone: string;
  /** A second zone shown beside the first. */
  zone2?: string;
  hour12: boolean;
  now: number;
  /** Hyra sends no end time: a session is shown (and exported) this many minutes long. */
  displayMinutes: number;
  /** Users by ID, from every response loaded. */
  directory: Map<string, User>;
  /** The viewer's Roblox user ID, when known: their slots are marked "You". */
  me?: string;
}
