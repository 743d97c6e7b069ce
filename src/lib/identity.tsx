import { createContext, useContext, type ReactNode } from 'react';
import { useSettings } from './settings';

/** Someone signed in through the dashboard's server (a Roblox account). */
export interface SignedInPerson {
  id: string;
  name: string;
}

const PresetContext = createContext<string | undefined>(undefined);
const SignedInContext = createContext<SignedInPerson | undefined>(undefined);

/**
 * Who "me" is. Signed in, the server's word is the only one; otherwise the demo comes with
 * a preset identity, and a real workspace has none until the user sets one in Settings.
 */
export function IdentityProvider({
  preset,
  signedIn,
  children,
}: {
  preset?: string;
  signedIn?: SignedInPerson;
  children: ReactNode;
}) {
  return (
    <SignedInContext value={signedIn}>
      <PresetContext value={preset}>{children}</PresetContext>
    </SignedInContext>
  );
}

/** The person signed in through the server, if the dashboard has sign-in. */
export function useSignedIn(): SignedInPerson | undefined {
  return useContext(SignedInContext);
}

/** The viewer's Roblox user ID: the signed-in person's; else their own setting, else the demo's preset. */
export function useMe(): string | undefined {
  const [settings] = useSettings();
  const preset = useContext(PresetContext);
  const signedIn = useContext(SignedInContext);
  return signedIn ? signedIn.id : (settings.myUserId ?? preset);
}
