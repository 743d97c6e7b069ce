// @ts-check
/**
 * The public read-only dashboard (HYRA_READONLY_PUBLIC=1), as a Fastify plugin: no sign-in,
 * anyone may read, and the proxy refuses every write with words before Hyra sees it.
 */
import { VIEWER_PATH } from './auth.js';
import { refuse } from './policy.js';

/** @param {import('fastify').FastifyInstance} app */
export async function readOnly(app) {
  app.get(VIEWER_PATH, async (_request, reply) =>
    reply.header('Cache-Control', 'no-store').send({ status: 'read-only' }),
  );
  // The proxy asks before every write (and every method but GET): the answer is always no.
  app.decorate('authorizeWrite', async () => refuse('read-only'));
}
