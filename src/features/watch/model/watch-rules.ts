/**
 * What a watch reacts to, as pure functions over the version of a session seen before and
 * the one just received. A watched session: losing its host, being cancelled. A watched
 * (full) slot: opening, its session being cancelled.
 */
import type { SlotRef } from '../../../hyra/permissions';
import type { Session } from '../../../hyra/schemas';
import { selectCoHost, selectHost, selectServers, type Holder } from '../../../hyra/selectors';
import { isolate } from '../../../lib/bidi';
import { formatDayAndTime } from '../../../lib/format';

/** One thing watched, in one workspace. Names are kept to list it while it is not loaded. */
export interface Watch {
  workspaceId: string;
  sessionId: string;
  /** The session's name and start when it was watched. */
  name: string;
  start: string;
  /** Absent: the whole session. */
  slot?: SlotRef;
  /** The slot's own name ("Cashier Two", "Host"); a host slot's is said by its kind. */
  label?: string;
  /** The number of the slot's server when it was watched (servers have no names in Hyra). */
  server?: number;
}

export type WatchAlertCode = 'slot-opened' | 'host-lost' | 'cancelled';

export interface WatchAlert {
  code: WatchAlertCode;
  /** The session it is about and its start, to open it. */
  sessionId: string;
  start: string;
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

/** When a session starts, in the calendar's zone, as the detail says it: "Wed, Dec 2, 14:00 UTC". */
export const whenWords = formatDayAndTime;

/** A watched slot in words: its own name, and its server's ("Host · Server 2"); "Whole session" otherwise. */
export function slotWords(watch: Pick<Watch, 'slot' | 'label' | 'server'>): string {
  if (!watch.slot) return 'Whole session';
  const kind = watch.slot.kind;
  const name = kind === 'role' ? isolate(watch.label ?? 'A role') : kind === 'host' ? 'Host' : 'Co-host';
  return watch.server ? `${name} · Server ${watch.server}` : name;
}

/** The number of a slot's server in this session (1, 2 …), if the slot is on a server. */
export function serverNumber(session: Session, slot: SlotRef | undefined): number | undefined {
  if (!slot?.serverId) return undefined;
  return selectServers(session).find((view) => view.serverId === slot.serverId)?.number;
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
export function detectChanges(
  old: Session,
  next: Session,
  watches: readonly Watch[],
  /** The session's start in the viewer's words ("Wed, Dec 2, 14:00 UTC"). */
  when: (start: string) => string,
): WatchAlert[] {
  const mine = watches.filter((watch) => watch.sessionId === next._id);
  if (mine.length === 0 || isOlder(old, next)) return [];
  const name = isolate(next.schedule.name || 'Untitled session');
  const sessionId = next._id;
  const start = next.start;
  const at = when(next.start);
  const alerts: WatchAlert[] = [];
  if (!old.cancelled && next.cancelled) {
    const first = mine.find((watch) => !watch.slot) ?? mine[0]!;
    return [
      {
        code: 'cancelled',
        sessionId,
        start,
        key: watchKey(first),
        title: WATCH_MESSAGES.cancelled(name),
        detail: at,
      },
    ];
  }
  for (const watch of mine) {
    if (!watch.slot) {
      if (selectHost(old) && !selectHost(next)) {
        alerts.push({
          code: 'host-lost',
          sessionId,
          start,
          key: watchKey(watch),
          title: WATCH_MESSAGES['host-lost'](name),
          detail: `${at}. The host slot is open.`,
        });
      }
      continue;
    }
    const before = holderOfSlot(old, watch.slot);
    const after = holderOfSlot(next, watch.slot);
    if (before && after === null) {
      const server = serverNumber(next, watch.slot);
      const slot = slotWords({ ...watch, server: server ?? watch.server });
      alerts.push({
        code: 'slot-opened',
        sessionId,
        start,
        key: watchKey(watch),
        title: WATCH_MESSAGES['slot-opened'](slot),
        detail: `${name}, ${at}`,
      });
    }
  }
  return alerts;
}
