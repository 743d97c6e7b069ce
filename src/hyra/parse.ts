/**
 * Reading Hyra's responses at run time, without zod. The zod schemas in schemas.ts are
 * the specification (and the source of the types); these hand-written readers return what
 * those schemas return, and the tests hold them to it (test/hyra/parse.test.ts and
 * fast-parse.test.ts). Keeping zod out of this path keeps it out of the first download and
 * makes parsing thousands of sessions about five times cheaper.
 */
import { parseSessionFast, whySessionRejected } from './fast-parse';
import { WEEK_DAYS, type WeekDayName } from './contract';
import type { Permissions, Session } from './schemas';
import { HyraParseError } from './parse-error';

export { HyraParseError };

export interface DroppedSession {
  /** Position in the response's `events` array. */
  index: number;
  id?: string;
  problem: string;
}

export interface SessionsPage {
  permissions: Permissions;
  sessions: Session[];
  weekStartsOn?: WeekDayName;
  dropped: DroppedSession[];
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const PERMISSION_FLAGS = [
  'self_assign_host',
  'assign_host',
  'self_assign_cohost',
  'assign_cohost',
  'assign_roles',
  'create_report',
  'delete_sessions',
  'delete_adhoc_sessions',
  'cancel_sessions',
  'create_adhoc_sessions',
] as const;
const PERMISSION_COUNTS = ['host_quota', 'host_quota_used', 'cohost_quota', 'cohost_quota_used'] as const;

/** Lenient like PermissionsSchema: a missing or malformed value grants nothing / counts 0. */
export function parsePermissions(value: unknown): Permissions {
  const source = isObject(value) ? value : {};
  const permissions = {} as Record<string, boolean | number>;
  for (const flag of PERMISSION_FLAGS)
    permissions[flag] = typeof source[flag] === 'boolean' ? source[flag] : false;
  for (const count of PERMISSION_COUNTS) {
    const number = source[count];
    permissions[count] = typeof number === 'number' && Number.isFinite(number) ? number : 0;
  }
  return permissions as Permissions;
}

/** What a response without a usable permissions object grants: nothing. */
export const NO_PERMISSIONS: Permissions = parsePermissions({});

export function parseWeekStart(value: unknown): WeekDayName | undefined {
  if (typeof value !== 'string') return undefined;
  const lower = value.toLowerCase();
  return (WEEK_DAYS as readonly string[]).includes(lower) ? (lower as WeekDayName) : undefined;
}

function parseSessionList(values: unknown[]) {
  const sessions: Session[] = [];
  const dropped: DroppedSession[] = [];
  values.forEach((value, index) => {
    const session = parseSessionFast(value);
    if (session) {
      sessions.push(session);
      return;
    }
    const rawId = isObject(value) ? value._id : undefined;
    dropped.push({
      index,
      id: typeof rawId === 'string' ? rawId : undefined,
      problem: `events[${index}]${whySessionRejected(value)}`,
    });
  });
  return { sessions, dropped };
}

/** Parses `GET /activity/sessions/{ws}`. Throws HyraParseError when the envelope is unusable. */
export function parseSessionsPage(json: unknown): SessionsPage {
  if (!isObject(json)) throw new HyraParseError('sessions response', ['(root): expected an object']);
  if (!Array.isArray(json.events)) {
    throw new HyraParseError('sessions response', [
      `events: expected an array, received ${json.events === undefined ? 'nothing' : typeof json.events}`,
    ]);
  }
  const { sessions, dropped } = parseSessionList(json.events);
  return {
    permissions: parsePermissions(json.permissions),
    sessions,
    weekStartsOn: parseWeekStart(json.week_starts_on),
    dropped,
  };
}

/** Hyra's error body `{ statusCode, error, message }`; `message` may be a list. */
export function parseErrorMessage(json: unknown): string | undefined {
  if (!isObject(json)) return undefined;
  const { message } = json;
  if (typeof message === 'string') return message;
  if (Array.isArray(message) && message.every((part) => typeof part === 'string')) return message.join('; ');
  return undefined;
}

/** The reply of `POST .../server`: only `_id` is trusted. */
export function parseCreatedServer(json: unknown): { _id: string } {
  const id = isObject(json) ? json._id : undefined;
  if (typeof id === 'string' && id.length > 0) return { _id: id };
  if (typeof id === 'number' && Number.isFinite(id)) return { _id: String(id) };
  throw new HyraParseError('new server reply', ['_id: expected a non-empty string']);
}
