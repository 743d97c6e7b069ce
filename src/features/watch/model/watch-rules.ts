/**
 * What a watch reacts to, as pure functions over the version of a session seen before and
 * the one just received. A watched session: losing its host, being cancelled. A watched
 * (full) slot: opening, its session being cancelled.
 */
import type { SlotRef } from '../../../hyra/permissions';
import type { Session } from '../../../hyra/schemas';
import { selectCoHost, selectHost, selectServers, type Holder } from '../../../hyra/selectors';
import { isolate } from '../../../lib/bidi';

/** One thing watched, in one workspace. Names are kept to list it while it is not loaded. */
export interface Watch {
  workspaceId: string;
  sessionId: string;
  /** The session's name and start when it was watched. */
  name: string;
  start: string;
  /** Absent: the whole session. */
  slot?: SlotRef;
  /** The slot in words ("Cashier Two", "Host of server 2"). */
  label?: string;
}

export type WatchAlertCode = 'slot-opened' | 'host-lost' | 'cancelled';

export interface WatchAlert {
  code: WatchAlertCode;
  /** The watch it is about (the session's, for a cancellation seen by several watches). */
  key: string;
  title: string;
  detail: string;
}

/** One key per watch: the same slot or session is watched once. */
export function watchKey(watch: Pick<Watch, 'workspaceId' | 'sessionId' | 'slot'>): string {
  const slot = watch.slot;
  const part = !slot
    ? 'session'
    : slot.kind === 'role'
      ? `role:${slot.serverId}:${slot.groupId}:${slot.roleId}`
      : `${slot.kind}:${slot.serverId ?? ''}`;
  return `${watch.workspaceId}/${watch.sessionId}/${part}`;
}

/**
 * Who holds a slot: a Holder, null when open, undefined when the slot does not exist (its
 * server was deleted). Host and co-host without a server ID are the event's own.
 */
export function holderOfSlot(session: Session, slot: SlotRef): Holder | null | undefined {
  if (slot.kind !== 'role' && slot.serverId === undefined) {
    return slot.kind === 'host' ? selectHost(session) : selectCoHost(session);
  }
  const server = selectServers(session).find((view) => view.serverId === slot.serverId);
  if (!server) return undefined;
  if (slot.kind !== 'role') {
    if (slot.kind === 'host') return server.host;
    return session.schedule.disable_cohost ? undefined : server.coHost;
  }
  const group = server.groups.find((view) => view.groupId === slot.groupId);
  const role = group?.roles.find((view) => view.roleId === slot.roleId);
  return role ? role.holder : undefined;
}

/** The words of each alert; names from Hyra are isolated for direction (toasts are plain text). */
export const WATCH_MESSAGES: Record<WatchAlertCode, (what: string) => string> = {
  'slot-opened': (what) => `A slot you watch opened: ${what}`,
  'host-lost': (what) => `A session you watch lost its host: ${what}`,
  cancelled: (what) => `A session you watch was cancelled: ${what}`,
};

/** Whether `next` is an older copy than `old` (a day cached before the change): nothing to say. */
function isOlder(old: Session, next: Session): boolean {
  if (!old.updatedAt || !next.updatedAt) return false;
  return Date.parse(next.updatedAt) < Date.parse(old.updatedAt);
}

/**
 * The alerts for one session's watches, from its previous and new version. Each change is
 * said once: a cancellation once for the session however many of its slots are watched.
 */
export function detectChanges(old: Session, next: Session, watches: readonly Watch[]): WatchAlert[] {
  const mine = watches.filter((watch) => watch.sessionId === next._id);
  if (mine.length === 0 || isOlder(old, next)) return [];
  const name = isolate(next.schedule.name);
  const alerts: WatchAlert[] = [];
  if (!old.cancelled && next.cancelled) {
    const first = mine.find((watch) => !watch.slot) ?? mine[0]!;
    return [{ code: 'cancelled', key: watchKey(first), title: WATCH_MESSAGES.cancelled(name), detail: '' }];
  }
  for (const watch of mine) {
    if (!watch.slot) {
      if (selectHost(old) && !selectHost(next)) {
        alerts.push({
          code: 'host-lost',
          key: watchKey(watch),
          title: WATCH_MESSAGES['host-lost'](name),
          detail: 'The host slot is open.',
        });
      }
      continue;
    }
    const before = holderOfSlot(old, watch.slot);
    const after = holderOfSlot(next, watch.slot);
    if (before && after === null) {
      const what = isolate(watch.label ?? 'a slot');
      alerts.push({
        code: 'slot-opened',
        key: watchKey(watch),
        title: WATCH_MESSAGES['slot-opened'](what),
        detail: `In ${name}.`,
      });
    }
  }
  return alerts;
}
