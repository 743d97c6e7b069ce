import '../hyra/zod-config';
import * as z from 'zod';
import { NO_PERMISSIONS } from '../hyra/parse';
import type { Permissions } from '../hyra/schemas';

/*
 * Hyra's permissions object, written once: NO_PERMISSIONS (src/hyra/parse.ts, what a
 * response without one grants) lists every key; the demo's sets are made from it.
 */

/** Every flag granted, and no claim limit (a quota of 0 limits nothing). */
export const ALL_PERMISSIONS: Permissions = Object.fromEntries(
  Object.entries(NO_PERMISSIONS).map(([key, value]) => [key, typeof value === 'boolean' ? true : value]),
) as Permissions;

/** The demo's by default: everything allowed, claim limits partly used. */
export const DEFAULT_DEMO_PERMISSIONS: Permissions = {
  ...ALL_PERMISSIONS,
  host_quota: 5,
  host_quota_used: 2,
  cohost_quota: 5,
  cohost_quota_used: 1,
};

/**
 * Strict, for the demo's own saved state: every key present with its type (Hyra's
 * PermissionsSchema is lenient and would repair a broken snapshot instead of refusing it).
 */
export const SavedPermissionsSchema = z.object(
  Object.fromEntries(
    Object.entries(NO_PERMISSIONS).map(([key, value]) => [
      key,
      typeof value === 'boolean' ? z.boolean() : z.number(),
    ]),
  ),
) as unknown as z.ZodType<Permissions>;
