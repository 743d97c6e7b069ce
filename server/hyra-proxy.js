// @ts-check
/**
 * The /hyra-api proxy, as a Fastify plugin: forwards the dashboard's requests to
 * HYRA_API_URL, adding HYRA_API_TOKEN. The token never leaves this process. The same plugin
 * runs in `npm run serve` and inside the Vite dev and preview servers (./vite-plugin.js).
 */
import { fetchUpstream, UpstreamError } from './upstream.js';

export const API_PREFIX = '/hyra-api';
/** Only Hyra's activity API is forwarded: the sessions endpoints the dashboard uses. */
const ALLOWED_PATH = /^\/activity\//;
const FORWARDED_METHODS = ['GET', 'POST', 'PATCH', 'DELETE'];
/** Largest request body passed on: a write is a few hundred bytes. */
const MAX_REQUEST_BYTES = 1_000_000;
/**
 * Set on the proxy's own error answers (never on Hyra's), so the browser can tell
 * "Hyra could not be reached" from an error Hyra sent.
 */
export const PROXY_ERROR_HEADER = 'X-Hyra-Proxy-Error';

/** Request headers passed on to Hyra. Everything else (cookies above all) stays here. */
const FORWARD_REQUEST = ['accept', 'content-type', 'authorization'];

/** @type {Record<number, string>} */
const STATUS_TEXT = {
  400: 'Bad Request',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  413: 'Payload Too Large',
  415: 'Unsupported Media Type',
  429: 'Too Many Requests',
  502: 'Bad Gateway',
  504: 'Gateway Timeout',
};

/**
 * The proxy's own error, in Hyra's error shape, marked with PROXY_ERROR_HEADER.
 * @param {import('fastify').FastifyReply} reply
 * @param {number} status
 * @param {string} reason a short machine-readable reason: unreachable, timeout, refused
 * @param {string} message
 */
export function sendProxyError(reply, status, reason, message) {
  return reply
    .code(status)
    .header('Content-Type', 'application/json; charset=utf-8')
    .header('Cache-Control', 'no-store')
    .header(PROXY_ERROR_HEADER, reason)
    .send(JSON.stringify({ statusCode: status, error: STATUS_TEXT[status] ?? 'Error', message }));
}

/**
 * A request another site made the browser send (a form post, a no-cors fetch): never
 * forwarded, since the proxy would add the server's token to it.
 * @param {import('node:http').IncomingHttpHeaders} headers
 */
export function isCrossSite(headers) {
  const site = headers['sec-fetch-site'];
  if (site === 'cross-site' || site === 'same-site') return true;
  const origin = headers.origin;
  if (origin === undefined) return false;
  try {
    return new URL(origin).host !== headers.host;
  } catch {
    return true;
  }
}

/**
 * The upstream URL for a request path under API_PREFIX, or undefined when it is not an
 * activity path of the configured API.
 * @param {URL} upstream HYRA_API_URL
 * @param {string} url the request's path and query, as sent
 */
export function upstreamTarget(upstream, url) {
  const rest = url.slice(API_PREFIX.length) || '/';
  const basePath = upstream.pathname.replace(/\/$/, '');
  const target = new URL(`${basePath}${rest}`, upstream);
  if (
    target.origin !== upstream.origin ||
    /\.\.|%2e%2e|\\|%5c/i.test(rest) ||
    rest.startsWith('//') ||
    !ALLOWED_PATH.test(target.pathname.slice(basePath.length))
  ) {
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
 *   log?: (line: string) => void;
 * }} HyraProxyOptions
 */

/**
 * @param {import('fastify').FastifyInstance} app
 * @param {HyraProxyOptions} options
 */
export async function hyraProxy(app, { config, log = () => {} }) {
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
    if (isCrossSite(request.headers)) {
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

    let body;
    if (method !== 'GET' && method !== 'DELETE') {
      try {
        body = await readBody(request.raw);
      } catch {
        return sendProxyError(reply, 413, 'refused', 'Request body too large');
      }
    }
    if (body !== undefined && !/^application\/json\b/i.test(headers['content-type'] ?? '')) {
      return sendProxyError(reply, 415, 'refused', 'Only JSON bodies are forwarded to Hyra');
    }

    // The browser went away before the answer: stop waiting for Hyra.
    const gone = new AbortController();
    reply.raw.on('close', () => {
      if (!reply.raw.writableEnded) gone.abort();
    });
    try {
      const answer = await fetchUpstream(target, {
        method,
        headers,
        body,
        timeoutMs: config.upstreamTimeoutMs,
        signal: gone.signal,
      });
      log(`${method} ${target.pathname} -> ${answer.status}`);
      return reply
        .code(answer.status)
        .headers(answer.headers)
        .header('Cache-Control', 'no-store')
        .send(answer.body.toString('utf8'));
    } catch (error) {
      const reason = error instanceof UpstreamError ? error.reason : 'unreachable';
      log(`${method} ${target.pathname} -> ${reason}`);
      if (reason === 'timeout') return sendProxyError(reply, 504, 'timeout', 'Hyra did not answer in time');
      return sendProxyError(reply, 502, 'unreachable', 'Hyra could not be reached');
    }
  }

  // Registered before @fastify/compress (static-files.js): API answers stay uncompressed.
  const route = { handler: forward };
  app.all(API_PREFIX, route);
  app.all(`${API_PREFIX}/*`, route);
}
