import type { Session } from '../../../hyra/schemas';
import { holdsAnySlot, selectServers, type Holder } from '../../../hyra/selectors';

/**
 * Sessions where I already hold a slot and whose display-length block overlaps this one's
 * (Hyra has no end time, so the display length is the only measure of overlap), this
 * session itself first when I already hold another of its slots.
 */
export function findOverlaps(
  sessions: Session[],
  me: string | undefined,
  target: Session,
  displayMinutes: number,
): Session[] {
  if (!me) return [];
  const start = Date.parse(target.start);
  const span = displayMinutes * 60_000;
  const others = sessions.filter((session) => session._id !== target._id);
  return [target, ...others].filter(
    (session) =>
      !session.cancelled && Math.abs(Date.parse(session.start) - start) < span && holdsAnySlot(session, me),
  );
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
