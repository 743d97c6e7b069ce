/**
 * A hand-written twin of `SessionSchema` for the hot path: a big workspace sends thousands
 * of sessions with dozens of roles each, and walking them with zod cost about as much as
 * JSON.parse itself. This returns exactly what `SessionSchema.safeParse` returns for data
 * it accepts (test/hyra/fast-parse.test.ts checks that on generated and mangled data), and
 * `undefined` for a session zod would reject, so the caller asks zod for the reasons.
 * `SessionSchema` stays the specification; change both together.
 */
import type { PolyfillGroup, Role, RoleGroup, Schedule, Server, Session, Subhost, User } from './schemas';

type Loose = Record<string, unknown>;

const isObject = (value: unknown): value is Loose =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * zod's `z.iso.datetime({ offset: true })`, copied so that zod stays out of the first
 * download; a test checks it is still the same pattern as zod's.
 */
export const ISO_INSTANT =
  /^(?:(?:\d\d[2468][048]|\d\d[13579][26]|\d\d0[48]|[02468][048]00|[13579][26]00)-02-29|\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\d|30)|(?:02)-(?:0[1-9]|1\d|2[0-8])))T(?:(?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d(?:\.\d+)?(?:Z|([+-](?:[01]\d|2[0-3]):[0-5]\d)))$/;
const isInstant = (value: unknown): value is string => typeof value === 'string' && ISO_INSTANT.test(value);

/**
 * One copy of each repeated text. JSON.parse makes a new string for every value, and a busy
 * workspace repeats the same few thousand (role and group names, people's IDs and names,
 * thumbnails) hundreds of thousands of times: two months of 5,000 sessions held 57 MB of
 * copies in a 118 MB heap. Names and people's IDs go through here; the sessions', roles' and
 * servers' own IDs and the times, all different, do not. Emptied when it gets big, so a
 * workspace of endless different names costs no more than without it.
 */
const pool = new Map<string, string>();
export const POOL_MAX = 50_000;
export function shared(value: string): string {
  const kept = pool.get(value);
  if (kept !== undefined) return kept;
  if (pool.size >= POOL_MAX) pool.clear();
  pool.set(value, value);
  return value;
}

const text = (value: unknown) => (typeof value === 'string' ? shared(value) : '');
const optionalText = (value: unknown) => (typeof value === 'string' ? shared(value) : undefined);
const flag = (value: unknown) => (typeof value === 'boolean' ? value : false);
const count = (value: unknown) => (typeof value === 'number' && Number.isFinite(value) ? value : 0);
const optionalInstant = (value: unknown) => (isInstant(value) ? value : undefined);

/** A person's or schedule's ID (repeated across sessions), kept once. */
function idLike(value: unknown): string | undefined {
  if (typeof value === 'string') return value === '' ? undefined : shared(value);
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return undefined;
}

/** A required ID, or null when zod would reject it. */
function requiredId(value: unknown): string | null {
  if (typeof value === 'string') return value.length > 0 ? value : null;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return null;
}

function list<T>(value: unknown, item: (value: unknown) => T | null): T[] {
  if (!Array.isArray(value)) return [];
  const kept: T[] = [];
  for (const entry of value) {
    const parsed = item(entry);
    if (parsed !== null) kept.push(parsed);
  }
  return kept;
}

function user(value: unknown): User | null | undefined {
  if (value === null) return null;
  if (!isObject(value)) return undefined;
  return {
    exists: typeof value.exists === 'boolean' ? value.exists : true,
    id: idLike(value.id),
    username: optionalText(value.username),
    display_name: optionalText(value.display_name),
  };
}

function role(value: unknown): Role | null {
  if (!isObject(value)) return null;
  const id = requiredId(value._id);
  return id === null ? null : { _id: id, name: text(value.name), user_id: idLike(value.user_id) };
}

function group(value: unknown): RoleGroup | null {
  if (!isObject(value)) return null;
  const id = requiredId(value._id);
  if (id === null) return null;
  return { _id: id, name: text(value.name), priority: count(value.priority), roles: list(value.roles, role) };
}

function server(value: unknown): Server | null {
  if (!isObject(value)) return null;
  const id = requiredId(value._id);
  if (id === null) return null;
  return {
    _id: id,
    source: optionalText(value.source),
    created_by: idLike(value.created_by),
    status: optionalText(value.status),
    createdAt: optionalInstant(value.createdAt),
    updatedAt: optionalInstant(value.updatedAt),
    groups: list(value.groups, group),
  };
}

function templateRole(value: unknown): { _id: string; name: string } | null {
  if (!isObject(value)) return null;
  const id = requiredId(value._id);
  return id === null ? null : { _id: id, name: text(value.name) };
}

function polyfillGroup(value: unknown): PolyfillGroup | null {
  if (!isObject(value)) return null;
  const id = requiredId(value._id);
  if (id === null) return null;
  return {
    _id: id,
    name: text(value.name),
    priority: count(value.priority),
    roles: list(value.roles, templateRole),
  };
}

function subhost(value: unknown): Subhost | null {
  if (!isObject(value)) return null;
  const serverId = requiredId(value.server_id);
  if (serverId === null) return null;
  return {
    server_id: serverId,
    type: value.type === 'host_id' || value.type === 'co_host_id' ? value.type : undefined,
    user_id: idLike(value.user_id),
    user: user(value.user),
  };
}

function schedule(value: unknown): Schedule {
  const source: Loose = isObject(value) ? value : {};
  return {
    _id: idLike(source._id),
    name: typeof source.name === 'string' ? shared(source.name) : 'Untitled session',
    public_start_offset: count(source.public_start_offset),
    public_slock_offset: count(source.public_slock_offset),
    publish_to_discord: flag(source.publish_to_discord),
    disable_cohost: flag(source.disable_cohost),
    game_link: optionalText(source.game_link),
    thumbnail_url: optionalText(source.thumbnail_url),
    game_thumbnail_url: optionalText(source.game_thumbnail_url),
    roles: list(source.roles, (entry) => (typeof entry === 'string' ? shared(entry) : null)),
    updatedAt: optionalInstant(source.updatedAt),
  };
}

/**
 * Why `SessionSchema` rejects a value (the only strict parts are the object itself, `_id`
 * and `start`), as a path suffix and message: ".start: expected an ISO date-time with offset".
 */
export function whySessionRejected(value: unknown): string {
  if (!isObject(value))
    return `: expected an object, received ${value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value}`;
  const problems: string[] = [];
  if (requiredId(value._id) === null) problems.push('._id: expected a non-empty string or number');
  if (!isInstant(value.start)) problems.push('.start: expected an ISO date-time with offset');
  return problems.join('; ') || ': not a session';
}

/** The parsed session, or undefined when `SessionSchema` would reject it. */
export function parseSessionFast(value: unknown): Session | undefined {
  if (!isObject(value)) return undefined;
  const id = requiredId(value._id);
  if (id === null || !isInstant(value.start)) return undefined;
  return {
    _id: id,
    start: value.start,
    createdAt: optionalInstant(value.createdAt),
    updatedAt: optionalInstant(value.updatedAt),
    in_progress: flag(value.in_progress),
    cancelled: flag(value.cancelled),
    adhoc: flag(value.adhoc),
    schedule: schedule(value.schedule),
    host_id: idLike(value.host_id),
    co_host_id: idLike(value.co_host_id),
    host: user(value.host),
    co_host: user(value.co_host),
    servers: list(value.servers, server),
    polyfill: list(value.polyfill, polyfillGroup),
    subhosting: list(value.subhosting, subhost),
  };
}

/** The text at `key`, when there is one, kept once (see `shared`); an absent key stays absent. */
function keep<T extends object>(target: T, key: keyof T) {
  const value = target[key];
  if (typeof value === 'string') target[key] = shared(value) as T[keyof T];
}

function shareUser(value: User | null | undefined) {
  if (!value) return;
  keep(value, 'id');
  keep(value, 'username');
  keep(value, 'display_name');
}

/**
 * Keeps the texts of a session read elsewhere (the Worker's parts, which come back as JSON
 * and are parsed again on the page) once, as `parseSessionFast` does: the same fields, in
 * place, the values unchanged. Returns the session.
 */
export function shareTexts(session: Session): Session {
  const { schedule } = session;
  for (const key of ['_id', 'name', 'game_link', 'thumbnail_url', 'game_thumbnail_url'] as const)
    keep(schedule, key);
  schedule.roles = schedule.roles.map(shared);
  keep(session, 'host_id');
  keep(session, 'co_host_id');
  shareUser(session.host);
  shareUser(session.co_host);
  for (const server of session.servers) {
    keep(server, 'source');
    keep(server, 'created_by');
    keep(server, 'status');
    for (const group of server.groups) {
      keep(group, 'name');
      for (const role of group.roles) {
        keep(role, 'name');
        keep(role, 'user_id');
      }
    }
  }
  for (const group of session.polyfill) {
    keep(group, 'name');
    for (const role of group.roles) keep(role, 'name');
  }
  for (const entry of session.subhosting) {
    keep(entry, 'user_id');
    shareUser(entry.user);
  }
  return session;
}
