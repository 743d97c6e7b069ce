import { createContext, useContext, type ReactNode } from 'react';

const ConnectActionContext = createContext<(() => void) | undefined>(undefined);

/** Lets anything under the shell (an error panel, a banner) open the connect screen. */
export function ConnectActionProvider({
  onOpenConnect,
  children,
}: {
  onOpenConnect: () => void;
  children: ReactNode;
}) {
  return <ConnectActionContext value={onOpenConnect}>{children}</ConnectActionContext>;
}

/** Opens the connect screen; undefined where there is none (a test rendering a page alone). */
export function useOpenConnect(): (() => void) | undefined {
  return useContext(ConnectActionContext);
}
