// @ts-check
/**
 * `npm run serve`: the production server. Serves the built app (`dist/`) with a fallback
 * to index.html for the app's own URLs, `/hyra-config.json` and the `/hyra-api` proxy
 * (the same middleware as the dev and preview servers), and the security headers on every
 * response. Plain Node 20, no dependencies.
 *
 *   HOST (127.0.0.1)  PORT (8080)  HYRA_API_URL  HYRA_API_TOKEN  HYRA_WORKSPACE_ID
 *   HYRA_WEB_URL  HYRA_UPSTREAM_TIMEOUT_MS  HYRA_ALLOWED_HOSTS  DIST_DIR (dist)
 */
import { createReadStream, existsSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createGzip } from 'node:zlib';
import { createHyraMiddleware, readServerConfig } from './hyra-proxy.js';
import { securityHeaders } from './security-headers.js';

/** @type {Record<string, string>} */
const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.map', '.svg', '.txt']);

/**
 * The host names the server answers to. A request naming another host is refused: a web
 * page must not be able to reach this server (and the token behind its proxy) by pointing
 * a name it controls at 127.0.0.1 (DNS rebinding).
 * @param {string | undefined} list comma-separated, from HYRA_ALLOWED_HOSTS
 * @param {string} host the address the server listens on
 */
export function allowedHostsFrom(list, host) {
  const names = new Set(['localhost', '127.0.0.1', '[::1]']);
  if (host !== '0.0.0.0' && host !== '::') names.add(host.includes(':') ? `[${host}]` : host);
  for (const name of (list ?? '').split(',')) {
    const trimmed = name.trim().toLowerCase();
    if (trimmed) names.add(trimmed);
  }
  return names;
}

/** @param {string | undefined} hostHeader */
function hostName(hostHeader) {
  if (!hostHeader) return undefined;
  try {
    return new URL(`http://${hostHeader}`).hostname.toLowerCase();
  } catch {
    return undefined;
  }
}

/**
 * @param {import('node:http').ServerResponse} res
 * @param {number} status
 * @param {string} text
 */
function sendText(res, status, text) {
  res.statusCode = status;
  res.setHeader('Content-Type', 'text/plain; charset=utf-8');
  res.setHeader('Cache-Control', 'no-store');
  res.end(text);
}

/**
 * @param {string} root
 * @param {string} pathname URL path, still percent-encoded
 * @returns {string | undefined} a file path inside root, or undefined when the path escapes it
 */
export function resolveInside(root, pathname) {
  let decoded;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
  if (decoded.includes('\0')) return undefined;
  const file = path.resolve(root, `.${path.posix.normalize(`/${decoded}`)}`);
  const relative = path.relative(root, file);
  if (relative.startsWith('..') || path.isAbsolute(relative)) return undefined;
  return file;
}

/**
 * @typedef {{
 *   root: string;
 *   config: import('./hyra-proxy.js').ServerConfig;
 *   allowedHosts?: Set<string>;
 *   log?: (line: string) => void;
 * }} DashboardServerOptions
 */

/**
 * The production request handler, without listening (tests mount it on any port).
 * @param {DashboardServerOptions} options
 */
export function createDashboardServer(options) {
  const root = path.resolve(options.root);
  const log = options.log ?? (() => {});
  const hyra = createHyraMiddleware(options.config, { log });
  const headers = Object.entries(securityHeaders());
  const allowedHosts = options.allowedHosts;
  const indexFile = path.join(root, 'index.html');

  /**
   * @param {import('node:http').IncomingMessage} req
   * @param {import('node:http').ServerResponse} res
   * @param {string} file
   * @param {string} cacheControl
   */
  async function sendFile(req, res, file, cacheControl) {
    const info = await stat(file);
    const ext = path.extname(file).toLowerCase();
    res.setHeader('Content-Type', MIME[ext] ?? 'application/octet-stream');
    res.setHeader('Cache-Control', cacheControl);
    res.setHeader('Last-Modified', info.mtime.toUTCString());
    const gzip = COMPRESSIBLE.has(ext) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    if (COMPRESSIBLE.has(ext)) res.setHeader('Vary', 'Accept-Encoding');
    if (gzip) res.setHeader('Content-Encoding', 'gzip');
    else res.setHeader('Content-Length', info.size);
    res.statusCode = 200;
    if (req.method === 'HEAD') {
      res.end();
      return;
    }
    const stream = createReadStream(file);
    stream.on('error', () => res.destroy());
    if (gzip) stream.pipe(createGzip()).pipe(res);
    else stream.pipe(res);
  }

  /**
   * @param {import('node:http').IncomingMessage} req
   * @param {import('node:http').ServerResponse} res
   */
  async function serveStatic(req, res) {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.setHeader('Allow', 'GET, HEAD');
      sendText(res, 405, 'Method not allowed');
      return;
    }
    const pathname = new URL(req.url ?? '/', 'http://localhost').pathname;
    const file = resolveInside(root, pathname);
    if (!file) {
      sendText(res, 400, 'Bad path');
      return;
    }
    const info = await stat(file).catch(() => undefined);
    if (info?.isFile()) {
      const hashed = pathname.startsWith('/assets/');
      await sendFile(
        req,
        res,
        file,
        hashed
          ? 'public, max-age=31536000, immutable'
          : file === indexFile
            ? 'no-cache'
            : 'public, max-age=0',
      );
      return;
    }
    // The app's own URLs (`/`, `/?workspace=...`, any path without a file extension) get
    // the app; a missing file (`/assets/old.js`) is a plain 404, not the app's HTML.
    if (path.extname(pathname) === '') {
      await sendFile(req, res, indexFile, 'no-cache');
      return;
    }
    sendText(res, 404, 'Not found');
  }

  return createServer((req, res) => {
    for (const [name, value] of headers) res.setHeader(name, value);
    if (allowedHosts) {
      const name = hostName(req.headers.host);
      if (!name || !allowedHosts.has(name)) {
        sendText(res, 403, 'This host name is not allowed. Add it to HYRA_ALLOWED_HOSTS.');
        return;
      }
    }
    const started = Date.now();
    res.on('finish', () => {
      // The path only: query strings carry days and workspace IDs, never the token.
      const pathname = (req.url ?? '/').split('?')[0];
      log(`${req.method} ${pathname} ${res.statusCode} ${Date.now() - started}ms`);
    });
    hyra(req, res, () => {
      serveStatic(req, res).catch(() => {
        if (!res.headersSent) sendText(res, 500, 'Internal error');
        else res.destroy();
      });
    }).catch(() => {
      if (!res.headersSent) sendText(res, 500, 'Internal error');
      else res.destroy();
    });
  });
}

/**
 * Reads the environment (and `.env` when present), checks `dist/` exists, and listens.
 * @param {NodeJS.ProcessEnv} env
 */
export async function main(env = process.env) {
  const cwd = process.cwd();
  // Like Vite: `.env.local`, then `.env`; a variable already in the environment wins.
  if (env === process.env) {
    for (const name of ['.env.local', '.env']) {
      if (existsSync(path.join(cwd, name))) process.loadEnvFile(path.join(cwd, name));
    }
  }
  const config = readServerConfig(env);
  const host = env.HOST || '127.0.0.1';
  const port = Number(env.PORT || 8080);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) throw new Error(`PORT must be a port number`);
  const root = path.resolve(cwd, env.DIST_DIR || 'dist');
  await readFile(path.join(root, 'index.html')).catch(() => {
    throw new Error(`${path.join(root, 'index.html')} is missing: run \`npm run build\` first.`);
  });
  const quiet = env.HYRA_SERVE_QUIET === '1';
  const server = createDashboardServer({
    root,
    config,
    allowedHosts:
      env.HYRA_ALLOWED_HOSTS?.trim() === '*' ? undefined : allowedHostsFrom(env.HYRA_ALLOWED_HOSTS, host),
    log: quiet ? undefined : (line) => console.log(line),
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve(undefined));
  });
  const address = server.address();
  const shown = typeof address === 'object' && address ? address.port : port;
  console.log(
    `Hyra sessions dashboard on http://${host.includes(':') ? `[${host}]` : host}:${shown}/ ` +
      `(workspace: ${config.workspaceId ?? 'demo'}; API token: ${config.token ? 'set on the server' : 'none'}; ` +
      `Hyra API: ${config.apiUrl})`,
  );
  const stop = () => server.close(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  return server;
}

const invokedDirectly =
  process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href;
if (invokedDirectly) {
  main().catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
