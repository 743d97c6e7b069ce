import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { HyraApi } from './api';
import type { ChangeBody } from './contract';
import type { SlotRef } from './permissions';
import { sessionsQueries } from './queries';
import type { SessionsPage } from './parse';
import type { Permissions, Session, User } from './schemas';
import { selectCoHost, selectHost, selectServers, type Holder } from './selectors';

/** The PATCH body that puts `value` into `slot` (the first server's host is the event's own). */
export function changeBodyFor(session: Session, slot: SlotRef, value: string): ChangeBody {
  if (slot.kind === 'role') {
    return { prop: 'role', server_id: slot.serverId, group_id: slot.groupId, role_id: slot.roleId, value };
  }
  const first = session.servers[0]?._id;
  return slot.serverId && slot.serverId !== first
    ? { prop: slot.kind, value, server_id: slot.serverId }
    : { prop: slot.kind, value };
}

/** Who holds a slot now. */
export function holderOfSlot(session: Session, slot: SlotRef): Holder | null {
  if (slot.kind !== 'role' && (!slot.serverId || slot.serverId === session.servers[0]?._id)) {
    return slot.kind === 'host' ? selectHost(session) : selectCoHost(session);
  }
  const server = selectServers(session).find((view) => view.serverId === slot.serverId);
  if (!server) return null;
  if (slot.kind !== 'role') return slot.kind === 'host' ? server.host : server.coHost;
  const group = server.groups.find((view) => view.groupId === slot.groupId);
  return group?.roles.find((role) => role.roleId === slot.roleId)?.holder ?? null;
}

/** The session as it will be once Hyra applies `body` (for an optimistic update). */
export function applyChange(session: Session, body: ChangeBody, user?: User): Session {
  const person: User = user ?? { exists: true, id: body.value, username: undefined, display_name: undefined };
  if (body.prop === 'role') {
    return {
      ...session,
      servers: session.servers.map((server) =>
        server._id !== body.server_id
          ? server
          : {
              ...server,
              groups: server.groups.map((group) =>
                group._id !== body.group_id
                  ? group
                  : {
                      ...group,
                      roles: group.roles.map((role) =>
                        role._id === body.role_id ? { ...role, user_id: body.value } : role,
                      ),
                    },
              ),
            },
      ),
    };
  }
  const first = session.servers[0]?._id;
  if (!body.server_id || body.server_id === first) {
    return body.prop === 'host'
      ? { ...session, host_id: body.value, host: person }
      : { ...session, co_host_id: body.value, co_host: person };
  }
  const type = body.prop === 'host' ? 'host_id' : 'co_host_id';
  const others = session.subhosting.filter(
    (sub) => !(sub.server_id === body.server_id && (sub.type ?? 'host_id') === type),
  );
  return {
    ...session,
    subhosting: [...others, { server_id: body.server_id, type, user_id: body.value, user: person }],
  };
}

/** A server as it will look once created: the schedule's template with every role open. */
export function withNewServer(session: Session, serverId: string, me: string | undefined): Session {
  return {
    ...session,
    servers: [
      ...session.servers,
      {
        _id: serverId,
        source: 'web',
        created_by: me,
        status: 'Creating…',
        createdAt: undefined,
        updatedAt: undefined,
        groups: session.polyfill.map((group) => ({
          _id: group._id,
          name: group.name,
          priority: group.priority,
          roles: group.roles.map((role) => ({ _id: role._id, name: role.name, user_id: undefined })),
        })),
      },
    ],
  };
}

export function withoutServer(session: Session, serverId: string): Session {
  return {
    ...session,
    servers: session.servers.filter((server) => server._id !== serverId),
    subhosting: session.subhosting.filter((sub) => sub.server_id !== serverId),
  };
}

type Snapshot = [readonly unknown[], SessionsPage | undefined][];

/** Rewrites one session in every cached day that holds it; returns what was there before. */
function updateCachedSession(
  queryClient: QueryClient,
  workspaceId: string,
  sessionId: string,
  update: (session: Session) => Session,
  updatePermissions?: (permissions: Permissions) => Permissions,
): Snapshot {
  const filters = { queryKey: sessionsQueries.days(workspaceId) };
  const snapshot = queryClient.getQueriesData<SessionsPage>(filters);
  queryClient.setQueriesData<SessionsPage>(filters, (page) => {
    if (!page) return page;
    const holds = page.sessions.some((session) => session._id === sessionId);
    return {
      ...page,
      permissions: updatePermissions ? updatePermissions(page.permissions) : page.permissions,
      sessions: holds
        ? page.sessions.map((session) => (session._id === sessionId ? update(session) : session))
        : page.sessions,
    };
  });
  return snapshot;
}

function restore(queryClient: QueryClient, snapshot: Snapshot | undefined) {
  for (const [key, data] of snapshot ?? []) queryClient.setQueryData(key, data);
}

/** Refetches the days that hold the session (Hyra's write replies are not trusted) and returns the fresh copy. */
async function refetchSession(queryClient: QueryClient, workspaceId: string, sessionId: string) {
  await queryClient.invalidateQueries({
    queryKey: sessionsQueries.days(workspaceId),
    predicate: (query) =>
      (query.state.data as SessionsPage | undefined)?.sessions.some((session) => session._id === sessionId) ??
      false,
  });
  for (const [, page] of queryClient.getQueriesData<SessionsPage>({
    queryKey: sessionsQueries.days(workspaceId),
  })) {
    const fresh = page?.sessions.find((session) => session._id === sessionId);
    if (fresh) return fresh;
  }
  return undefined;
}

export type WriteOutcome =
  | { kind: 'done' }
  | { kind: 'failed'; error: Error }
  /** The write went through but the refetch shows someone else in the slot. */
  | { kind: 'conflict'; holder: Holder };

export interface SlotChange {
  session: Session;
  slot: SlotRef;
  /** Roblox user ID of the new holder. */
  value: string;
  /** What the UI knows of that user, for the optimistic update. */
  user?: User;
  /** Set when I take a host or co-host slot: the quota it counts against. */
  quota?: 'host' | 'cohost';
}

/** PATCH .../change with an optimistic update, a refetch to confirm, and a rollback on failure. */
export function useChangeSlot(api: HyraApi, onOutcome: (outcome: WriteOutcome, change: SlotChange) => void) {
  const queryClient = useQueryClient();
  const workspaceId = api.workspaceId;
  return useMutation({
    mutationFn: (change: SlotChange) =>
      api.change(change.session._id, changeBodyFor(change.session, change.slot, change.value)),
    onMutate: async (change) => {
      await queryClient.cancelQueries({ queryKey: sessionsQueries.days(workspaceId) });
      const body = changeBodyFor(change.session, change.slot, change.value);
      const quotaKey = change.quota === 'host' ? 'host_quota_used' : 'cohost_quota_used';
      return updateCachedSession(
        queryClient,
        workspaceId,
        change.session._id,
        (session) => applyChange(session, body, change.user),
        change.quota
          ? (permissions) => ({ ...permissions, [quotaKey]: permissions[quotaKey] + 1 })
          : undefined,
      );
    },
    onError: (error, change, snapshot) => {
      restore(queryClient, snapshot);
      onOutcome({ kind: 'failed', error }, change);
      void refetchSession(queryClient, workspaceId, change.session._id);
    },
    onSuccess: async (_reply, change) => {
      const fresh = await refetchSession(queryClient, workspaceId, change.session._id);
      const holder = fresh ? holderOfSlot(fresh, change.slot) : null;
      onOutcome(
        holder && holder.id !== change.value ? { kind: 'conflict', holder } : { kind: 'done' },
        change,
      );
    },
  });
}

/** POST .../server, shown at once as a server being created. */
export function useCreateServer(
  api: HyraApi,
  me: string | undefined,
  onOutcome: (outcome: WriteOutcome) => void,
) {
  const queryClient = useQueryClient();
  const workspaceId = api.workspaceId;
  return useMutation({
    mutationFn: (session: Session) => api.createServer(session._id),
    onMutate: async (session) => {
      await queryClient.cancelQueries({ queryKey: sessionsQueries.days(workspaceId) });
      const tempId = `pending-${Date.now()}`;
      return updateCachedSession(queryClient, workspaceId, session._id, (cached) =>
        withNewServer(cached, tempId, me),
      );
    },
    onError: (error, session, snapshot) => {
      restore(queryClient, snapshot);
      onOutcome({ kind: 'failed', error });
      void refetchSession(queryClient, workspaceId, session._id);
    },
    onSuccess: async (_reply, session) => {
      await refetchSession(queryClient, workspaceId, session._id);
      onOutcome({ kind: 'done' });
    },
  });
}

/** DELETE .../server/{id}, removed at once and restored if Hyra refuses. */
export function useDeleteServer(api: HyraApi, onOutcome: (outcome: WriteOutcome) => void) {
  const queryClient = useQueryClient();
  const workspaceId = api.workspaceId;
  return useMutation({
    mutationFn: ({ session, serverId }: { session: Session; serverId: string }) =>
      api.deleteServer(session._id, serverId),
    onMutate: async ({ session, serverId }) => {
      await queryClient.cancelQueries({ queryKey: sessionsQueries.days(workspaceId) });
      return updateCachedSession(queryClient, workspaceId, session._id, (cached) =>
        withoutServer(cached, serverId),
      );
    },
    onError: (error, { session }, snapshot) => {
      restore(queryClient, snapshot);
      onOutcome({ kind: 'failed', error });
      void refetchSession(queryClient, workspaceId, session._id);
    },
    onSuccess: async (_reply, { session }) => {
      await refetchSession(queryClient, workspaceId, session._id);
      onOutcome({ kind: 'done' });
    },
  });
}
