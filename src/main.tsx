import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { resolveConnection } from './app/connection';
import { loadRuntimeConfig } from './hyra/runtime-config';
import './index.css';

async function boot() {
  const config = await loadRuntimeConfig();
  const connection = resolveConnection(config, new URLSearchParams(window.location.search));
  let demoUserId: string | undefined;
  if (connection.kind === 'demo') {
    // The demo workspace (generator, store, MSW worker) is its own chunk, loaded only here.
    const { startDemoWorker } = await import('./demo/browser');
    const demo = await startDemoWorker({ scenario: connection.scenario });
    demoUserId = demo.me.id;
  }
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App config={config} connection={connection} demoUserId={demoUserId} />
    </StrictMode>,
  );
}

void boot();
