/*
 * The storage key of the watches and a change signal: within this tab (the store's writes)
 * and from other tabs (the storage event).
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
