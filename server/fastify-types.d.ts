// What the dashboard's plugins add to Fastify's request and instance.
import type { FastifyRequest } from 'fastify';
import type { Refusal, Role } from './policy.js';

export interface WriteRequest {
  method: string;
  /** The upstream path after HYRA_API_URL's base path, as checked by the proxy. */
  path: string;
  body: string | undefined;
}

export type AuthorizeWrite = (request: FastifyRequest, write: WriteRequest) => Promise<Refusal | undefined>;

declare module 'fastify' {
  interface FastifyRequest {
    /** The signed-in person, set by sign-in's hook on /hyra-api requests. */
    person: { id: string; role: Role } | null;
  }
  interface FastifyInstance {
    /** Set by sign-in (or the read-only mode): asked before the proxy forwards a write. */
    authorizeWrite?: AuthorizeWrite;
  }
}
