import { createContext, useContext, type ReactNode } from 'react';
import { useSettings } from './settings';

const PresetContext = createContext<string | undefined>(undefined);

/** The demo comes with a preset identity; a real workspace has none until the user sets one. */
export function IdentityProvider({ preset, children }: { preset?: string; children: ReactNode }) {
  return <PresetContext value={preset}>{children}</PresetContext>;
}

/** The viewer's Roblox user ID: their own setting, else the demo's preset identity. */
export function useMe(): string | undefined {
  const [settings] = useSettings();
  const preset = useContext(PresetContext);
  return settings.myUserId ?? preset;
}
