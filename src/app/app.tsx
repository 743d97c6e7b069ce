import { QueryClientProvider } from '@tanstack/react-query';
import { useState } from 'react';
import { createHyraApi } from '../hyra/api';
import { ApiProvider } from '../hyra/api-context';
import { createHyraClient } from '../hyra/client';
import { API_BASE_PATH, type RuntimeConfig } from '../hyra/runtime-config';
import type { Connection } from './connection';
import { createQueryClient } from './query-client';
import { IdentityProvider } from './identity';
import { Shell } from './shell';

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
    <QueryClientProvider client={queryClient}>
      <ApiProvider api={api}>
        <IdentityProvider preset={demoUserId}>
          <Shell config={config} connection={connection} demoUserId={demoUserId} />
        </IdentityProvider>
      </ApiProvider>
    </QueryClientProvider>
  );
}
