import 'fastify';

declare module 'fastify' {
  interface FastifyRequest {
    /** Who is asking (server/viewer.js): `user:<id>` once signed in, else `viewer:<id>` or `ip:<address>`. */
    viewerId: string;
  }
}
