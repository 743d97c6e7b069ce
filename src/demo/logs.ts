import { createRandom, seedFrom } from './random';
import type { DemoPerson, RawEvent, RawUser } from './types';

/*
 * Plausible session logs for the demo. Hyra documents the logs endpoint but not its reply;
 * the demo answers in one of the shapes the dashboard recognises (docs/HYRA-CONTRACT.md,
 * "Assumed: session logs"): `{ logs: [{ _id, createdAt, user, type, message }] }`.
 */

export interface DemoLogEntry {
  _id: string;
  createdAt: string;
  user?: RawUser;
  type: string;
  message: string;
  /** Which slot the entry is about, so history made up from the state skips slots written since. */
  slot?: string;
}

export const slotKey = (kind: string, serverId = '', roleId = '') => `${kind}:${serverId}:${roleId}`;

function userOf(id: string | null | undefined, people: ReadonlyMap<string, DemoPerson>): RawUser | undefined {
  if (!id) return undefined;
  const person = people.get(id);
  return person
    ? { exists: true, id, username: person.username, display_name: person.display_name }
    : { exists: true, id };
}

/**
 * The log of one session: made-up history for what the session holds (who took which slot,
 * at a seeded time between its creation and its start), and the writes made in this demo.
 */
export function demoSessionLogs(
  event: RawEvent,
  people: ReadonlyMap<string, DemoPerson>,
  written: readonly DemoLogEntry[],
  seed: number,
  now: number,
): DemoLogEntry[] {
  const created = Date.parse(event.createdAt);
  const until = Math.max(created, Math.min(now, Date.parse(event.start)));
  const random = createRandom(seedFrom(seed, 'logs', event._id));
  const at = () => new Date(created + Math.floor(random.next() * (until - created))).toISOString();
  const writtenSlots = new Set(written.map((entry) => entry.slot));
  const entries: DemoLogEntry[] = [
    {
      _id: `${event._id}-created`,
      createdAt: event.createdAt,
      type: 'session_created',
      message: event.adhoc ? 'Ad-hoc session created' : 'Session scheduled',
    },
  ];
  const took = (key: string, holder: string | null | undefined, what: string) => {
    const user = userOf(holder, people);
    if (!user || writtenSlots.has(key)) return;
    entries.push({
      _id: `${event._id}-${key}`,
      createdAt: at(),
      user,
      type: 'slot_claimed',
      message: `Took ${what}`,
    });
  };
  took(slotKey('host'), event.host_id, 'the host slot');
  if (!event.schedule.disable_cohost) took(slotKey('cohost'), event.co_host_id, 'the co-host slot');
  event.servers.forEach((server, index) => {
    entries.push({
      _id: `${event._id}-${server._id}`,
      createdAt: server.createdAt,
      user: userOf(server.created_by, people),
      type: 'server_created',
      message: `Created server ${index + 1}`,
    });
    for (const group of server.groups) {
      for (const role of group.roles)
        took(slotKey('role', server._id, role._id), role.user_id, `the ${role.name} role`);
    }
  });
  if (event.cancelled) {
    entries.push({
      _id: `${event._id}-cancelled`,
      createdAt: at(),
      type: 'session_cancelled',
      message: 'Session cancelled',
    });
  }
  return [...entries, ...written].sort((a, b) => a.createdAt.localeCompare(b.createdAt));
}

/** The words of a write made in the demo, by the demo's own user. */
export function writeEntry(
  id: string,
  at: number,
  me: DemoPerson,
  people: ReadonlyMap<string, DemoPerson>,
  change: { slot: string; what: string; value?: string } | { server: 'created' | 'deleted' },
): DemoLogEntry {
  const user = userOf(me.id, people) ?? { exists: true, id: me.id };
  const base = { _id: id, createdAt: new Date(at).toISOString(), user };
  if ('server' in change) {
    return {
      ...base,
      type: `server_${change.server}`,
      message: `${change.server === 'created' ? 'Created' : 'Deleted'} a server`,
    };
  }
  if (change.value === me.id)
    return { ...base, type: 'slot_claimed', message: `Took ${change.what}`, slot: change.slot };
  const other = userOf(change.value, people);
  const name = other?.display_name ?? other?.username ?? change.value ?? 'someone';
  return { ...base, type: 'slot_assigned', message: `Assigned ${name} to ${change.what}`, slot: change.slot };
}
