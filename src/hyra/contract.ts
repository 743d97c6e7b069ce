/**
 * Every choice about Hyra's API that is seen in use or assumed, in one place, so that one
 * edit fixes it when the truth is known. See README "The Hyra contract".
 */

/** Paths, relative to the API base. */
export const paths = {
  /** documented */
  sessions: (workspaceId: string) => `/activity/sessions/${encodeURIComponent(workspaceId)}`,
  /** documented */
  upcoming: (workspaceId: string) => `/activity/sessions/${encodeURIComponent(workspaceId)}/upcoming`,
  /** seen in use */
  change: (workspaceId: string, sessionId: string) =>
    `/activity/sessions/${encodeURIComponent(workspaceId)}/${encodeURIComponent(sessionId)}/change`,
  /** seen in use */
  createServer: (workspaceId: string, sessionId: string) =>
    `/activity/sessions/${encodeURIComponent(workspaceId)}/${encodeURIComponent(sessionId)}/server`,
  /** documented */
  deleteServer: (workspaceId: string, sessionId: string, serverId: string) =>
    `/activity/sessions/${encodeURIComponent(workspaceId)}/${encodeURIComponent(sessionId)}/server/${encodeURIComponent(serverId)}`,
};

/** Day mode's query parameter (seen in use): `day=2026-3-7`, month and day not zero-padded. */
export const DAY_PARAM = 'day';

/** Range mode's query parameter names (assumed: the reference names them but no copy spells them). */
export const RANGE_PARAMS = { start: 'start', end: 'end', user: 'user' } as const;

/** `2026-03-07` → `2026-3-7`, the form `day=` is known to accept. */
export function dayParam(day: string): string {
  const [year, month, date] = day.split('-');
  return `${Number(year)}-${Number(month)}-${Number(date)}`;
}

/** `2026-3-7` (or `2026-03-07`) → `2026-03-07`; undefined when it is not a date. */
export function parseDayParam(value: string): string | undefined {
  const match = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(value.trim());
  if (!match) return undefined;
  const [, year, month, date] = match;
  const day = `${year}-${month!.padStart(2, '0')}-${date!.padStart(2, '0')}`;
  const parsed = new Date(`${day}T00:00:00Z`);
  return Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== day ? undefined : day;
}

/**
 * Which calendar day `day=` means is not documented. The dashboard fetches this many
 * extra days on each side of what it shows, and places events by their `start` instant.
 */
export const MARGIN_DAYS = 1;

/** Documented limit is 100 a minute (one version says 150); the client keeps under this. */
export const CLIENT_RATE_LIMIT = { requests: 90, windowMs: 60_000 } as const;
/** Documented upstream limit, which the demo enforces. */
export const HYRA_RATE_LIMIT = { requests: 100, windowMs: 60_000 } as const;

/** Rate-limit headers (documented names). */
export const RATE_HEADERS = { limit: 'X-Ratelimit-Limit', reset: 'X-Ratelimit-Reset' } as const;

/**
 * `X-Ratelimit-Reset`'s unit is not documented (assumed): a small number is seconds from
 * now, a large one an epoch time in seconds, a very large one epoch milliseconds.
 * Returns the epoch milliseconds at which requests may resume.
 */
export function parseRateLimitReset(value: string | null, now: number): number | undefined {
  if (value === null || value.trim() === '') return undefined;
  const number = Number(value);
  if (!Number.isFinite(number) || number < 0) return undefined;
  if (number > 1e12) return number;
  if (number > 1e9) return number * 1000;
  return now + number * 1000;
}

/** `Retry-After` (standard): seconds, or an HTTP date. Returns epoch milliseconds. */
export function parseRetryAfter(value: string | null, now: number): number | undefined {
  if (value === null || value.trim() === '') return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds) && seconds >= 0) return now + seconds * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : date;
}

/** The body of `PATCH .../change` (seen in use). */
export type ChangeBody =
  | { prop: 'host' | 'cohost'; value: string; server_id?: string }
  | { prop: 'role'; server_id: string; group_id: string; role_id: string; value: string };

/**
 * Whether `*_quota_used` already counts claims for sessions later in the period (assumed:
 * yes, "claims made" counts a claim when it is made, and the demo does so). The quota pace
 * reads done = used − booked when true, and done = used when false.
 */
export const QUOTA_USED_INCLUDES_BOOKED = true;

/**
 * Whether `*_quota` is a hard limit (assumed: yes, the product calls it a "claim limit"
 * and the demo refuses a claim past it): at the limit the browser turns Take host / Take
 * co-host off with the reason, and the dashboard's server refuses the take too
 * (server/policy.js). Were it only advice, the browser would warn and the server let it pass.
 */
export const QUOTA_IS_HARD_LIMIT = true;

/**
 * With sign-in, whether `host_quota` / `cohost_quota` is each staff member's own limit
 * (assumed: yes). The key reports one set of `*_quota_used` counters, the key's own, so a
 * signed-in person's use is counted from the loaded sessions (their host and co-host slots
 * in the quota period) against that limit; the quota panel says so in its fine print.
 */
export const QUOTA_LIMIT_PER_PERSON = true;

/** Hyra's web app pages for actions with no public API endpoint (assumed paths). */
export const webAppPaths = {
  workspace: (workspaceId: string) => `/dashboard/${encodeURIComponent(workspaceId)}/sessions`,
  session: (workspaceId: string, sessionId: string) =>
    `/dashboard/${encodeURIComponent(workspaceId)}/sessions/${encodeURIComponent(sessionId)}`,
};

/** Hyra's names for the days of the week, in `Date.getDay()` order (0 = Sunday). */
export const WEEK_DAYS = [
  'sunday',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
] as const;
export type WeekDayName = (typeof WEEK_DAYS)[number];
