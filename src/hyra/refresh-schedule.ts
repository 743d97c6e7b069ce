import type { Day } from '../lib/days';

const DAY_MS = 86_400_000;
import type { Session } from './schemas';

/**
 * How often the calendar refreshes a cached day by itself (see docs/FEATURES.md, "Live").
 * Pure: the hooks in use-live-refresh.ts feed it a query's state and the rate limiter's,
 * and hand the answer to TanStack Query as `refetchInterval` (which never runs while the
 * tab is hidden: `refetchIntervalInBackground` stays off).
 */
export const REFRESH = {
  /** A day with a session starting within the hour or in progress. */
  liveMs: 30_000,
  /** The day of the session open in the detail, when it is not live. */
  openMs: 60_000,
  /** Any other day from yesterday on: a slow pace, spread so days do not all go at once. */
  slowMs: 5 * 60_000,
  slowSpreadMs: 60_000,
  /** How far ahead a start makes its day live. */
  soonMs: 60 * 60_000,
  /** After its start, a session Hyra does not (yet) mark in progress still counts as running this long. */
  graceMs: 30 * 60_000,
  /** The longest wait after refreshes that failed. */
  maxBackoffMs: 15 * 60_000,
  /** Requests left for browsing: below this many, timed refreshes wait for the slow pace. */
  reserve: 30,
} as const;

export type DayPace = 'live' | 'open' | 'slow' | 'past';

type Timed = Pick<Session, 'start' | 'in_progress' | 'cancelled'>;

/** A session starting within the hour, or running. */
export function isLive(session: Timed, now: number): boolean {
  if (session.cancelled) return false;
  if (session.in_progress) return true;
  const start = Date.parse(session.start);
  return start <= now + REFRESH.soonMs && start > now - REFRESH.graceMs;
}

/** Which pace a cached day (Hyra's `day=`, a UTC date) refreshes at. */
export function dayPace(
  day: Day,
  sessions: readonly Timed[] | undefined,
  now: number,
  open = false,
): DayPace {
  if (sessions?.some((session) => isLive(session, now))) return 'live';
  // Ended more than a day ago (a `day=` page may hold sessions of the next UTC day).
  if (Date.parse(`${day}T00:00:00Z`) + 2 * DAY_MS <= now) return 'past';
  return open ? 'open' : 'slow';
}

export interface RefreshInput {
  day: Day;
  sessions: readonly Timed[] | undefined;
  now: number;
  /** The day holds the session open in the detail. */
  open?: boolean;
  /** Refreshes of this day that failed in a row (a 429 counts). */
  failures: number;
  /** Milliseconds before the rate limiter lets the next request go (a Retry-After pause included). */
  waitMs: number;
  /** Requests that may start now without waiting (0 while held back). */
  headroom: number;
}

/** A stable 0..spread offset per day, so the slow days of a month spread over a minute. */
function spread(day: Day): number {
  let hash = 0;
  for (const char of day) hash = (hash * 31 + char.charCodeAt(0)) % 997;
  return Math.round((hash / 997) * REFRESH.slowSpreadMs);
}

/** Milliseconds until this day refreshes by itself, or false for never (past days). */
export function refreshInterval(input: RefreshInput): number | false {
  const pace = dayPace(input.day, input.sessions, input.now, input.open);
  if (pace === 'past') return false;
  let ms =
    pace === 'live' ? REFRESH.liveMs : pace === 'open' ? REFRESH.openMs : REFRESH.slowMs + spread(input.day);
  if (input.failures > 0) ms = Math.min(REFRESH.maxBackoffMs, ms * 2 ** Math.min(input.failures, 5));
  // Held back (a Retry-After pause, or the window full): wait until it lifts, no longer.
  if (input.waitMs > 0) return Math.max(ms, input.waitMs + 1_000);
  if (input.headroom < REFRESH.reserve) ms = Math.max(ms, REFRESH.slowMs);
  return ms;
}
