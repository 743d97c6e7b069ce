// @ts-check
import { buildApiServer } from './app.js';
import { readServerConfig } from './config.js';
import { API_PREFIX } from './hyra-proxy.js';
import { CONFIG_PATH } from './public-config.js';
import { createSecurityHeadersMiddleware } from './security-headers.js';

/** @param {string} url */
function isOurs(url) {
  return (
    url === CONFIG_PATH ||
    url.startsWith(`${CONFIG_PATH}?`) ||
    url === API_PREFIX ||
    url.startsWith(`${API_PREFIX}/`) ||
    url.startsWith(`${API_PREFIX}?`)
  );
}

/**
 * Connect-style middleware (req, res, next) in front of the same Fastify plugins as
 * `npm run serve`: /hyra-config.json and /hyra-api go into Fastify's router, everything
 * else to `next`.
 * @param {import('./config.js').ServerConfig} config
 * @param {{ log?: (line: string) => void }} [options]
 */
export function createHyraMiddleware(config, options = {}) {
  /** @type {Promise<import('fastify').FastifyInstance> | undefined} */
  let ready;
  // Built on the first request: `vite build` and Vitest load this config too.
  const app = () =>
    (ready ??= buildApiServer(config, options).then(async (instance) => {
      await instance.ready();
      return instance;
    }));
  /**
   * @param {import('node:http').IncomingMessage} req
   * @param {import('node:http').ServerResponse} res
   * @param {() => void} next
   */
  const middleware = async (req, res, next) => {
    if (!isOurs(req.url ?? '/')) {
      next();
      return;
    }
    (await app()).routing(req, res);
  };
  // Closes the Fastify instance (and a Redis connection) with the Vite server.
  const close = async () => {
    if (ready) await (await ready).close();
  };
  return Object.assign(middleware, { close });
}

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
      server.httpServer?.once('close', () => void hyra.close());
      server.middlewares.use(devHeaders);
      server.middlewares.use((req, res, next) => void hyra(req, res, next));
    },
    configurePreviewServer(server) {
      server.httpServer.once('close', () => void hyra.close());
      server.middlewares.use(productionHeaders);
      server.middlewares.use((req, res, next) => void hyra(req, res, next));
    },
  };
}
