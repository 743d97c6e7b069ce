import './zod-config';
import { z } from 'zod';

/*
 * Who is looking, read at the boundary with zod. Loaded only when the server has sign-in
 * or the read-only mode (see loadRuntimeConfig), so zod stays out of the first download.
 */

const PersonSchema = z.object({
  id: z.string().regex(/^\d{1,20}$/),
  name: z.string().max(200).catch(''),
});
export type Person = z.infer<typeof PersonSchema>;

/** What each role leaves of the key's permission flags (the server's ROLE_ALLOWS). */
const AllowsSchema = z.record(z.string(), z.boolean());

/**
 * Who is looking, as the dashboard's server tells it. The server decides all of it (who
 * is staff, what their role allows); the browser only shows it.
 */
export const ViewerSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('single-user') }),
  z.object({ status: z.literal('read-only') }),
  z.object({ status: z.literal('signed-out') }),
  z.object({ status: z.literal('not-staff'), person: PersonSchema, message: z.string() }),
  z.object({ status: z.literal('unavailable'), person: PersonSchema.optional(), message: z.string() }),
  z.object({
    status: z.literal('staff'),
    person: PersonSchema,
    role: z.enum(['staff', 'admin']),
    allows: AllowsSchema,
  }),
]);
export type Viewer = z.infer<typeof ViewerSchema>;

/** Anything the server did not say clearly is no sign-in: the single-user dashboard. */
export function parseViewer(json: unknown): Viewer | undefined {
  const result = ViewerSchema.safeParse(json);
  return result.success && result.data.status !== 'single-user' ? result.data : undefined;
}
