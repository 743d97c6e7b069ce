import type { Session } from '../../../hyra/schemas';
import { holdsAnySlot, selectServers, type Holder } from '../../../hyra/selectors';

/** What to ask before someone takes a slot: nothing, or why it may clash. */
export type TakeWarning =
  | { kind: 'none' }
  /** They already hold another slot of this very session. */
  | { kind: 'same-session' }
  /** Other sessions, not started yet, where they hold a slot within the display length. */
  | { kind: 'overlaps'; sessions: Session[] };

/**
 * Whether taking a slot in `target` clashes with a slot `userId` already holds: another
 * slot of the same session, or a slot in another session whose display-length block
 * overlaps this one's (Hyra has no end time, so the display length is the only measure).
 * Cancelled sessions, and sessions that have already started (in progress or over), are
 * no clash worth asking about.
 */
export function takeWarning(
  sessions: Session[],
  userId: string | undefined,
  target: Session,
  { displayMinutes, now }: { displayMinutes: number; now: number },
): TakeWarning {
  if (!userId) return { kind: 'none' };
  if (holdsAnySlot(target, userId)) return { kind: 'same-session' };
  const start = Date.parse(target.start);
  const span = displayMinutes * 60_000;
  const clashes = sessions.filter((session) => {
    if (session._id === target._id || session.cancelled) return false;
    const other = Date.parse(session.start);
    return other > now && Math.abs(other - start) < span && holdsAnySlot(session, userId);
  });
  return clashes.length > 0 ? { kind: 'overlaps', sessions: clashes } : { kind: 'none' };
}

export interface LostSlot {
  slot: string;
  holder: Holder;
}

/** Who loses their slot when a server is deleted: its host, co-host and role holders. */
export function slotsLostWithServer(session: Session, serverId: string): LostSlot[] {
  const server = selectServers(session).find((view) => view.serverId === serverId);
  if (!server) return [];
  const lost: LostSlot[] = [];
  if (server.host) lost.push({ slot: 'Host', holder: server.host });
  if (server.coHost) lost.push({ slot: 'Co-host', holder: server.coHost });
  for (const group of server.groups) {
    for (const role of group.roles) {
      if (role.holder) lost.push({ slot: role.name || group.name, holder: role.holder });
    }
  }
  return lost;
}
