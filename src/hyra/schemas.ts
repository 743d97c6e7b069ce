import './zod-config';
import * as z from 'zod';
import { WEEK_DAYS } from './contract';

/*
 * Schemas for Hyra's sessions API (see README "The Hyra contract").
 *
 * Strict where the screen depends on it (`_id`, `start`), lenient everywhere else:
 * unknown keys are dropped, optional or malformed secondary fields fall back to a
 * neutral default, and one malformed event is dropped and reported instead of failing
 * the whole response.
 */

const text = z.string().catch('');
const optionalText = z.string().optional().catch(undefined);
const flag = z.boolean().catch(false);
const count = z.number().finite().catch(0);
/** An ID or user ID: Hyra sends strings, but numbers have been seen for Roblox IDs. */
const idLike = z
  .union([z.string(), z.number().transform(String)])
  .nullable()
  .optional()
  .catch(undefined)
  .transform((value) => (value === null || value === undefined || value === '' ? undefined : value));

const requiredId = z.union([z.string().min(1), z.number().transform(String)]);
const instant = z.iso.datetime({ offset: true });
const optionalInstant = instant.optional().catch(undefined);

function lenientArray<T extends z.ZodType>(item: T) {
  return z
    .array(z.unknown())
    .catch([])
    .transform((values) => {
      const kept: z.output<T>[] = [];
      for (const value of values) {
        const parsed = item.safeParse(value);
        if (parsed.success) kept.push(parsed.data);
      }
      return kept;
    });
}

export const UserSchema = z.object({
  exists: z.boolean().catch(true),
  id: idLike,
  username: optionalText,
  display_name: optionalText,
});
export type User = z.infer<typeof UserSchema>;

const optionalUser = UserSchema.nullable().optional().catch(undefined);

export const PermissionsSchema = z.object({
  self_assign_host: flag,
  assign_host: flag,
  self_assign_cohost: flag,
  assign_cohost: flag,
  assign_roles: flag,
  create_report: flag,
  delete_sessions: flag,
  delete_adhoc_sessions: flag,
  cancel_sessions: flag,
  create_adhoc_sessions: flag,
  host_quota: count,
  host_quota_used: count,
  cohost_quota: count,
  cohost_quota_used: count,
});
export type Permissions = z.infer<typeof PermissionsSchema>;

const GRANTS_NOTHING: Permissions = PermissionsSchema.parse({});

export const RoleSchema = z.object({
  _id: requiredId,
  name: text,
  user_id: idLike,
});
export type Role = z.infer<typeof RoleSchema>;

export const RoleGroupSchema = z.object({
  _id: requiredId,
  name: text,
  priority: count,
  roles: lenientArray(RoleSchema),
});
export type RoleGroup = z.infer<typeof RoleGroupSchema>;

export const ServerSchema = z.object({
  _id: requiredId,
  source: optionalText,
  created_by: idLike,
  status: optionalText,
  createdAt: optionalInstant,
  updatedAt: optionalInstant,
  groups: lenientArray(RoleGroupSchema),
});
export type Server = z.infer<typeof ServerSchema>;

export const PolyfillGroupSchema = z.object({
  _id: requiredId,
  name: text,
  priority: count,
  roles: lenientArray(z.object({ _id: requiredId, name: text })),
});
export type PolyfillGroup = z.infer<typeof PolyfillGroupSchema>;

export const SubhostSchema = z.object({
  server_id: requiredId,
  /** Absent means host (API.md, assumed). */
  type: z.enum(['host_id', 'co_host_id']).optional().catch(undefined),
  user_id: idLike,
  user: optionalUser,
});
export type Subhost = z.infer<typeof SubhostSchema>;

export const ScheduleSchema = z.object({
  _id: idLike,
  name: z.string().catch('Untitled session'),
  public_start_offset: count,
  public_slock_offset: count,
  publish_to_discord: flag,
  disable_cohost: flag,
  game_link: optionalText,
  thumbnail_url: optionalText,
  game_thumbnail_url: optionalText,
  roles: lenientArray(z.string()),
  updatedAt: optionalInstant,
});
export type Schedule = z.infer<typeof ScheduleSchema>;

const FALLBACK_SCHEDULE: Schedule = ScheduleSchema.parse({});

export const SessionSchema = z.object({
  _id: requiredId,
  start: instant,
  createdAt: optionalInstant,
  updatedAt: optionalInstant,
  in_progress: flag,
  cancelled: flag,
  adhoc: flag,
  schedule: ScheduleSchema.catch(FALLBACK_SCHEDULE),
  host_id: idLike,
  co_host_id: idLike,
  host: optionalUser,
  co_host: optionalUser,
  servers: lenientArray(ServerSchema),
  polyfill: lenientArray(PolyfillGroupSchema),
  subhosting: lenientArray(SubhostSchema),
});
export type Session = z.infer<typeof SessionSchema>;

export { WEEK_DAYS, type WeekDayName } from './contract';

/** Hyra's documented error body. */
export const HyraErrorBodySchema = z.object({
  statusCode: z.number().optional().catch(undefined),
  error: optionalText,
  message: z
    .union([z.string(), z.array(z.string()).transform((parts) => parts.join('; '))])
    .optional()
    .catch(undefined),
});

/** Reply of `POST .../server`: only `_id` is trusted. */
export const CreatedServerSchema = z.object({ _id: requiredId });

/** The sessions envelope; parse.ts reads it by hand, to this specification. */
export const SessionsEnvelopeSchema = z.object({
  permissions: PermissionsSchema.catch(GRANTS_NOTHING),
  events: z.array(z.unknown()),
  week_starts_on: z
    .string()
    .transform((value) => value.toLowerCase())
    .pipe(z.enum(WEEK_DAYS))
    .optional()
    .catch(undefined),
});
