import { useSyncExternalStore } from 'react';
/** Personal settings, kept on this device (never the token). */
export interface Settings {
  hour12: boolean;
  /** Height of a session block on time grids (15 to 480 minutes); Hyra has no end time. */
  displayMinutes: number;
  /** The viewer's Roblox user ID (digits): needed to take slots and for "my sessions". */
  myUserId?: string;
  theme: 'system' | 'light' | 'dark';
}

const THEMES: readonly Settings['theme'][] = ['system', 'light', 'dark'];

/** Reads stored settings leniently: each malformed value falls back on its own default. */
export function parseSettings(json: unknown): Settings {
  const source = typeof json === 'object' && json !== null ? (json as Record<string, unknown>) : {};
  const { hour12, displayMinutes, myUserId, theme } = source;
  return {
    hour12: typeof hour12 === 'boolean' ? hour12 : false,
    displayMinutes:
      typeof displayMinutes === 'number' &&
      Number.isInteger(displayMinutes) &&
      displayMinutes >= 15 &&
      displayMinutes <= 480
        ? displayMinutes
        : 60,
    myUserId: typeof myUserId === 'string' && /^\d{1,20}$/.test(myUserId) ? myUserId : undefined,
    theme: THEMES.includes(theme as Settings['theme']) ? (theme as Settings['theme']) : 'system',
  };
}

export const SETTINGS_KEY = 'hyra-dashboard:settings';
const DEFAULTS: Settings = parseSettings({});

function read(): Settings {
  try {
    const raw = window.localStorage.getItem(SETTINGS_KEY);
    return raw ? parseSettings(JSON.parse(raw)) : DEFAULTS;
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
  current = parseSettings({ ...snapshot(), ...change });
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
