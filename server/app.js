// @ts-check
/**
 * The dashboard's server as a Fastify instance, without listening (tests and `serve.js`
 * listen; the Vite dev and preview servers route into `buildApiServer`'s instance). One
 * plugin per concern, in the order a request meets them:
 *
 *   security headers, allowed host names, the access log      (every answer)
 *   who is this: `request.viewerId`                            (./viewer.js)
 *   the shared cache and rate budget                           (./cache/)
 *   /hyra-config.json                                          (./public-config.js)
 *   /hyra-api/*                                                (./hyra-proxy.js)
 *   dist/ with the app's fallback                              (./static-files.js)
 */
import Fastify from 'fastify';
import fp from 'fastify-plugin';
import { signIn } from './auth.js';
import { readOnly } from './read-only.js';
import { hyraProxy } from './hyra-proxy.js';
import { publicConfigRoute } from './public-config.js';
import { securityHeadersHook } from './security-headers.js';
import { staticFiles } from './static-files.js';
import { viewerHook } from './viewer.js';
import { createShared } from './cache/shared.js';

/**
 * @typedef {{
 *   root?: string;
 *   allowedHosts?: Set<string>;
 *   auth?: import('./auth-config.js').AuthConfig;
 *   log?: (line: string) => void;
 *   now?: () => number;
 * }} BuildOptions
 */

/** @param {string | undefined} hostHeader */
function hostName(hostHeader) {
  if (!hostHeader) return undefined;
  try {
    return new URL(`http://${hostHeader}`).hostname.toLowerCase();
  } catch {
    return undefined;
  }
}

/**
 * The API part alone: /hyra-config.json and /hyra-api, with the per-request identity.
 * @param {import('fastify').FastifyInstance} app
 * @param {{
 *   config: import('./config.js').ServerConfig;
 *   auth?: import('./auth-config.js').AuthConfig;
 *   log?: (line: string) => void;
 *   now?: () => number;
 * }} options
 */
async function api(app, { config, auth, log, now }) {
  // Sign-in (./auth.js) or the public read-only mode, first: sign-in's onRequest hook sets
  // `request.viewerId` to `user:<id>` before the viewer hook, and both guard the proxy below.
  // The key's permissions that sign-in reads go through the same cache and budget.
  const shared = await createShared(config);
  app.addHook('onClose', async () => shared.close());
  if (auth?.mode === 'sign-in') await app.register(fp(signIn), { config, auth, now, shared, log });
  if (auth?.mode === 'read-only') await app.register(fp(readOnly));
  // Who is this (./viewer.js): the budget's fairness and caps count by `request.viewerId`.
  await app.register(fp(viewerHook), { config });
  await app.register(publicConfigRoute, { config });
  await app.register(hyraProxy, { config, shared, log, authorizeWrite: app.authorizeWrite });
}

/**
 * `npm run serve`: the whole server.
 * @param {import('./config.js').ServerConfig} config
 * @param {BuildOptions} [options]
 */
export async function buildServer(config, options = {}) {
  const app = Fastify({ logger: false });
  const log = options.log ?? (() => {});
  await app.register(fp(securityHeadersHook));

  const allowedHosts = options.allowedHosts;
  if (allowedHosts) {
    app.addHook('onRequest', async (request, reply) => {
      const name = hostName(request.headers.host);
      if (!name || !allowedHosts.has(name)) {
        return reply
          .code(403)
          .header('Content-Type', 'text/plain; charset=utf-8')
          .header('Cache-Control', 'no-store')
          .send('This host name is not allowed. Add it to HYRA_ALLOWED_HOSTS.');
      }
    });
  }
  app.addHook('onResponse', async (request, reply) => {
    // The path only: query strings carry days and workspace IDs, never the token.
    const pathname = (request.raw.url ?? '/').split('?')[0];
    log(`${request.method} ${pathname} ${reply.statusCode} ${Math.round(reply.elapsedTime)}ms`);
  });

  await app.register(fp(api), { config, auth: options.auth, log, now: options.now });
  if (options.root) await app.register(fp(staticFiles), { root: options.root });
  return app;
}

/**
 * The API part for the Vite dev and preview servers, which serve the app themselves.
 * @param {import('./config.js').ServerConfig} config
 * @param {{ log?: (line: string) => void }} [options]
 */
export async function buildApiServer(config, options = {}) {
  const app = Fastify({ logger: false });
  await app.register(fp(api), { config, log: options.log });
  return app;
}
