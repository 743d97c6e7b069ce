import { StrictMode, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { CONNECT_PARAM, resolveConnection } from './features/connection/model/connection';
import { loadRuntimeConfig } from './hyra/runtime-config';
import './index.css';

async function boot() {
  const config = await loadRuntimeConfig();
  const search = new URLSearchParams(window.location.search);
  const connection = resolveConnection(config, search);
  let demoUserId: string | undefined;
  let demoTools: ReactNode;
  // On the connect screen the demo stays off: its worker would answer the connection test.
  if (connection.kind === 'demo' && !search.has(CONNECT_PARAM)) {
    // The demo workspace (generator, store, MSW worker) is its own chunk, loaded only here.
    const { startDemoWorker, ScenarioPicker } = await import('./demo/browser');
    const demo = await startDemoWorker({ scenario: connection.scenario });
    demoUserId = demo.me.id;
    demoTools = <ScenarioPicker current={demo.scenario} />;
  }
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App config={config} connection={connection} demoUserId={demoUserId} demo={demoTools} />
    </StrictMode>,
  );
}

void boot();
