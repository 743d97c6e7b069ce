/**
 * Builders for what tests keep writing by hand: sessions (raw as Hyra sends them, or parsed),
 * their hosts, servers, role groups and roles, permissions and sessions responses. Each
 * starts from reference B (every field filled in, as Hyra documents it) and takes the
 * fields that matter to the test on top, so a test shows only what it is about.
 */
import referenceB from './fixtures/sessions-reference-b.json';
import { PermissionsSchema, SessionSchema, type Permissions, type Session } from '../src/hyra/schemas';

type Fields = Record<string, unknown>;

const BASE_EVENT = referenceB.events[0]!;

/** A session as Hyra sends it: reference B's first event with `fields` over it. */
export function rawSession(fields: Fields = {}) {
  return { ...structuredClone(BASE_EVENT), ...fields };
}

/** A session as the dashboard holds it: `rawSession(fields)` read through SessionSchema. */
export function makeSession(fields: Fields = {}): Session {
  return SessionSchema.parse(rawSession(fields));
}

/** Reference B's schedule with `fields` over it, for `schedule:` in a session. */
export function scheduleWith(fields: Fields = {}) {
  return { ...structuredClone(BASE_EVENT.schedule), ...fields };
}

/** A user as Hyra embeds one in a session (host, co-host, subhost). */
export function hyraUser(id: string, fields: Fields = {}) {
  return { exists: true, id, ...fields };
}

/** The fields that make `id` the host of a session. */
export function hostedBy(id: string, fields: Fields = {}) {
  return { host_id: id, host: hyraUser(id, fields) };
}

/** The fields that make `id` the co-host of a session. */
export function coHostedBy(id: string, fields: Fields = {}) {
  return { co_host_id: id, co_host: hyraUser(id, fields) };
}

/** No host and no co-host. */
export function noHosts() {
  return { host_id: '', host: { exists: false }, co_host_id: '', co_host: { exists: false } };
}

/** A server of a session, as Hyra sends it. */
export function hyraServer(id: string, groups: unknown[] = [], fields: Fields = {}) {
  return { _id: id, groups, ...fields };
}

/** A role group of a server. */
export function roleGroup(id: string, name: string, priority: number, roles: unknown[]) {
  return { _id: id, name, priority, roles };
}

/** A role of a role group; held by `userId`, open when it is ''. */
export function role(id: string, name: string, userId = '') {
  return { _id: id, name, user_id: userId };
}

/** Reference B's permissions (everything granted) with `fields` over them. */
export function makePermissions(fields: Partial<Permissions> = {}): Permissions {
  return PermissionsSchema.parse({ ...referenceB.permissions, ...fields });
}

/** A sessions response as Hyra sends it, with reference B's permissions. */
export function sessionsResponse(events: unknown[], fields: Fields = {}) {
  return { permissions: referenceB.permissions, events, ...fields };
}
