import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { createHyraApi, type HyraApi } from '../hyra/api';
import { ApiProvider } from '../hyra/api-context';
import { createHyraClient } from '../hyra/client';
import { API_BASE_PATH, type RuntimeConfig } from '../hyra/runtime-config';
import type { Connection } from './connection';
import { IdentityProvider } from './identity';
import { createQueryClient } from './query-client';
import { Shell } from './shell';

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
}: {
  config: RuntimeConfig;
  connection: Connection;
  demoUserId?: string;
}) {
  const [queryClient] = useState(createQueryClient);
  const [api] = useState(() =>
    createHyraApi({
      client: createHyraClient({ baseUrl: API_BASE_PATH }),
      workspaceId: connection.workspaceId,
      mode: connection.mode,
    }),
  );
  return (
    <AppProviders queryClient={queryClient} api={api} presetUserId={demoUserId}>
      <Shell config={config} connection={connection} demoUserId={demoUserId} />
    </AppProviders>
  );
}
