// @ts-check
/**
 * The dashboard's server side, shared by `npm start` (Vite dev), `npm run preview` and
 * `npm run serve` (production): serves /hyra-config.json and forwards /hyra-api/* to
 * HYRA_API_URL, adding HYRA_API_TOKEN. The token never leaves this process.
 */

export const API_PREFIX = '/hyra-api';
export const CONFIG_PATH = '/hyra-config.json';
const UPSTREAM_TIMEOUT_MS = 30_000;

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
 * @typedef {{ apiUrl: string; token?: string; workspaceId?: string; hyraWebUrl: string }} ServerConfig
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
  };
}

/** What the browser may know: never the token itself. @param {ServerConfig} config */
export function publicConfig(config) {
  return {
    workspaceId: config.workspaceId,
    serverHasToken: Boolean(config.token),
    hyraWebUrl: config.hyraWebUrl,
  };
}

/**
 * @param {import('node:http').ServerResponse} res
 * @param {number} status
 * @param {string} message
 */
function sendError(res, status, message) {
  const error =
    { 502: 'Bad Gateway', 504: 'Gateway Timeout', 400: 'Bad Request', 405: 'Method Not Allowed' }[status] ??
    'Error';
  res.statusCode = status;
  res.setHeader('Content-Type', 'application/json; charset=utf-8');
  res.setHeader('Cache-Control', 'no-store');
  res.end(JSON.stringify({ statusCode: status, error, message }));
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
      sendError(res, 405, `${method} is not forwarded to Hyra`);
      return;
    }
    const rest = url.slice(API_PREFIX.length) || '/';
    const target = new URL(`${upstream.pathname.replace(/\/$/, '')}${rest}`, upstream);
    if (target.origin !== upstream.origin || rest.includes('..') || rest.startsWith('//')) {
      sendError(res, 400, 'Bad path');
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
      sendError(res, 400, 'Request body too large');
      return;
    }

    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), UPSTREAM_TIMEOUT_MS);
    req.on('close', () => {
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
    } catch (error) {
      const timedOut = controller.signal.aborted;
      log(`${method} ${target.pathname} -> ${timedOut ? 'timeout' : 'unreachable'}`);
      if (!res.headersSent) {
        sendError(
          res,
          timedOut ? 504 : 502,
          timedOut ? 'Hyra did not answer in time' : 'Hyra could not be reached',
        );
      }
      void error;
    } finally {
      clearTimeout(timer);
    }
  };
}
