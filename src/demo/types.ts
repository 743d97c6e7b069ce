import type { ChangeBody } from '../hyra/contract';
import type { Permissions, WeekDayName } from '../hyra/schemas';

/*
 * The raw JSON shapes the demo serves, exactly as API.md describes Hyra's (newer
 * reference version). These are wire shapes, not the parsed `Session` of schemas.ts:
 * open slots keep their three forms ("", null, missing) and optional fields may be absent.
 */

/** A person in the demo workspace (a Roblox user). */
export interface DemoPerson {
  /** Roblox user ID, a numeric string. */
  id: string;
  username: string;
  display_name: string;
}

/** Hyra's `User` object. `{ exists: false }` marks an empty host / co-host slot. */
export interface RawUser {
  exists: boolean;
  id?: string;
  username?: string;
  display_name?: string;
}

export interface RawRole {
  _id: string;
  name: string;
  /** Open slot: "", null or the key missing. */
  user_id?: string | null;
}

export interface RawRoleGroup {
  _id: string;
  name: string;
  priority: number;
  roles: RawRole[];
}

export interface RawServer {
  _id: string;
  source?: 'web';
  created_by: string;
  status: string;
  createdAt: string;
  updatedAt: string;
  groups: RawRoleGroup[];
}

export interface RawPolyfillGroup {
  _id: string;
  name: string;
  priority: number;
  createdAt: string;
  updatedAt: string;
  roles: { _id: string; name: string }[];
}

export interface RawSubhost {
  server_id: string;
  /** Absent means host. */
  type?: 'host_id' | 'co_host_id';
  user_id: string;
  user: RawUser;
}

export interface RawSchedule {
  _id: string;
  name: string;
  public_start_offset: number;
  public_slock_offset: number;
  publish_to_discord: boolean;
  disable_cohost: boolean;
  game_link: string;
  thumbnail_url: string;
  game_thumbnail_url: string;
  roles: string[];
  updatedAt: string;
}

/** One event ("session") in the API's Event shape. */
export interface RawEvent {
  _id: string;
  start: string;
  createdAt: string;
  updatedAt: string;
  in_progress: boolean;
  cancelled: boolean;
  adhoc: boolean;
  schedule: RawSchedule;
  host_id: string;
  co_host_id: string;
  host: RawUser;
  co_host: RawUser;
  servers: RawServer[];
  polyfill: RawPolyfillGroup[];
  subhosting: RawSubhost[];
}

/** Everything the generator makes; the store serves it. */
export interface DemoWorkspace {
  workspaceId: string;
  /** What it was generated from, so a saved snapshot can be matched to it. */
  seed: number;
  today: string;
  weekStartsOn: WeekDayName;
  permissions: Permissions;
  me: DemoPerson;
  people: DemoPerson[];
  schedules: RawSchedule[];
  /** Sorted by `start`. Treated as read-only by the store (it copies on write). */
  sessions: RawEvent[];
}

/**
 * Persisted form of a store: the permissions and every session written to since the
 * workspace was generated. Small even for the huge scenario; `restore` applies it onto a
 * store built from the same seed and day.
 */
export interface DemoSnapshot {
  version: 1;
  workspaceId: string;
  seed: number;
  today: string;
  permissions: Permissions;
  /** State of the ID generator, so new servers do not reuse an ID. */
  idState: number;
  sessions: RawEvent[];
}

export interface DemoStore {
  readonly workspaceId: string;
  readonly seed: number;
  readonly today: string;
  readonly me: DemoPerson;
  readonly people: readonly DemoPerson[];
  now(): number;
  /** Sessions whose `start` falls on this UTC day (`YYYY-MM-DD`), sorted by start. Do not mutate. */
  sessionsOnDay(day: string): readonly RawEvent[];
  /** Sessions with `start` in [startMs, endMs), sorted by start. Do not mutate. */
  sessionsBetween(startMs: number, endMs: number): RawEvent[];
  /** Not cancelled, starting at or after an hour before `nowMs`, sorted, the first 50. */
  upcoming(nowMs: number): RawEvent[];
  session(sessionId: string): RawEvent | undefined;
  /** Applies `PATCH .../change`; returns a copy of the updated event. Throws DemoApiError. */
  change(sessionId: string, body: ChangeBody): RawEvent;
  /** Someone cancels the session in Hyra's web app (the API has no cancel): the live scenario's. */
  cancelElsewhere(sessionId: string): RawEvent;
  /** Applies `POST .../server`; returns a copy of the new server. Throws DemoApiError. */
  createServer(sessionId: string): RawServer;
  /** Applies `DELETE .../server/{serverId}`. Throws DemoApiError. */
  deleteServer(sessionId: string, serverId: string): void;
  /** The session's logs (made-up history and this demo's writes), oldest first. Throws DemoApiError. */
  logs(sessionId: string): import('./logs').DemoLogEntry[];
  permissions(): Permissions;
  weekStartsOn(): WeekDayName;
  snapshot(): DemoSnapshot;
  /** Applies a snapshot from `snapshot()`; false (and no change) when it does not fit this workspace. */
  restore(json: unknown): boolean;
  /** Called after every successful write. Returns an unsubscribe function. */
  subscribe(listener: () => void): () => void;
}

export interface DemoStoreOptions {
  now?: () => number;
}
