// @ts-check
/** `/hyra-config.json`: what the browser may know about this server's setup, never the token. */
import { publicConfig } from './config.js';

export const CONFIG_PATH = '/hyra-config.json';

/**
 * @param {import('fastify').FastifyInstance} app
 * @param {{ config: import('./config.js').ServerConfig }} options
 */
export async function publicConfigRoute(app, { config }) {
  const body = JSON.stringify(publicConfig(config));
  app.get(CONFIG_PATH, (_request, reply) =>
    reply
      .header('Content-Type', 'application/json; charset=utf-8')
      .header('Cache-Control', 'no-store')
      .send(body),
  );
}
