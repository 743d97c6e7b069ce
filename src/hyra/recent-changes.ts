import { useSyncExternalStore } from 'react';
import type { SessionChange } from './changes';

/** A session that changed in a refresh: what changed, in words too. */
export interface RecentChange {
  at: number;
  changes: readonly SessionChange[];
  /** The changes in words, names isolated ("Host: Nova → Max; Medic taken by Bean"). */
  text: string;
}

/** How long the views flash a change, and how long the detail and the take button speak of it. */
export const FLASH_MS = 10_000;
export const KEEP_MS = 60_000;

const entries = new Map<string, RecentChange>();
/** The changes the views flash now: a new map whenever it changes. */
let flashing: ReadonlyMap<string, RecentChange> = new Map();
const listeners = new Set<() => void>();
function notify() {
  const now = Date.now();
  flashing = new Map([...entries].filter(([, change]) => now - change.at < FLASH_MS));
  listeners.forEach((listener) => listener());
}
const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

/** Records a change (change-tracker.ts does): the views flash it, then it is forgotten. */
export function recordChange(sessionId: string, change: RecentChange) {
  entries.set(sessionId, change);
  notify();
  setTimeout(notify, FLASH_MS);
  setTimeout(() => entries.get(sessionId) === change && entries.delete(sessionId) && notify(), KEEP_MS);
}

/** Sessions changed in the last seconds, by ID, for the views to flash. */
export const useFlashing = () => useSyncExternalStore(subscribe, () => flashing);

/** The session's change of the last minute (the detail, the take button). */
export function useRecentChange(sessionId: string): RecentChange | undefined {
  return useSyncExternalStore(subscribe, () => {
    const entry = entries.get(sessionId);
    return entry && Date.now() - entry.at < KEEP_MS ? entry : undefined;
  });
}
