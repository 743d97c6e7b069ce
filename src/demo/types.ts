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
