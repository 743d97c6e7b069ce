import { useSyncExternalStore } from 'react';
import * as z from 'zod';

/** Personal settings, kept on this device (never the token). */
export const SettingsSchema = z.object({
  hour12: z.boolean().catch(false),
  /** Height of a session block on time grids; Hyra has no end time. */
  displayMinutes: z.number().int().min(15).max(480).catch(60),
  /** The viewer's Roblox user ID: needed to take slots and for "my sessions". */
  myUserId: z
    .string()
    .regex(/^\d{1,20}$/)
    .optional()
    .catch(undefined),
  theme: z.enum(['system', 'light', 'dark']).catch('system'),
});
export type Settings = z.infer<typeof SettingsSchema>;

export const SETTINGS_KEY = 'hyra-dashboard:settings';
const DEFAULTS: Settings = SettingsSchema.parse({});

function read(): Settings {
  try {
    const raw = window.localStorage.getItem(SETTINGS_KEY);
    return raw ? SettingsSchema.parse(JSON.parse(raw)) : DEFAULTS;
  } catch {
    return DEFAULTS;
  }
}

let current: Settings | undefined;
const listeners = new Set<() => void>();

function snapshot(): Settings {
  current ??= read();
  return current;
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  const onStorage = (event: StorageEvent) => {
    if (event.key === SETTINGS_KEY) {
      current = read();
      listener();
    }
  };
  window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', onStorage);
  };
}

export function saveSettings(change: Partial<Settings>) {
  current = SettingsSchema.parse({ ...snapshot(), ...change });
  try {
    window.localStorage.setItem(SETTINGS_KEY, JSON.stringify(current));
  } catch {
    // Private mode or full storage: the setting still holds for this page.
  }
  for (const listener of listeners) listener();
}

/** Forget the in-memory copy (tests start from storage again). */
export function resetSettingsCache() {
  current = undefined;
}

export function useSettings(): [Settings, (change: Partial<Settings>) => void] {
  const settings = useSyncExternalStore(subscribe, snapshot, () => DEFAULTS);
  return [settings, saveSettings];
}
