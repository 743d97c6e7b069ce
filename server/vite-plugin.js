// @ts-check
import { createHyraMiddleware, readServerConfig } from './hyra-proxy.js';
import { createSecurityHeadersMiddleware } from './security-headers.js';

/**
 * The dashboard's server side inside Vite: `/hyra-config.json`, the `/hyra-api` proxy and
 * the security headers, in `npm start` (a relaxed policy that leaves hot reload working)
 * and `npm run preview` (the production policy, as `npm run serve` sends it).
 * @param {Record<string, string | undefined>} env HYRA_* from the environment or `.env`
 * @returns {import('vite').Plugin}
 */
export function hyraServerPlugin(env) {
  const config = readServerConfig(env);
  const hyra = createHyraMiddleware(config);
  const devHeaders = createSecurityHeadersMiddleware({ dev: true });
  const productionHeaders = createSecurityHeadersMiddleware();
  return {
    name: 'hyra-server',
    configureServer(server) {
      server.middlewares.use(devHeaders);
      server.middlewares.use((req, res, next) => void hyra(req, res, next));
    },
    configurePreviewServer(server) {
      server.middlewares.use(productionHeaders);
      server.middlewares.use((req, res, next) => void hyra(req, res, next));
    },
  };
}
