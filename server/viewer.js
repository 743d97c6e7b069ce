// @ts-check
/**
 * Who is asking: the key the rate budget's fairness and per-viewer cap count by, and the
 * cache's "you already have this answer". Sign-in sets `request.viewerId` to `user:<id>` in
 * its own onRequest hook, registered before this one; until then each browser gets an
 * opaque random ID in an HttpOnly cookie with /hyra-config.json (the first thing the app
 * loads), and a request without one counts by its address.
 */
import { randomBytes } from 'node:crypto';
import { CONFIG_PATH } from './public-config.js';

export const VIEWER_COOKIE = 'hyra_viewer';
const ID = /^[A-Za-z0-9_-]{22}$/;

/** @param {string | undefined} header */
function viewerCookie(header) {
  for (const part of (header ?? '').split(';')) {
    const [name, value] = part.trim().split('=');
    if (name === VIEWER_COOKIE && value && ID.test(value)) return value;
  }
  return undefined;
}

/**
 * @param {import('fastify').FastifyInstance} app
 * @param {{ config: import('./config.js').ServerConfig }} options
 */
export async function viewerHook(app, { config }) {
  const secure = config.publicOrigin?.startsWith('https:') ? '; Secure' : '';
  app.decorateRequest('viewerId', '');
  app.addHook('onRequest', async (request, reply) => {
    if (request.viewerId) return;
    const id = viewerCookie(request.headers.cookie);
    if (id) {
      request.viewerId = `viewer:${id}`;
      return;
    }
    if ((request.raw.url ?? '').split('?')[0] === CONFIG_PATH) {
      const fresh = randomBytes(16).toString('base64url');
      reply.header('Set-Cookie', `${VIEWER_COOKIE}=${fresh}; Path=/; HttpOnly; SameSite=Strict${secure}`);
      request.viewerId = `viewer:${fresh}`;
      return;
    }
    request.viewerId = `ip:${request.ip}`;
  });
}
