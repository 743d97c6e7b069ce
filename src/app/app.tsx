import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { createHyraApi, type HyraApi } from '../hyra/api';
import { ApiProvider } from '../hyra/api-context';
import { createHyraClient } from '../hyra/client';
import { API_BASE_PATH, type RuntimeConfig } from '../hyra/runtime-config';
import { browserToken, type Connection } from '../features/connection/model/connection';
import { IdentityProvider, type SignedInPerson } from '../lib/identity';
import { applyAllowances } from '../hyra/permissions';
import { createQueryClient } from './query-client';
import { Shell } from './shell';
import { tokenFor } from '../features/connection/model/token-store';

/** Everything a screen needs above it: the query cache, the Hyra API and who "me" is. */
export function AppProviders({
  queryClient,
  api,
  presetUserId,
  signedIn,
  children,
}: {
  queryClient: QueryClient;
  api: HyraApi;
  presetUserId?: string;
  signedIn?: SignedInPerson;
  children: ReactNode;
}) {
  return (
    <QueryClientProvider client={queryClient}>
      <ApiProvider api={api}>
        <IdentityProvider preset={presetUserId} signedIn={signedIn}>
          {children}
        </IdentityProvider>
      </ApiProvider>
    </QueryClientProvider>
  );
}

/**
 * What the server lets this viewer do: signed in, the flags their role allows; on a public
 * read-only server, none. Undefined: the key's permissions as Hyra sends them.
 */
export function viewerAllows(config: RuntimeConfig): Record<string, boolean> | undefined {
  const viewer = config.viewer;
  if (!viewer) return undefined;
  return viewer.status === 'staff' ? viewer.allows : {};
}

/** Every page's permissions narrowed to what the viewer may do, at the boundary. */
export function restrictApi(api: HyraApi, allows: Record<string, boolean> | undefined): HyraApi {
  if (!allows) return api;
  return {
    ...api,
    sessionsForDay: async (day, signal) => {
      const page = await api.sessionsForDay(day, signal);
      return { ...page, permissions: applyAllowances(page.permissions, allows) };
    },
  };
}

export function App({
  config,
  connection,
  demoUserId,
  demo,
  apiBaseUrl = API_BASE_PATH,
}: {
  config: RuntimeConfig;
  connection: Connection;
  demoUserId?: string;
  /** The demo's own controls for its banner (the scenario picker), from the demo's chunk. */
  demo?: ReactNode;
  /** The same-origin proxy path; tests point it at their fake Hyra. */
  apiBaseUrl?: string;
}) {
  const [queryClient] = useState(createQueryClient);
  const [api] = useState(() =>
    restrictApi(
      createHyraApi({
        // The user's own token, when the server holds none, goes as a bearer header: never in a URL.
        client: createHyraClient({ baseUrl: apiBaseUrl, token: browserToken(config, connection, tokenFor) }),
        workspaceId: connection.workspaceId,
        mode: connection.mode,
      }),
      viewerAllows(config),
    ),
  );
  const signedIn = config.viewer?.status === 'staff' ? config.viewer.person : undefined;
  return (
    <AppProviders queryClient={queryClient} api={api} presetUserId={demoUserId} signedIn={signedIn}>
      <Shell
        config={config}
        connection={connection}
        demoUserId={demoUserId}
        demo={demo}
        apiBaseUrl={apiBaseUrl}
      />
    </AppProviders>
  );
}
