// @ts-check
/**
 * Starts the dashboard's server on a free port, pointed at the fake Hyra: the production
 * server (`server/serve.js`, `npm run serve`) when the project has one, else `vite preview`.
 * Both serve the built files and the same `/hyra-api` proxy.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { ROOT } from './build.mjs';

export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** @param {'auto' | 'serve' | 'preview'} choice */
export function serverKind(choice) {
  if (choice !== 'auto') return choice;
  return existsSync(path.join(ROOT, 'server/serve.js')) ? 'serve' : 'preview';
}

/**
 * @param {{ kind: 'serve' | 'preview'; dir: string; hyraUrl: string; token: string; workspaceId: string }} options
 * @returns {Promise<{ url: string; stop: () => Promise<void> }>}
 */
export async function startAppServer({ kind, dir, hyraUrl, token, workspaceId }) {
  const port = /** @type {number} */ (await freePort());
  const env = {
    ...process.env,
    HYRA_API_URL: hyraUrl,
    HYRA_API_TOKEN: token,
    HYRA_WORKSPACE_ID: workspaceId,
    HOST: '127.0.0.1',
    PORT: String(port),
    DIST_DIR: dir,
    HYRA_SERVE_QUIET: '1',
    // A month of 5,000 sessions in range mode is one 49 MB answer: over the proxy's default cap
    // (32 MB) it would be refused, and the days retried would come back in pieces.
    HYRA_UPSTREAM_MAX_BYTES: '64000000',
  };
  const args =
    kind === 'serve'
      ? [path.join(ROOT, 'server/serve.js')]
      : [
          path.join(ROOT, 'node_modules/vite/bin/vite.js'),
          'preview',
          '--outDir',
          dir,
          '--host',
          '127.0.0.1',
          '--port',
          String(port),
          '--strictPort',
        ];
  const child = spawn(process.execPath, args, { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const url = `http://127.0.0.1:${port}`;
  const stop = () =>
    new Promise((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) {
        resolve(undefined);
        return;
      }
      child.once('exit', () => resolve(undefined));
      child.kill('SIGTERM');
    }).then(() => undefined);
  const until = Date.now() + 30_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the ${kind} server exited:\n${output}`);
    const ok = await fetch(`${url}/hyra-config.json`)
      .then((response) => response.ok)
      .catch(() => false);
    if (ok) break;
    if (Date.now() > until) {
      await stop();
      throw new Error(`the ${kind} server did not answer on ${url} in 30 s:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return { url, stop };
}
