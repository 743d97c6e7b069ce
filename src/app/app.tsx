import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { createHyraApi, type HyraApi } from '../hyra/api';
import { ApiProvider } from '../hyra/api-context';
import { createHyraClient } from '../hyra/client';
import { API_BASE_PATH, type RuntimeConfig } from '../hyra/runtime-config';
import { browserToken, type Connection } from '../features/connection/model/connection';
import { IdentityProvider } from '../lib/identity';
import { createQueryClient } from './query-client';
import { Shell } from './shell';
import { tokenFor } from '../features/connection/model/token-store';

/** Everything a screen needs above it: the query cache, the Hyra API and the preset identity. */
export function AppProviders({
  queryClient,
  api,
  presetUserId,
  children,
}: {
  queryClient: QueryClient;
  api: HyraApi;
  presetUserId?: string;
  children: ReactNode;
}) {
  return (
    <QueryClientProvider client={queryClient}>
      <ApiProvider api={api}>
        <IdentityProvider preset={presetUserId}>{children}</IdentityProvider>
      </ApiProvider>
    </QueryClientProvider>
  );
}

export function App({
  config,
  connection,
  demoUserId,
  apiBaseUrl = API_BASE_PATH,
}: {
  config: RuntimeConfig;
  connection: Connection;
  demoUserId?: string;
  /** The same-origin proxy path; tests point it at their fake Hyra. */
  apiBaseUrl?: string;
}) {
  const [queryClient] = useState(createQueryClient);
  const [api] = useState(() =>
    createHyraApi({
      // The user's own token, when the server holds none, goes as a bearer header: never in a URL.
      client: createHyraClient({ baseUrl: apiBaseUrl, token: browserToken(config, connection, tokenFor) }),
      workspaceId: connection.workspaceId,
      mode: connection.mode,
    }),
  );
  return (
    <AppProviders queryClient={queryClient} api={api} presetUserId={demoUserId}>
      <Shell config={config} connection={connection} demoUserId={demoUserId} apiBaseUrl={apiBaseUrl} />
    </AppProviders>
  );
}
