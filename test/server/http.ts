// Node's http only: listening on a free port, a stand-in for Hyra, raw requests, the headers
// every answer of the production policy carries.
import {
  createServer,
  request as httpRequest,
  type IncomingHttpHeaders,
  type Server,
  type ServerResponse,
} from 'node:http';
import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { expect } from 'vitest';
import { buildServer } from '../../server/app.js';
import { readAuthConfig } from '../../server/auth-config.js';
import { readServerConfig } from '../../server/config.js';
import { CONTENT_SECURITY_POLICY } from '../../server/security-headers.js';

const closers: Array<() => Promise<void>> = [];

/** Closes every server started since the last call: pass it to `afterEach`. */
export async function closeAll() {
  await Promise.all(closers.splice(0).map((close) => close()));
}

/** Calls `close` in the next `closeAll`. */
export function closeLater(close: () => Promise<void>) {
  closers.push(close);
}

/** Listens on a free loopback port until the next `closeAll`; gives the base URL. */
export async function listen(server: Server): Promise<string> {
  closeLater(
    () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

/** Listens with a Fastify instance (the dashboard's server) until the next `closeAll`. */
export async function listenApp(app: FastifyInstance | Promise<FastifyInstance>): Promise<string> {
  const instance = await app;
  closeLater(() => {
    // Like `listen`: connections a test left open (a body it did not read) end here.
    instance.server.closeAllConnections();
    return instance.close();
  });
  await instance.listen({ port: 0, host: '127.0.0.1' });
  return `http://127.0.0.1:${(instance.server.address() as AddressInfo).port}`;
}

/** The base URL of a loopback port where nothing listens. */
export async function closedPort(): Promise<string> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  await new Promise((resolve) => server.close(resolve));
  return base;
}

export interface Seen {
  method?: string;
  url?: string;
  headers: IncomingHttpHeaders;
  body: string;
}

/** A stand-in for Hyra that records what reached it; by default a 200 with rate headers and a cookie. */
export async function upstream(
  answer: (seen: Seen, res: ServerResponse) => void = (_seen, res) => {
    res.writeHead(200, {
      'Content-Type': 'application/json',
      'X-Ratelimit-Limit': '100',
      'Set-Cookie': 'a=b',
    });
    res.end(JSON.stringify({ events: [] }));
  },
) {
  const seen: Seen[] = [];
  const url = await listen(
    createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => {
        const entry = {
          method: req.method,
          url: req.url,
          headers: req.headers,
          body: Buffer.concat(chunks).toString(),
        };
        seen.push(entry);
        answer(entry, res);
      });
    }),
  );
  return { url, seen };
}

/** A raw request, for what fetch would normalise away (paths with `..`, the Host header). */
export function raw(
  base: string,
  urlPath: string,
  headers: Record<string, string> = {},
  method = 'GET',
  body?: string,
) {
  return new Promise<{ status: number; headers: Record<string, unknown>; body: string }>(
    (resolve, reject) => {
      const url = new URL(base);
      const req = httpRequest(
        { host: url.hostname, port: url.port, path: urlPath, method, headers },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('end', () =>
            resolve({
              status: res.statusCode ?? 0,
              headers: res.headers,
              body: Buffer.concat(chunks).toString(),
            }),
          );
        },
      );
      req.on('error', reject);
      req.end(body);
    },
  );
}

/** The production security headers (the app's policy unless told), on an answer from fetch or from `raw`. */
export function expectSecurityHeaders(
  headers: Headers | Record<string, unknown>,
  policy: string = CONTENT_SECURITY_POLICY,
) {
  const get = (name: string) => (headers instanceof Headers ? headers.get(name) : headers[name]);
  expect(get('content-security-policy')).toBe(policy);
  expect(get('referrer-policy')).toBe('no-referrer');
  expect(get('x-content-type-options')).toBe('nosniff');
  expect(get('x-frame-options')).toBe('DENY');
}

/**
 * The public read-only mode (HYRA_READONLY_PUBLIC=1) on a free port, in front of a Hyra
 * stand-in that answers every request with no permissions and no events, and records it
 * ("METHOD url") in `seen`.
 */
export async function startReadOnlyServer() {
  const seen: string[] = [];
  const hyra = await listen(
    createServer((req, res) => {
      seen.push(`${req.method} ${req.url}`);
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"permissions":{},"events":[]}');
    }),
  );
  const env = {
    HYRA_API_URL: hyra,
    HYRA_API_TOKEN: 'key',
    HYRA_WORKSPACE_ID: 'ws1',
    HYRA_READONLY_PUBLIC: '1',
  };
  const auth = readAuthConfig(env, { host: '0.0.0.0', hasToken: true, hasWorkspace: true });
  const app = await buildServer(readServerConfig(env), { auth });
  closeLater(() => app.close());
  const base = await app.listen({ host: '127.0.0.1', port: 0 });
  return { base, seen };
}
