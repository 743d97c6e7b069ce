// @ts-check
/**
 * The dashboard's server side, shared by `npm start` (Vite dev), `npm run preview` and
 * `npm run serve` (production): serves /hyra-config.json and forwards /hyra-api/* to
 * HYRA_API_URL, adding HYRA_API_TOKEN. The token never leaves this process.
 */

export const API_PREFIX = '/hyra-api';
export const CONFIG_PATH = '/hyra-config.json';
/** Below the browser client's own 20 s, so the proxy's clearer answer arrives first. */
export const DEFAULT_UPSTREAM_TIMEOUT_MS = 15_000;
/** Only Hyra's activity API is forwarded: the sessions endpoints the dashboard uses. */
const ALLOWED_PATH = /^\/activity\//;
/**
 * Set on the proxy's own error answers (never on Hyra's), so the browser can tell
 * "Hyra could not be reached" from an error Hyra sent.
 */
export const PROXY_ERROR_HEADER = 'X-Hyra-Proxy-Error';

/** Request headers passed on to Hyra. Everything else (cookies above all) stays here. */
const FORWARD_REQUEST = ['accept', 'content-type', 'authorization'];
/** Response headers passed back to the browser. */
const FORWARD_RESPONSE = [
  'content-type',
  'x-ratelimit-limit',
  'x-ratelimit-reset',
  'x-ratelimit-remaining',
  'retry-after',
];

/**
 * @typedef {{
 *   apiUrl: string;
 *   token?: string;
 *   workspaceId?: string;
 *   hyraWebUrl: string;
 *   upstreamTimeoutMs: number;
 * }} ServerConfig
 */

/** @param {Record<string, string | undefined>} env @returns {ServerConfig} */
export function readServerConfig(env) {
  const apiUrl = (env.HYRA_API_URL || 'https://api.hyra.io').replace(/\/+$/, '');
  const parsed = new URL(apiUrl);
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
    throw new Error(`HYRA_API_URL must be an http(s) URL, got ${parsed.protocol}`);
  }
  return {
    apiUrl,
    token: env.HYRA_API_TOKEN?.trim() || undefined,
    workspaceId: env.HYRA_WORKSPACE_ID?.trim() || undefined,
    hyraWebUrl: (env.HYRA_WEB_URL || 'https://hyra.io').replace(/\/+$/, ''),
    upstreamTimeoutMs: readTimeout(env.HYRA_UPSTREAM_TIMEOUT_MS),
  };
}

/** @param {string | undefined} value */
function readTimeout(value) {
  if (value === undefined || value.trim() === '') return DEFAULT_UPSTREAM_TIMEOUT_MS;
  const ms = Number(value);
  if (!Number.isInteger(ms) || ms < 100 || ms > 300_000) {
    throw new Error(
      `HYRA_UPSTREAM_TIMEOUT_MS must be a whole number of milliseconds (100-300000), got ${value}`,
    );
  }
  return ms;
}

/** What the browser may know: never the token itself. @param {ServerConfig} config */
export function publicConfig(config) {
  return {
    workspaceId: config.workspaceId,
    serverHasToken: Boolean(config.token),
    hyraWebUrl: config.hyraWebUrl,
  };
}

/** @type {Record<number, string>} */
const STATUS_TEXT = {
  400: 'Bad Request',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  413: 'Payload Too Large',
  415: 'Unsupported Media Type',
  502: 'Bad Gateway',
  504: 'Gateway Timeout',
};

/**
 * The proxy's own error, in Hyra's error shape, marked with PROXY_ERROR_HEADER.
 * @param {import('node:http').ServerResponse} res
 * @param {number} status
 * @param {string} reason a short machine-readable reason: unreachable, timeout, refused
 * @param {string} message
 */
function sendError(res, status, reason, message) {
  res.statusCode = status;
  res.setHeader('Content-Type', 'application/json; charset=utf-8');
  res.setHeader('Cache-Control', 'no-store');
  res.setHeader(PROXY_ERROR_HEADER, reason);
  res.end(JSON.stringify({ statusCode: status, error: STATUS_TEXT[status] ?? 'Error', message }));
}

/**
 * A request another site made the browser send (a form post, a no-cors fetch): never
 * forwarded, since the proxy would add the server's token to it.
 * @param {import('node:http').IncomingMessage} req
 */
export function isCrossSite(req) {
  const site = req.headers['sec-fetch-site'];
  if (site === 'cross-site' || site === 'same-site') return true;
  const origin = req.headers.origin;
  if (origin === undefined) return false;
  try {
    return new URL(origin).host !== req.headers.host;
  } catch {
    return true;
  }
}

/** @param {import('node:http').IncomingMessage} req @returns {Promise<string | undefined>} */
async function readBody(req) {
  if (req.method === 'GET' || req.method === 'HEAD' || req.method === 'DELETE') return undefined;
  const chunks = [];
  let size = 0;
  for await (const chunk of req) {
    size += chunk.length;
    if (size > 1_000_000) throw new Error('body too large');
    chunks.push(chunk);
  }
  return chunks.length ? Buffer.concat(chunks).toString('utf8') : undefined;
}

/**
 * Connect-style middleware: (req, res, next).
 * @param {ServerConfig} config
 * @param {{ fetch?: typeof fetch, log?: (line: string) => void }} [options]
 */
export function createHyraMiddleware(config, options = {}) {
  const doFetch = options.fetch ?? fetch;
  const log = options.log ?? (() => {});
  const upstream = new URL(config.apiUrl);

  /**
   * @param {import('node:http').IncomingMessage} req
   * @param {import('node:http').ServerResponse} res
   * @param {() => void} next
   */
  return async function hyraMiddleware(req, res, next) {
    const url = req.url ?? '/';
    if (url === CONFIG_PATH || url.startsWith(`${CONFIG_PATH}?`)) {
      res.setHeader('Content-Type', 'application/json; charset=utf-8');
      res.setHeader('Cache-Control', 'no-store');
      res.end(JSON.stringify(publicConfig(config)));
      return;
    }
    if (url !== API_PREFIX && !url.startsWith(`${API_PREFIX}/`) && !url.startsWith(`${API_PREFIX}?`)) {
      next();
      return;
    }
    const method = req.method ?? 'GET';
    if (!['GET', 'POST', 'PATCH', 'DELETE'].includes(method)) {
      sendError(res, 405, 'refused', `${method} is not forwarded to Hyra`);
      return;
    }
    if (isCrossSite(req)) {
      sendError(res, 403, 'refused', 'Requests from other sites are not forwarded to Hyra');
      return;
    }
    const rest = url.slice(API_PREFIX.length) || '/';
    const basePath = upstream.pathname.replace(/\/$/, '');
    const target = new URL(`${basePath}${rest}`, upstream);
    if (
      target.origin !== upstream.origin ||
      /\.\.|%2e%2e|\\|%5c/i.test(rest) ||
      rest.startsWith('//') ||
      !ALLOWED_PATH.test(target.pathname.slice(basePath.length))
    ) {
      sendError(res, 400, 'refused', 'Only Hyra activity paths are forwarded');
      return;
    }

    /** @type {Record<string, string>} */
    const headers = {};
    for (const name of FORWARD_REQUEST) {
      const value = req.headers[name];
      if (typeof value === 'string') headers[name] = value;
    }
    // The server's token wins; without one, a token the user entered is passed through.
    if (config.token) headers.authorization = `Bearer ${config.token}`;

    let body;
    try {
      body = await readBody(req);
    } catch {
      sendError(res, 413, 'refused', 'Request body too large');
      return;
    }
    if (body !== undefined && !/^application\/json\b/i.test(headers['content-type'] ?? '')) {
      sendError(res, 415, 'refused', 'Only JSON bodies are forwarded to Hyra');
      return;
    }

    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, config.upstreamTimeoutMs);
    // The browser went away before the answer: stop waiting for Hyra.
    res.on('close', () => {
      if (!res.writableEnded) controller.abort();
    });
    try {
      const response = await doFetch(target, {
        method,
        headers,
        body,
        signal: controller.signal,
        redirect: 'manual',
      });
      res.statusCode = response.status;
      for (const name of FORWARD_RESPONSE) {
        const value = response.headers.get(name);
        if (value !== null) res.setHeader(name, value);
      }
      res.setHeader('Cache-Control', 'no-store');
      const buffer = Buffer.from(await response.arrayBuffer());
      res.end(buffer);
      log(`${method} ${target.pathname} -> ${response.status}`);
    } catch {
      log(`${method} ${target.pathname} -> ${timedOut ? 'timeout' : 'unreachable'}`);
      if (!res.headersSent && !res.destroyed) {
        if (timedOut) sendError(res, 504, 'timeout', 'Hyra did not answer in time');
        else sendError(res, 502, 'unreachable', 'Hyra could not be reached');
      }
    } finally {
      clearTimeout(timer);
    }
  };
}
