import '../hyra/zod-config';
import type { ChangeBody } from '../hyra/contract';
import { SessionSchema, type Permissions } from '../hyra/schemas';
import { DAY_MS } from '../lib/days';
import { DEMO_MESSAGES, DemoApiError } from './errors';
import { SnapshotSchema } from './snapshot';
import { demoSessionLogs, slotKey, writeEntry, type DemoLogEntry } from './logs';
import { createRandom, seedFrom } from './random';
import type {
  DemoStore,
  DemoStoreOptions,
  DemoWorkspace,
  RawEvent,
  RawRoleGroup,
  RawServer,
  RawSubhost,
  RawUser,
} from './types';

const UPCOMING_LIMIT = 50;
const UPCOMING_LOOKBACK_MS = 60 * 60 * 1000;

const dayKey = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const isOpen = (userId: string | null | undefined) =>
  userId === undefined || userId === null || userId === '';

export function createDemoStore(workspace: DemoWorkspace, options: DemoStoreOptions = {}): DemoStore {
  const now = options.now ?? (() => Date.now());
  const me = workspace.me;
  const peopleById = new Map(workspace.people.map((person) => [person.id, person]));
  let permissions: Permissions = { ...workspace.permissions };
  let ids = createRandom(seedFrom(workspace.seed, 'store'));
  const listeners = new Set<() => void>();
  /** The writes made in this demo, per session, for its logs. */
  const writeLogs = new Map<string, DemoLogEntry[]>();
  function logWrite(sessionId: string, change: Parameters<typeof writeEntry>[4]) {
    const list = writeLogs.get(sessionId) ?? [];
    list.push(writeEntry(`${sessionId}-w${list.length}`, now(), me, peopleById, change));
    writeLogs.set(sessionId, list);
  }

  const byId = new Map<string, RawEvent>();
  const startOf = new Map<string, number>();
  const byDay = new Map<string, RawEvent[]>();
  /** Sessions copied on write (the workspace's own objects are never mutated). */
  const written = new Set<string>();
  let firstDayMs = Infinity;
  let lastDayMs = -Infinity;

  function index(event: RawEvent) {
    const start = Date.parse(event.start);
    byId.set(event._id, event);
    startOf.set(event._id, start);
    const key = dayKey(start);
    let list = byDay.get(key);
    if (!list) {
      list = [];
      byDay.set(key, list);
    }
    // Keep each day sorted by start (the generator's order is already sorted: append).
    let at = list.length;
    while (at > 0 && (startOf.get((list[at - 1] as RawEvent)._id) ?? 0) > start) at--;
    list.splice(at, 0, event);
    const dayMs = Math.floor(start / DAY_MS) * DAY_MS;
    if (dayMs < firstDayMs) firstDayMs = dayMs;
    if (dayMs > lastDayMs) lastDayMs = dayMs;
  }

  function unindex(id: string) {
    const start = startOf.get(id);
    if (start === undefined) return;
    const list = byDay.get(dayKey(start));
    if (list) {
      const at = list.findIndex((event) => event._id === id);
      if (at >= 0) list.splice(at, 1);
    }
    byId.delete(id);
    startOf.delete(id);
  }

  for (const event of workspace.sessions) index(event);

  function replace(event: RawEvent) {
    const old = byId.get(event._id);
    if (old && startOf.get(event._id) === Date.parse(event.start)) {
      const list = byDay.get(dayKey(Date.parse(event.start)));
      const at = list?.indexOf(old) ?? -1;
      if (list && at >= 0) list[at] = event;
      byId.set(event._id, event);
    } else {
      unindex(event._id);
      index(event);
    }
  }

  /** The session ready to be mutated: copied the first time it is written to. */
  function writable(id: string): RawEvent {
    const current = byId.get(id) as RawEvent;
    if (written.has(id)) return current;
    const copy = structuredClone(current);
    written.add(id);
    replace(copy);
    return copy;
  }

  function found(sessionId: string): RawEvent {
    const event = byId.get(sessionId);
    if (!event) throw new DemoApiError(404, DEMO_MESSAGES.sessionNotFound);
    return event;
  }

  function userFor(userId: string): RawUser {
    if (userId === '') return { exists: false };
    const person = peopleById.get(userId);
    return person
      ? { exists: true, id: person.id, username: person.username, display_name: person.display_name }
      : { exists: true, id: userId };
  }

  function touched(event: RawEvent) {
    event.updatedAt = new Date(now()).toISOString();
    for (const listener of listeners) listener();
  }

  function sessionsBetween(startMs: number, endMs: number): RawEvent[] {
    const out: RawEvent[] = [];
    if (!(endMs > startMs) || byId.size === 0) return out;
    const from = Math.max(Math.floor(startMs / DAY_MS) * DAY_MS, firstDayMs);
    const to = Math.min(endMs, lastDayMs + DAY_MS);
    for (let day = from; day < to; day += DAY_MS) {
      for (const event of byDay.get(dayKey(day)) ?? []) {
        const start = startOf.get(event._id) ?? NaN;
        if (start >= startMs && start < endMs) out.push(event);
      }
    }
    return out;
  }

  function changeHost(sessionId: string, body: Extract<ChangeBody, { prop: 'host' | 'cohost' }>): RawEvent {
    const current = found(sessionId);
    if (current.cancelled) throw new DemoApiError(400, DEMO_MESSAGES.cancelled);
    const cohost = body.prop === 'cohost';
    const first = current.servers[0];
    const serverId = body.server_id === undefined || body.server_id === '' ? undefined : body.server_id;
    const onFirst = serverId === undefined || serverId === first?._id;
    if (!onFirst && !current.servers.some((server) => server._id === serverId)) {
      throw new DemoApiError(404, DEMO_MESSAGES.serverNotFound);
    }
    if (cohost && current.schedule.disable_cohost) throw new DemoApiError(400, DEMO_MESSAGES.cohostDisabled);

    const self = body.value === me.id;
    const canAssign = cohost ? permissions.assign_cohost : permissions.assign_host;
    const canSelf = cohost ? permissions.self_assign_cohost : permissions.self_assign_host;
    if (!(self ? canSelf : canAssign)) throw new DemoApiError(403, DEMO_MESSAGES.forbidden);

    const type = cohost ? 'co_host_id' : 'host_id';
    const matches = (entry: RawSubhost) => entry.server_id === serverId && (entry.type ?? 'host_id') === type;
    const holder = onFirst
      ? cohost
        ? current.co_host_id
        : current.host_id
      : current.subhosting.find(matches)?.user_id;
    if (holder === body.value) return structuredClone(current);
    if (!isOpen(holder) && !canAssign) throw new DemoApiError(400, DEMO_MESSAGES.slotTaken);

    if (self) {
      const quota = cohost ? permissions.cohost_quota : permissions.host_quota;
      const used = cohost ? permissions.cohost_quota_used : permissions.host_quota_used;
      if (quota > 0 && used >= quota) {
        throw new DemoApiError(400, cohost ? DEMO_MESSAGES.cohostQuota : DEMO_MESSAGES.hostQuota);
      }
    }

    const event = writable(sessionId);
    const user = userFor(body.value);
    if (onFirst) {
      if (cohost) {
        event.co_host_id = body.value;
        event.co_host = user;
      } else {
        event.host_id = body.value;
        event.host = user;
      }
    } else {
      const entry = event.subhosting.find(matches);
      if (entry) {
        entry.user_id = body.value;
        entry.user = user;
        entry.type = type;
      } else {
        event.subhosting.push({ server_id: serverId as string, type, user_id: body.value, user });
      }
    }
    if (self) {
      permissions = cohost
        ? { ...permissions, cohost_quota_used: permissions.cohost_quota_used + 1 }
        : { ...permissions, host_quota_used: permissions.host_quota_used + 1 };
    }
    touched(event);
    const what = cohost ? 'the co-host slot' : 'the host slot';
    logWrite(sessionId, { slot: slotKey(body.prop, onFirst ? '' : serverId), what, value: body.value });
    return structuredClone(event);
  }

  function changeRole(sessionId: string, body: Extract<ChangeBody, { prop: 'role' }>): RawEvent {
    const current = found(sessionId);
    if (current.cancelled) throw new DemoApiError(400, DEMO_MESSAGES.cancelled);
    const serverIndex = current.servers.findIndex((server) => server._id === body.server_id);
    const server = current.servers[serverIndex];
    if (!server) throw new DemoApiError(404, DEMO_MESSAGES.serverNotFound);
    const groupIndex = server.groups.findIndex((group) => group._id === body.group_id);
    const group = server.groups[groupIndex];
    if (!group) throw new DemoApiError(404, DEMO_MESSAGES.groupNotFound);
    const roleIndex = group.roles.findIndex((role) => role._id === body.role_id);
    const role = group.roles[roleIndex];
    if (!role) throw new DemoApiError(404, DEMO_MESSAGES.roleNotFound);

    const self = body.value === me.id;
    if (!self && !permissions.assign_roles) throw new DemoApiError(403, DEMO_MESSAGES.forbidden);
    if (role.user_id === body.value) return structuredClone(current);
    if (!isOpen(role.user_id) && !permissions.assign_roles)
      throw new DemoApiError(400, DEMO_MESSAGES.slotTaken);

    const event = writable(sessionId);
    const target = event.servers[serverIndex]?.groups[groupIndex]?.roles[roleIndex];
    const targetServer = event.servers[serverIndex];
    if (!target || !targetServer) throw new Error('demo store: role vanished while copying');
    target.user_id = body.value;
    targetServer.updatedAt = new Date(now()).toISOString();
    touched(event);
    const slot = slotKey('role', body.server_id, body.role_id);
    logWrite(sessionId, { slot, what: `the ${role.name} role`, value: body.value });
    return structuredClone(event);
  }

  /**
   * Who may create or delete servers is not in the permissions object (API.md: "the API
   * decides"). The demo's rule: whoever may assign hosts, or the session's host or co-host.
   */
  function assertCanManageServers(event: RawEvent) {
    if (permissions.assign_host || event.host_id === me.id || event.co_host_id === me.id) return;
    throw new DemoApiError(403, DEMO_MESSAGES.forbidden);
  }

  return {
    workspaceId: workspace.workspaceId,
    seed: workspace.seed,
    today: workspace.today,
    me,
    people: workspace.people,
    now,
    sessionsOnDay: (day) => byDay.get(day) ?? [],
    sessionsBetween,
    upcoming(nowMs) {
      const out: RawEvent[] = [];
      const from = nowMs - UPCOMING_LOOKBACK_MS;
      for (
        let day = Math.max(Math.floor(from / DAY_MS) * DAY_MS, firstDayMs);
        day <= lastDayMs;
        day += DAY_MS
      ) {
        for (const event of byDay.get(dayKey(day)) ?? []) {
          if (event.cancelled || (startOf.get(event._id) ?? NaN) < from) continue;
          out.push(event);
          if (out.length === UPCOMING_LIMIT) return out;
        }
      }
      return out;
    },
    session: (sessionId) => byId.get(sessionId),
    change(sessionId, body) {
      return body.prop === 'role' ? changeRole(sessionId, body) : changeHost(sessionId, body);
    },
    cancelElsewhere(sessionId) {
      found(sessionId);
      const event = writable(sessionId);
      event.cancelled = true;
      touched(event);
      return structuredClone(event);
    },
    createServer(sessionId) {
      const current = found(sessionId);
      if (current.cancelled) throw new DemoApiError(400, DEMO_MESSAGES.cancelled);
      assertCanManageServers(current);
      const event = writable(sessionId);
      const at = new Date(now()).toISOString();
      const template: { name: string; priority: number; roles: { name: string }[] }[] =
        event.polyfill.length > 0 ? event.polyfill : (event.servers[0]?.groups ?? []);
      const groups: RawRoleGroup[] = template.map((group) => ({
        _id: ids.objectId(),
        name: group.name,
        priority: group.priority,
        roles: group.roles.map((role) => ({ _id: ids.objectId(), name: role.name, user_id: '' })),
      }));
      const server: RawServer = {
        _id: ids.objectId(),
        source: 'web',
        created_by: me.id,
        status: 'active',
        createdAt: at,
        updatedAt: at,
        groups,
      };
      event.servers.push(server);
      touched(event);
      logWrite(sessionId, { server: 'created' });
      return structuredClone(server);
    },
    deleteServer(sessionId, serverId) {
      const current = found(sessionId);
      if (!current.servers.some((server) => server._id === serverId)) {
        throw new DemoApiError(404, DEMO_MESSAGES.serverNotFound);
      }
      assertCanManageServers(current);
      const event = writable(sessionId);
      // The event-level host / co-host stay: they are the event's first slot, whichever server is first.
      event.servers = event.servers.filter((server) => server._id !== serverId);
      event.subhosting = event.subhosting.filter((entry) => entry.server_id !== serverId);
      touched(event);
      logWrite(sessionId, { server: 'deleted' });
    },
    logs: (sessionId) =>
      demoSessionLogs(found(sessionId), peopleById, writeLogs.get(sessionId) ?? [], workspace.seed, now()),
    permissions: () => ({ ...permissions }),
    weekStartsOn: () => workspace.weekStartsOn,
    snapshot() {
      return {
        version: 1,
        workspaceId: workspace.workspaceId,
        seed: workspace.seed,
        today: workspace.today,
        permissions: { ...permissions },
        idState: ids.state(),
        sessions: [...written].map((id) => structuredClone(byId.get(id) as RawEvent)),
      };
    },
    restore(json) {
      const parsed = SnapshotSchema.safeParse(json);
      if (!parsed.success) return false;
      const snapshot = parsed.data;
      if (
        snapshot.workspaceId !== workspace.workspaceId ||
        snapshot.seed !== workspace.seed ||
        snapshot.today !== workspace.today
      ) {
        return false;
      }
      const sessions = snapshot.sessions as unknown as RawEvent[];
      if (!sessions.every((event) => byId.has(event._id) && SessionSchema.safeParse(event).success))
        return false;
      permissions = snapshot.permissions;
      ids = createRandom(snapshot.idState);
      for (const event of sessions) {
        written.add(event._id);
        replace(structuredClone(event));
      }
      return true;
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
