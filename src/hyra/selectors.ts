/**
 * Pure readings of a parsed session, shared by every feature. The rules for "free" and
 * "who holds what" are assumptions from API.md and live only here.
 */
import type { PolyfillGroup, RoleGroup, Server, Session, User } from './schemas';
import { isolate } from '../lib/bidi';

export interface Holder {
  id: string;
  /** Known only when Hyra sent a User object for this ID somewhere. */
  user?: User;
}

/** A user is present when the ID is set and the User object does not say it doesn't exist. */
function holderOf(id: string | undefined, user: User | null | undefined): Holder | null {
  if (user && user.exists === false) return null;
  const resolved = id ?? user?.id;
  if (!resolved) return null;
  return { id: resolved, user: user ?? undefined };
}

export function selectHost(session: Session): Holder | null {
  return holderOf(session.host_id, session.host);
}

export function selectCoHost(session: Session): Holder | null {
  if (session.schedule.disable_cohost) return null;
  return holderOf(session.co_host_id, session.co_host);
}

export interface RoleView {
  roleId: string;
  name: string;
  holder: Holder | null;
}

export interface GroupView {
  groupId: string;
  name: string;
  priority: number;
  roles: RoleView[];
  filled: number;
  total: number;
}

export interface ServerView {
  serverId: string;
  /** 1-based, in Hyra's order. */
  number: number;
  server: Server;
  host: Holder | null;
  coHost: Holder | null;
  groups: GroupView[];
  filled: number;
  total: number;
}

function byPriority<T extends { priority: number; name: string }>(a: T, b: T) {
  return a.priority - b.priority || a.name.localeCompare(b.name);
}

function groupView(group: RoleGroup | PolyfillGroup): GroupView {
  const roles = group.roles.map((role) => ({
    roleId: role._id,
    name: role.name,
    holder: 'user_id' in role && role.user_id ? { id: role.user_id } : null,
  }));
  const filled = roles.filter((role) => role.holder !== null).length;
  return {
    groupId: group._id,
    name: group.name,
    priority: group.priority,
    roles,
    filled,
    total: roles.length,
  };
}

/** The host or co-host of a server: the first server uses the event's own fields. */
function serverHolder(session: Session, serverIndex: number, serverId: string, kind: 'host' | 'cohost') {
  if (serverIndex === 0) return kind === 'host' ? selectHost(session) : selectCoHost(session);
  if (kind === 'cohost' && session.schedule.disable_cohost) return null;
  const wanted = kind === 'host' ? 'host_id' : 'co_host_id';
  const entry = session.subhosting.find(
    (sub) => sub.server_id === serverId && (sub.type ?? 'host_id') === wanted,
  );
  return entry ? holderOf(entry.user_id, entry.user) : null;
}

export function selectServers(session: Session): ServerView[] {
  return session.servers.map((server, index) => {
    const groups = server.groups.map(groupView).sort(byPriority);
    const host = serverHolder(session, index, server._id, 'host');
    const coHost = serverHolder(session, index, server._id, 'cohost');
    const hostSlots = session.schedule.disable_cohost ? 1 : 2;
    const filled = groups.reduce((sum, group) => sum + group.filled, 0) + (host ? 1 : 0) + (coHost ? 1 : 0);
    const total = groups.reduce((sum, group) => sum + group.total, 0) + hostSlots;
    return { serverId: server._id, number: index + 1, server, host, coHost, groups, filled, total };
  });
}

/** The role groups that will exist once a server is created (the schedule's template). */
export function selectTemplate(session: Session): GroupView[] {
  return session.polyfill.map(groupView).sort(byPriority);
}

export interface SlotCounts {
  filled: number;
  total: number;
  open: number;
}

/**
 * Slots of a session: per server its host, co-host (unless disabled) and roles. With no
 * server yet: the event's host and co-host plus the template's roles, all of them open.
 */
export function selectSlotCounts(session: Session): SlotCounts {
  if (session.servers.length === 0) {
    const hostSlots = session.schedule.disable_cohost ? 1 : 2;
    const filled = (selectHost(session) ? 1 : 0) + (selectCoHost(session) ? 1 : 0);
    const total = hostSlots + session.polyfill.reduce((sum, group) => sum + group.roles.length, 0);
    return { filled, total, open: total - filled };
  }
  let filled = 0;
  let total = 0;
  for (const server of selectServers(session)) {
    filled += server.filled;
    total += server.total;
  }
  return { filled, total, open: total - filled };
}

/** Does `userId` hold any slot (host, co-host, role, sub-host) in this session? */
export function holdsAnySlot(session: Session, userId: string): boolean {
  if (selectHost(session)?.id === userId || selectCoHost(session)?.id === userId) return true;
  if (session.subhosting.some((sub) => sub.user_id === userId && sub.user?.exists !== false)) {
    return true;
  }
  return session.servers.some((server) =>
    server.groups.some((group) => group.roles.some((role) => role.user_id === userId)),
  );
}

/** Everyone Hyra sent a User object for, by Roblox user ID (role slots carry only IDs). */
export function buildDirectory(sessions: Session[]): Map<string, User> {
  const directory = new Map<string, User>();
  const add = (user: User | null | undefined, id: string | undefined) => {
    const key = id ?? user?.id;
    if (!user || user.exists === false || !key) return;
    if (!user.username && !user.display_name) return;
    directory.set(key, user);
  };
  for (const session of sessions) {
    add(session.host, session.host_id);
    add(session.co_host, session.co_host_id);
    for (const sub of session.subhosting) add(sub.user, sub.user_id);
  }
  return directory;
}

export interface HolderName {
  /** What to show first: the display name, else the username, else the ID. */
  primary: string;
  /** `@username` when it differs from what is shown first. */
  secondary?: string;
}

/** The User object that names a holder: their own when it has a name, else the directory's. */
export function holderUser(holder: Holder, directory?: Map<string, User>): User | undefined {
  return holder.user?.username || holder.user?.display_name ? holder.user : directory?.get(holder.id);
}

export function holderName(holder: Holder, directory?: Map<string, User>): HolderName {
  const user = holderUser(holder, directory);
  const display = user?.display_name?.trim();
  const username = user?.username?.trim();
  if (display) {
    return { primary: display, secondary: username && username !== display ? `@${username}` : undefined };
  }
  if (username) return { primary: `@${username}` };
  return { primary: `User ${holder.id}` };
}

/**
 * One slot of a session, in the order the detail shows them: per server its host, co-host
 * and roles by group priority; with no server yet, the event's host and co-host and the
 * template's roles (open until a server is created).
 */
export interface SlotView {
  kind: 'host' | 'cohost' | 'role';
  /** The server's 1-based number; null before the session has a server. */
  server: number | null;
  /** The role group's name; absent for host and co-host. */
  group?: string;
  /** "Host", "Co-host" or the role's name. */
  name: string;
  holder: Holder | null;
  /** A role of the template: it opens with a server and cannot be held yet. */
  template: boolean;
}

const roleSlots = (groups: GroupView[], server: number | null, template: boolean): SlotView[] =>
  groups.flatMap((group) =>
    group.roles.map((role) => ({
      kind: 'role' as const,
      server,
      group: group.name || 'Unnamed group',
      name: role.name || 'Role',
      holder: role.holder,
      template,
    })),
  );

/** Every slot of a session (co-host slots only where co-hosts are enabled). */
export function selectSlots(session: Session): SlotView[] {
  const cohost = !session.schedule.disable_cohost;
  const servers = selectServers(session);
  if (servers.length === 0) {
    return [
      { kind: 'host', server: null, name: 'Host', holder: selectHost(session), template: false },
      ...(cohost
        ? [
            {
              kind: 'cohost' as const,
              server: null,
              name: 'Co-host',
              holder: selectCoHost(session),
              template: false,
            },
          ]
        : []),
      ...roleSlots(selectTemplate(session), null, true),
    ];
  }
  return servers.flatMap((server) => [
    { kind: 'host' as const, server: server.number, name: 'Host', holder: server.host, template: false },
    ...(cohost
      ? [
          {
            kind: 'cohost' as const,
            server: server.number,
            name: 'Co-host',
            holder: server.coHost,
            template: false,
          },
        ]
      : []),
    ...roleSlots(server.groups, server.number, false),
  ]);
}

/** A slot in words: "Host, Server 2", "Medic, Server 1", "Co-host" (no server yet). */
export function slotText(slot: SlotView): string {
  return slot.server === null ? slot.name : `${slot.name}, Server ${slot.server}`;
}

/** The slots `userId` holds in a session, in order. */
export function selectSlotsOf(session: Session, userId: string | undefined): SlotView[] {
  if (!userId) return [];
  return selectSlots(session).filter((slot) => slot.holder?.id === userId);
}

/** What the viewer holds in a session, in words ("Host, Server 2; Medic, Server 1"); '' when nothing. */
export function mySlotsText(session: Session, me: string | undefined): string {
  if (!me || !holdsAnySlot(session, me)) return '';
  // Role names come from the API: isolated, so one cannot reorder "Server 2" (the CSV uses slotText, unmarked).
  return selectSlotsOf(session, me)
    .map((slot) => slotText(slot.kind === 'role' ? { ...slot, name: isolate(slot.name) } : slot))
    .join('; ');
}
