import './zod-config';
import { queryOptions } from '@tanstack/react-query';
import * as z from 'zod';
import type { HyraApi } from './api';
import { clientByLimiter } from './client';
import type { Permissions } from './schemas';

/*
 * A session's logs: `GET /activity/sessions/{ws}/{eventId}/logs` is documented, its reply
 * is not (docs/HYRA-CONTRACT.md, "Assumed: session logs"). The reader below recognises a
 * list of entries (time, actor, action) in a few likely shapes and turns anything else into
 * readable text: it never throws, so the logs can never fail the detail.
 */

/** documented path, undocumented reply */
export const logsPath = (workspaceId: string, sessionId: string) =>
  `/activity/sessions/${encodeURIComponent(workspaceId)}/${encodeURIComponent(sessionId)}/logs`;

/**
 * Who may read a session's logs (assumed: those who may assign slots, as Hyra's own web app
 * shows logs to session managers). The server's policy (server/policy.js) applies the same rule.
 */
export function mayReadLogs(permissions: Permissions): boolean {
  return permissions.assign_host || permissions.assign_cohost || permissions.assign_roles;
}

export interface LogActor {
  id?: string;
  name?: string;
  /** Shown as "(@username)" after a display name that differs from it; isolated on its own. */
  username?: string;
}

export interface LogEntry {
  /** Epoch milliseconds, when the entry had a readable time. */
  at?: number;
  actor?: LogActor;
  action: string;
  /** Only an http(s) address. */
  link?: string;
}

export type SessionLogs =
  | { kind: 'entries'; entries: LogEntry[]; unreadable: number }
  | { kind: 'empty' }
  | { kind: 'text'; text: string };

const MAX_ENTRIES = 500;
const MAX_FIELD = 500;
const MAX_TEXT = 20_000;

/** Where a list of entries may sit in the reply (assumed shapes). */
const LIST_KEYS = ['logs', 'entries', 'data', 'events', 'items', 'results', 'activity'] as const;
const TIME_KEYS = ['createdAt', 'created_at', 'timestamp', 'time', 'date', 'at'] as const;
const ACTOR_KEYS = ['user', 'actor', 'author', 'by', 'performed_by', 'member', 'executor'] as const;
const ACTOR_ID_KEYS = ['user_id', 'userId', 'actor_id', 'actorId'] as const;
/** Words for people first: a `message` says more than an `action` code. */
const ACTION_KEYS = ['message', 'description', 'text', 'action', 'event', 'type', 'content'] as const;
const LINK_KEYS = ['url', 'link'] as const;

/** Control characters other than the line break. */
// eslint-disable-next-line no-control-regex -- removing control characters is the point
const CONTROLS = /[\u0000-\u0009\u000b-\u001f\u007f]/g;

/** A short, trimmed, non-empty string; control characters other than line breaks removed. */
const Text = z
  .string()
  .transform((value) => value.replace(CONTROLS, '').trim().slice(0, MAX_FIELD))
  .pipe(z.string().min(1));
const IdLike = z.union([Text, z.number().int().nonnegative().transform(String)]);

/** An instant: ISO 8601 text (a date first), or epoch seconds / milliseconds. */
const Instant = z.union([
  z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}/)
    .transform((value) => Date.parse(value))
    .pipe(z.number().finite()),
  z
    .number()
    .finite()
    .positive()
    .transform((value) => (value > 1e12 ? value : value * 1000)),
]);

/** An actor: a name, or a User-like object (Hyra's `User`, or `{ name, id }`). */
const Actor = z.union([
  Text.transform((name): LogActor => ({ name })),
  z
    .object({
      display_name: Text.optional().catch(undefined),
      username: Text.optional().catch(undefined),
      name: Text.optional().catch(undefined),
      id: IdLike.optional().catch(undefined),
      _id: IdLike.optional().catch(undefined),
    })
    .transform((user): LogActor => ({
      id: user.id ?? user._id,
      name: user.display_name ?? user.username ?? user.name,
      ...(user.display_name && user.username && user.display_name !== user.username
        ? { username: user.username }
        : {}),
    }))
    .refine((actor) => actor.id !== undefined || actor.name !== undefined),
]);

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The first of `keys` whose value `schema` accepts. */
function firstOf<T>(record: Record<string, unknown>, keys: readonly string[], schema: z.ZodType<T>) {
  for (const key of keys) {
    if (!(key in record)) continue;
    const parsed = schema.safeParse(record[key]);
    if (parsed.success) return parsed.data;
  }
  return undefined;
}

/** One log entry, when it says what happened; undefined otherwise. */
export const LogEntrySchema = z.unknown().transform((value, context): LogEntry => {
  if (!isRecord(value)) {
    context.addIssue({ code: 'custom', message: 'not an object' });
    return z.NEVER;
  }
  const action = firstOf(value, ACTION_KEYS, Text);
  if (action === undefined) {
    context.addIssue({ code: 'custom', message: 'no action' });
    return z.NEVER;
  }
  const actorId = firstOf(value, ACTOR_ID_KEYS, IdLike);
  const actor = firstOf(value, ACTOR_KEYS, Actor) ?? (actorId ? { id: actorId } : undefined);
  const url = firstOf(value, LINK_KEYS, Text);
  return {
    at: firstOf(value, TIME_KEYS, Instant),
    actor: actor && actor.id === undefined && actorId ? { ...actor, id: actorId } : actor,
    action,
    link: url === undefined ? undefined : httpLink(url),
  };
});

/** An http(s) address, else undefined: `javascript:`, `data:` and relative links are text. */
export function httpLink(value: string): string | undefined {
  try {
    const url = new URL(value.trim());
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** The reply's list of entries: a bare array, or an array under one of LIST_KEYS (one level deep). */
function listIn(value: unknown): unknown[] | undefined {
  if (Array.isArray(value)) return value;
  if (!isRecord(value)) return undefined;
  for (const key of LIST_KEYS) {
    const inner = value[key];
    if (Array.isArray(inner)) return inner;
    if (isRecord(inner)) {
      const nested = LIST_KEYS.map((name) => inner[name]).find(Array.isArray);
      if (nested) return nested;
    }
  }
  return undefined;
}

/** Anything as readable text: a string as it is, anything else as indented JSON (cut when huge). */
function asText(value: unknown): string {
  let text: string;
  if (typeof value === 'string') text = value;
  else {
    try {
      text = JSON.stringify(value, null, 2) ?? String(value);
    } catch {
      text = String(value);
    }
  }
  return text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT)}\n…` : text;
}

/** Reads whatever the logs endpoint answered. Never throws. */
export function parseSessionLogs(value: unknown): SessionLogs {
  if (value === undefined || value === null || value === '') return { kind: 'empty' };
  const list = listIn(value);
  if (list) {
    if (list.length === 0) return { kind: 'empty' };
    const entries: LogEntry[] = [];
    let unreadable = 0;
    for (const item of list) {
      const parsed = LogEntrySchema.safeParse(item);
      if (parsed.success && entries.length < MAX_ENTRIES) entries.push(parsed.data);
      else if (!parsed.success) unreadable += 1;
    }
    if (entries.length > 0) {
      // Newest first when every entry has a time; otherwise Hyra's order.
      if (entries.every((entry) => entry.at !== undefined)) entries.sort((a, b) => b.at! - a.at!);
      return { kind: 'entries', entries, unreadable };
    }
  }
  return { kind: 'text', text: asText(value) };
}

/** `GET …/logs` through the API's own client (its token, rate limit and error kinds), read leniently. */
export async function fetchSessionLogs(api: HyraApi, sessionId: string, signal?: AbortSignal) {
  const client = clientByLimiter.get(api.limiter);
  if (!client) throw new Error('No Hyra client for this API');
  return parseSessionLogs(await client.request(logsPath(api.workspaceId, sessionId), { signal }));
}

/**
 * Query keys for logs (their own root, so refreshing sessions does not refetch them).
 * Fetched through the API's own client: its token, rate limit and error kinds.
 */
export const logsQueries = {
  session: (api: HyraApi, sessionId: string) =>
    // The API (and its client) is one per workspace and key: its workspace in the key stands for it.
    // eslint-disable-next-line @tanstack/query/exhaustive-deps
    queryOptions({
      queryKey: ['session-logs', api.workspaceId, sessionId] as const,
      queryFn: ({ signal }) => fetchSessionLogs(api, sessionId, signal),
      staleTime: 30_000,
    }),
};
