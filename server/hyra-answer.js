// @ts-check
/**
 * What the proxy sends back: Hyra's answer when it is JSON (or empty), else the proxy's own
 * error in Hyra's error shape. Every answer carries the API's sandboxing policy.
 */
import { API_CONTENT_SECURITY_POLICY } from './security-headers.js';
import { UpstreamError } from './upstream.js';

/** JSON, and JSON with a suffix (`application/problem+json`). */
export const JSON_TYPE = /^application\/([\w.-]+\+)?json\s*(;|$)/i;
/**
 * Set on the proxy's own error answers (never on Hyra's), so the browser can tell
 * "Hyra could not be reached" from an error Hyra sent.
 */
export const PROXY_ERROR_HEADER = 'X-Hyra-Proxy-Error';

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
    .header('Content-Security-Policy', API_CONTENT_SECURITY_POLICY)
    .header(PROXY_ERROR_HEADER, reason)
    .send(JSON.stringify({ statusCode: status, error: STATUS_TEXT[status] ?? 'Error', message }));
}

/**
 * Only JSON reaches the browser: a redirect (never followed), an HTML page or anything else
 * with a body becomes the proxy's own error. An empty answer (204) passes, without a type.
 * @param {import('./upstream.js').UpstreamAnswer} answer
 */
export function checkAnswer(answer) {
  if (answer.status >= 300 && answer.status < 400) throw new UpstreamError('bad-answer');
  if (answer.body.length === 0) {
    const { 'content-type': _dropped, ...headers } = answer.headers;
    return { ...answer, headers };
  }
  if (!JSON_TYPE.test(answer.headers['content-type'] ?? '')) throw new UpstreamError('bad-answer');
  return answer;
}

/** The name this server gives itself in Cache-Status (RFC 9211). */
const CACHE_NAME = 'hyra-dashboard';

/**
 * Hyra's answer (or the cache's copy of it), with where it came from.
 * @param {import('fastify').FastifyReply} reply
 * @param {import('./cache/read-cache.js').CacheResult} result
 */
export function sendAnswer(reply, { answer, status, age, ttl }) {
  reply
    .code(answer.status)
    .headers(answer.headers)
    .header('Cache-Control', 'no-store')
    .header('Content-Security-Policy', API_CONTENT_SECURITY_POLICY)
    .header('Cache-Status', `${CACHE_NAME}; ${status}${ttl === undefined ? '' : `; ttl=${ttl}`}`);
  if (age !== undefined) reply.header('Age', String(age));
  // A string, not a Buffer: Fastify tells Buffers apart with `instanceof ArrayBuffer`, which
  // fails across realms (the test suite's jsdom). The body is JSON text.
  const body = typeof answer.body === 'string' ? answer.body : answer.body.toString('utf8');
  return reply.send(body.length ? body : undefined);
}
