/*
 * Whether anything is stored as watched, without reading it: what the header's gate asks
 * before loading the watch code (and zod) at all. No zod and no React here.
 */

export const WATCHES_KEY = 'hyra-dashboard:watches';

type Listener = (fromAnotherTab: boolean) => void;
const listeners = new Set<Listener>();

/** Tells every subscriber that the stored watches changed (in this tab). */
export function watchesChanged() {
  for (const listener of listeners) listener(false);
}

/** Calls `listener` when the stored watches change, in this tab or another. */
export function subscribeStoredWatches(listener: Listener) {
  listeners.add(listener);
  const onStorage = (event: StorageEvent) => {
    if (event.key === WATCHES_KEY || event.key === null) listener(true);
  };
  window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', onStorage);
  };
}

/** True when something that may be a watch is stored (the store itself validates it). */
export function anyWatchStored(): boolean {
  try {
    const raw = window.localStorage.getItem(WATCHES_KEY)?.trim();
    return Boolean(raw && raw !== '[]');
  } catch {
    return false;
  }
}
