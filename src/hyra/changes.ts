import { isolate } from '../lib/bidi';
import type { SlotRef } from './permissions';
import type { Session, User } from './schemas';
import { holderName, selectCoHost, selectHost, selectServers, type Holder } from './selectors';

/*
 * What changed in a session between two fetches, for the "changes since you looked"
 * highlights. Pure: the change tracker (change-tracker.ts) feeds it the page it had and
 * the page that arrived.
 */

/** One change, with names as the viewer reads them (strings from the API, not yet isolated). */
export type SessionChange =
  | {
      kind: 'slot';
      /** Which slot (slotKey), to find it again from a SlotRef. */
      slot: string;
      /** "Host", "Co-host" or the role's name; with the server's number when there are several. */
      what: string;
      from?: string;
      /** Roblox user ID of the new holder. */
      toId?: string;
      to?: string;
    }
  | { kind: 'cancelled' | 'restored' | 'moved' }
  | { kind: 'servers'; from: number; to: number };

/** A slot's identity within its session: the first server's host and co-host are the event's own. */
export function slotKey(session: Pick<Session, 'servers'>, slot: SlotRef): string {
  if (slot.kind === 'role') return `role:${slot.serverId}:${slot.groupId}:${slot.roleId}`;
  const onFirst = !slot.serverId || slot.serverId === session.servers[0]?._id;
  return `${slot.kind}:${onFirst ? '' : slot.serverId}`;
}

interface SlotState {
  what: string;
  holder: Holder | null;
}

/** Every slot of a session by its key. */
function slotsOf(session: Session): Map<string, SlotState> {
  const slots = new Map<string, SlotState>();
  const servers = selectServers(session);
  const several = servers.length > 1;
  if (servers.length === 0) {
    slots.set('host:', { what: 'Host', holder: selectHost(session) });
    if (!session.schedule.disable_cohost)
      slots.set('cohost:', { what: 'Co-host', holder: selectCoHost(session) });
    // Template roles cannot be held before a server exists: nothing to compare.
    return slots;
  }
  for (const [index, server] of servers.entries()) {
    const suffix = several ? ` (Server ${server.number})` : '';
    const id = index === 0 ? '' : server.serverId;
    slots.set(`host:${id}`, { what: `Host${suffix}`, holder: server.host });
    if (!session.schedule.disable_cohost) {
      slots.set(`cohost:${id}`, { what: `Co-host${suffix}`, holder: server.coHost });
    }
    for (const group of server.groups) {
      for (const role of group.roles) {
        slots.set(`role:${server.serverId}:${group.groupId}:${role.roleId}`, {
          what: `${role.name || 'Role'}${suffix}`,
          holder: role.holder,
        });
      }
    }
  }
  return slots;
}

/** What changed from `before` to `after` (the same session), in the detail's order. */
export function sessionChanges(
  before: Session,
  after: Session,
  directory?: Map<string, User>,
): SessionChange[] {
  const changes: SessionChange[] = [];
  if (before.cancelled !== after.cancelled)
    changes.push({ kind: after.cancelled ? 'cancelled' : 'restored' });
  if (Date.parse(before.start) !== Date.parse(after.start)) changes.push({ kind: 'moved' });
  if (before.servers.length !== after.servers.length) {
    changes.push({ kind: 'servers', from: before.servers.length, to: after.servers.length });
  }
  const old = slotsOf(before);
  const name = (holder: Holder | null) => (holder ? holderName(holder, directory).primary : undefined);
  for (const [slot, now] of slotsOf(after)) {
    const was = old.get(slot);
    if (!was || was.holder?.id === now.holder?.id) continue;
    changes.push({
      kind: 'slot',
      slot,
      what: now.what,
      from: name(was.holder),
      toId: now.holder?.id,
      to: name(now.holder),
    });
  }
  return changes;
}

/** A change in words, names isolated for direction: "Host: Nova → Max", "Cashier taken by Bean". */
export function changeText(change: SessionChange): string {
  switch (change.kind) {
    case 'cancelled':
      return 'Cancelled';
    case 'restored':
      return 'No longer cancelled';
    case 'moved':
      return 'Start time changed';
    case 'servers':
      return `Servers: ${change.from} → ${change.to}`;
    case 'slot': {
      const what = isolate(change.what);
      if (change.from && change.to) return `${what}: ${isolate(change.from)} → ${isolate(change.to)}`;
      if (change.to) return `${what} taken by ${isolate(change.to)}`;
      return `${what} open again (${isolate(change.from ?? '')} left)`;
    }
  }
}

export interface ChangedSession {
  session: Session;
  changes: SessionChange[];
}

/** The sessions present in both lists that changed. */
export function changedSessions(
  before: readonly Session[],
  after: readonly Session[],
  directory?: Map<string, User>,
): ChangedSession[] {
  const old = new Map(before.map((session) => [session._id, session]));
  const out: ChangedSession[] = [];
  for (const session of after) {
    const was = old.get(session._id);
    if (!was || was === session) continue;
    const changes = sessionChanges(was, session, directory);
    if (changes.length > 0) out.push({ session, changes });
  }
  return out;
}
