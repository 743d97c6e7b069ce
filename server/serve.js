// @ts-check
/**
 * `npm run serve`: the production server. Serves the built app (`dist/`) with a fallback
 * to index.html for the app's own URLs, `/hyra-config.json` and the `/hyra-api` proxy
 * (the same plugins as the dev and preview servers), and the security headers on every
 * response. Configuration: see ./config.js (the one place that reads the environment).
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildServer } from './app.js';
import { readAuthConfig } from './auth-config.js';
import { readListenConfig, readServerConfig } from './config.js';

/**
 * Reads the environment (and `.env` when present), checks `dist/` exists, and listens.
 * @param {NodeJS.ProcessEnv} env
 */
export async function main(env = process.env) {
  const cwd = process.cwd();
  // Like Vite: `.env.local`, then `.env`; a variable already in the environment wins.
  if (env === process.env) {
    for (const name of ['.env.local', '.env']) {
      if (existsSync(path.join(cwd, name))) process.loadEnvFile(path.join(cwd, name));
    }
  }
  const config = readServerConfig(env);
  const listen = readListenConfig(env);
  // Safe by default: a token on a non-loopback address needs sign-in or read-only mode.
  const auth = readAuthConfig(env, {
    host: listen.host,
    hasToken: Boolean(config.token),
    hasWorkspace: Boolean(config.workspaceId),
  });
  const root = path.resolve(cwd, listen.distDir);
  await readFile(path.join(root, 'index.html')).catch(() => {
    throw new Error(`${path.join(root, 'index.html')} is missing: run \`npm run build\` first.`);
  });
  const app = await buildServer(config, {
    root,
    allowedHosts: listen.allowedHosts,
    auth,
    log: listen.quiet ? undefined : (line) => console.log(line),
  });
  await app.listen({ host: listen.host, port: listen.port });
  const address = app.server.address();
  const shown = typeof address === 'object' && address ? address.port : listen.port;
  const host = listen.host;
  console.log(
    `Hyra sessions dashboard on http://${host.includes(':') ? `[${host}]` : host}:${shown}/ ` +
      `(workspace: ${config.workspaceId ?? 'demo'}; API token: ${config.token ? 'set on the server' : 'none'}; ` +
      `Hyra API: ${config.apiUrl}; sign-in: ${auth.mode})`,
  );
  const stop = () => void app.close().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  return app;
}

const invokedDirectly =
  process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href;
if (invokedDirectly) {
  main().catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
