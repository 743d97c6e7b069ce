import '../../../hyra/zod-config';
import { useMemo, useSyncExternalStore } from 'react';
import * as z from 'zod';
import { watchKey, type Watch } from './watch-rules';
import { subscribeStoredWatches, WATCHES_KEY, watchesChanged } from './watch-signal';

/*
 * What this browser watches, in localStorage. Read leniently with zod: a malformed entry is
 * dropped on its own, garbage reads as nothing watched, and at most MAX_WATCHES are kept.
 */

export { WATCHES_KEY } from './watch-signal';
export const MAX_WATCHES = 200;

const Id = z.string().trim().min(1).max(200);
const Text = z.string().max(500);

const SlotSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.enum(['host', 'cohost']), serverId: Id.optional() }),
  z.object({ kind: z.literal('role'), serverId: Id, groupId: Id, roleId: Id }),
]);

export const WatchSchema = z.object({
  workspaceId: Id,
  sessionId: Id,
  name: Text.catch(''),
  start: z
    .string()
    .max(40)
    .refine((value) => !Number.isNaN(Date.parse(value))),
  slot: SlotSchema.optional(),
  label: Text.optional().catch(undefined),
  server: z.number().int().min(1).max(10_000).optional().catch(undefined),
});

/** Every readable watch in `json`, once each, the first MAX_WATCHES. */
export function parseWatches(json: unknown): Watch[] {
  if (!Array.isArray(json)) return [];
  const seen = new Set<string>();
  const watches: Watch[] = [];
  for (const item of json) {
    const parsed = WatchSchema.safeParse(item);
    if (!parsed.success) continue;
    const watch: Watch = parsed.data;
    const key = watchKey(watch);
    if (seen.has(key)) continue;
    seen.add(key);
    watches.push(watch);
    if (watches.length === MAX_WATCHES) break;
  }
  return watches;
}

const NONE: Watch[] = [];

function read(): Watch[] {
  try {
    const raw = window.localStorage.getItem(WATCHES_KEY);
    return raw ? parseWatches(JSON.parse(raw)) : NONE;
  } catch {
    return NONE;
  }
}

let current: Watch[] | undefined;

export function readWatches(): Watch[] {
  current ??= read();
  return current;
}

function write(watches: Watch[]) {
  current = watches;
  try {
    window.localStorage.setItem(WATCHES_KEY, JSON.stringify(watches));
  } catch {
    // Private mode or full storage: the watch holds for this page.
  }
  watchesChanged();
}

export function addWatch(watch: Watch) {
  const key = watchKey(watch);
  const rest = readWatches().filter((existing) => watchKey(existing) !== key);
  write([...rest, watch].slice(-MAX_WATCHES));
}

export function removeWatch(key: string) {
  write(readWatches().filter((existing) => watchKey(existing) !== key));
}

/** Forget the in-memory copy (tests start from storage again). */
export function resetWatchesCache() {
  current = undefined;
}

/** Calls `listener` when the watches change; another tab's change is read again from storage. */
export function subscribeWatches(listener: () => void) {
  return subscribeStoredWatches((fromAnotherTab) => {
    if (fromAnotherTab) current = undefined;
    listener();
  });
}

/** The watches of this browser, in one workspace. */
export function useWatches(workspaceId: string): Watch[] {
  const all = useSyncExternalStore(subscribeWatches, readWatches, () => NONE);
  return useMemo(() => all.filter((watch) => watch.workspaceId === workspaceId), [all, workspaceId]);
}
