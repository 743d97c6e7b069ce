// @ts-check
/**
 * The /hyra-api proxy, as a Fastify plugin: forwards the dashboard's requests to
 * HYRA_API_URL, adding HYRA_API_TOKEN. The token never leaves this process. The same plugin
 * runs in `npm run serve` and inside the Vite dev and preview servers (./vite-plugin.js).
 */
import { JSON_TYPE, sendAnswer, sendProxyError } from './hyra-answer.js';
import { exchange } from './hyra-exchange.js';
import { BudgetExceeded } from './cache/rate-budget.js';
import { UpstreamError } from './upstream.js';
import { isGuardedRead } from './policy.js';

export const API_PREFIX = '/hyra-api';
/** Only Hyra's activity API is forwarded: the sessions endpoints the dashboard uses. */
const ALLOWED_PREFIX = '/activity/';
const FORWARDED_METHODS = ['GET', 'POST', 'PATCH', 'DELETE'];
/** Largest request body passed on: a write is a few hundred bytes. */
const MAX_REQUEST_BYTES = 1_000_000;
/** Request headers passed on to Hyra. Everything else (cookies above all) stays here. */
const FORWARD_REQUEST = ['accept', 'content-type', 'authorization'];

/**
 * A request another site made the browser send (a form post, a no-cors fetch): never
 * forwarded, since the proxy would add the server's token to it. Same-origin means the
 * Origin names this server: its Host, its public address (HYRA_PUBLIC_URL, for a reverse
 * proxy that rewrites Host), or the X-Forwarded-Host of a trusted proxy (HYRA_TRUST_PROXY).
 * `Origin: null` (a sandboxed frame, a redirect across sites) is never same-origin.
 * @param {import('node:http').IncomingHttpHeaders} headers
 * @param {{ publicOrigin?: string; trustProxy?: boolean }} [config]
 */
export function isCrossSite(headers, config = {}) {
  const site = headers['sec-fetch-site'];
  if (site === 'cross-site' || site === 'same-site') return true;
  const origin = headers.origin;
  if (origin === undefined) return false;
  let parsed;
  try {
    parsed = new URL(origin);
  } catch {
    return true;
  }
  if (parsed.origin === 'null') return true;
  if (config.publicOrigin && parsed.origin === config.publicOrigin) return false;
  if (parsed.host === headers.host) return false;
  const forwarded = headers['x-forwarded-host'];
  if (config.trustProxy && typeof forwarded === 'string') {
    return parsed.host !== forwarded.split(',')[0]?.trim();
  }
  return true;
}

/**
 * The upstream URL for a request path under API_PREFIX, or undefined when it is not an
 * activity path of the configured API. The path is decoded and checked segment by segment
 * (no `.` or `..` however spelt, no backslash or control character), then encoded again, so
 * Hyra receives exactly the path that was checked; the result must start with the base path
 * of HYRA_API_URL followed by /activity/.
 * @param {URL} upstream HYRA_API_URL
 * @param {string} url the request's path and query, as sent
 */
export function upstreamTarget(upstream, url) {
  const queryAt = url.indexOf('?');
  const rawPath = (queryAt === -1 ? url : url.slice(0, queryAt)).slice(API_PREFIX.length);
  const segments = [];
  for (const part of rawPath.split('/').slice(1)) {
    let segment;
    try {
      segment = decodeURIComponent(part);
    } catch {
      return undefined;
    }
    if (segment === '.' || segment === '..' || /[\\/\p{Cc}]/u.test(segment)) return undefined;
    segments.push(segment);
  }
  const path = `/${segments.map(encodeURIComponent).join('/')}`;
  if (!path.startsWith(ALLOWED_PREFIX) || segments.includes('')) return undefined;
  const basePath = upstream.pathname.replace(/\/$/, '');
  const target = new URL(upstream.origin);
  target.pathname = `${basePath}${path}`;
  if (queryAt !== -1) target.search = url.slice(queryAt);
  if (target.origin !== upstream.origin || !target.pathname.startsWith(`${basePath}${ALLOWED_PREFIX}`)) {
    return undefined;
  }
  return target;
}

/** @param {import('node:http').IncomingMessage} raw @returns {Promise<string | undefined>} */
async function readBody(raw) {
  const chunks = [];
  let size = 0;
  for await (const chunk of raw) {
    size += chunk.length;
    if (size > MAX_REQUEST_BYTES) throw new Error('body too large');
    chunks.push(chunk);
  }
  return chunks.length ? Buffer.concat(chunks).toString('utf8') : undefined;
}

/**
 * @typedef {{
 *   config: import('./config.js').ServerConfig;
 *   shared: import('./cache/shared.js').Shared;
 *   log?: (line: string) => void;
 *   authorizeWrite?: import('./fastify-types.js').AuthorizeWrite;
 * }} HyraProxyOptions
 */

/**
 * @param {import('fastify').FastifyInstance} app
 * @param {HyraProxyOptions} options
 */
export async function hyraProxy(app, { config, shared, log = () => {}, authorizeWrite }) {
  const upstream = new URL(config.apiUrl);

  // Bodies are read by the handler itself (capped, and only JSON is passed on).
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('*', (_request, _payload, done) => done(null));

  /** @type {import('fastify').RouteHandlerMethod} */
  async function forward(request, reply) {
    const method = request.method;
    if (!FORWARDED_METHODS.includes(method)) {
      return sendProxyError(reply, 405, 'refused', `${method} is not forwarded to Hyra`);
    }
    if (isCrossSite(request.headers, config)) {
      return sendProxyError(reply, 403, 'refused', 'Requests from other sites are not forwarded to Hyra');
    }
    const target = upstreamTarget(upstream, request.raw.url ?? '/');
    if (!target) return sendProxyError(reply, 400, 'refused', 'Only Hyra activity paths are forwarded');

    /** @type {Record<string, string>} */
    const headers = {};
    for (const name of FORWARD_REQUEST) {
      const value = request.headers[name];
      if (typeof value === 'string') headers[name] = value;
    }
    // The server's token wins; without one, a token the user entered is passed through.
    if (config.token) headers.authorization = `Bearer ${config.token}`;

    // A write says it is JSON, or has no body and no type at all (creating a server): an
    // empty form or text post is not let through.
    const type = request.headers['content-type'];
    if (method !== 'GET' && type !== undefined && !JSON_TYPE.test(type)) {
      return sendProxyError(reply, 415, 'refused', 'Only JSON bodies are forwarded to Hyra');
    }
    let body;
    if (method !== 'GET' && method !== 'DELETE') {
      try {
        if (Number(request.headers['content-length']) > MAX_REQUEST_BYTES) throw new Error('too large');
        body = await readBody(request.raw);
      } catch {
        // The rest of the body is not read: this connection ends with the answer.
        reply.header('Connection', 'close');
        return sendProxyError(reply, 413, 'refused', 'Request body too large');
      }
    }
    if (body !== undefined && type === undefined) {
      return sendProxyError(reply, 415, 'refused', 'Only JSON bodies are forwarded to Hyra');
    }

    // Signed in (or read-only): the per-person policy decides each write, and each read it
    // guards (a session's logs), before Hyra sees it.
    const basePath = upstream.pathname.replace(/\/$/, '');
    const apiPath = target.pathname.slice(basePath.length);
    if (authorizeWrite && (method !== 'GET' || isGuardedRead(method, apiPath))) {
      const refusal = await authorizeWrite(request, { method, path: apiPath, body });
      if (refusal) return sendProxyError(reply, refusal.status, 'refused', refusal.message);
    }

    // The browser went away before the answer: stop waiting for Hyra.
    const gone = new AbortController();
    reply.raw.on('close', () => {
      if (!reply.raw.writableEnded) gone.abort();
    });
    try {
      const result = await exchange(
        { config, shared, log },
        {
          method,
          target,
          apiPath,
          headers,
          body,
          viewer: request.viewerId || `ip:${request.ip}`,
          signal: gone.signal,
        },
      );
      return sendAnswer(reply, result);
    } catch (error) {
      if (error instanceof BudgetExceeded) {
        // The browser's own message and retry apply: "Hyra asked us to slow down".
        reply.header('Retry-After', String(Math.ceil(error.retryAfterMs / 1000)));
        return sendProxyError(reply, 429, 'queue-full', 'Too many requests for Hyra are waiting');
      }
      const failure = error instanceof UpstreamError ? error : new UpstreamError('unreachable');
      log(`${method} ${target.pathname} -> ${failure.reason}`);
      return sendProxyError(reply, failure.reason === 'timeout' ? 504 : 502, failure.reason, failure.message);
    }
  }

  // Registered before @fastify/compress (static-files.js): API answers stay uncompressed.
  const route = { handler: forward };
  app.all(API_PREFIX, route);
  app.all(`${API_PREFIX}/*`, route);
}
