import '../hyra/zod-config';
import * as z from 'zod';
import { SavedPermissionsSchema } from './permissions';

export const SnapshotSchema = z.object({
  version: z.literal(1),
  workspaceId: z.string(),
  seed: z.number(),
  today: z.string(),
  permissions: SavedPermissionsSchema,
  idState: z.number().int(),
  sessions: z.array(z.looseObject({ _id: z.string(), start: z.string() })),
});
