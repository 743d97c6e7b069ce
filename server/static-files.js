// @ts-check
/**
 * The built app (`dist/`), with @fastify/static and @fastify/compress: hashed assets cached
 * for a year, index.html revalidated, the app itself for its own URLs (any path without a
 * file extension) and a plain 404 for a missing file.
 */
import path from 'node:path';
import compress from '@fastify/compress';
import fastifyStatic from '@fastify/static';

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

/**
 * @param {import('fastify').FastifyReply} reply
 * @param {number} status
 * @param {string} text
 */
function sendText(reply, status, text) {
  return reply
    .code(status)
    .header('Content-Type', 'text/plain; charset=utf-8')
    .header('Cache-Control', 'no-store')
    .send(text);
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
 * Registered without encapsulation (its not-found handler is the server's).
 * @param {import('fastify').FastifyInstance} app
 * @param {{ root: string }} options
 */
export async function staticFiles(app, { root }) {
  const indexFile = path.join(root, 'index.html');
  await app.register(compress, { global: true, threshold: 0, encodings: ['gzip'] });

  // A path that cannot name a file inside dist/ (bad encoding, a NUL byte) is refused first.
  app.addHook('onRequest', async (request, reply) => {
    const pathname = (request.raw.url ?? '/').split('?')[0] ?? '/';
    if (!resolveInside(root, pathname)) return sendText(reply, 400, 'Bad path');
  });

  await app.register(fastifyStatic, {
    root,
    wildcard: true,
    cacheControl: false,
    contentType: false,
    setHeaders(res, file) {
      const ext = path.extname(file).toLowerCase();
      res.setHeader('Content-Type', MIME[ext] ?? 'application/octet-stream');
      const relative = path.relative(root, file).split(path.sep).join('/');
      res.setHeader(
        'Cache-Control',
        relative.startsWith('assets/')
          ? 'public, max-age=31536000, immutable'
          : file === indexFile
            ? 'no-cache'
            : 'public, max-age=0',
      );
    },
  });

  app.setNotFoundHandler((request, reply) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return sendText(reply.header('Allow', 'GET, HEAD'), 405, 'Method not allowed');
    }
    // The app's own URLs (`/`, `/?workspace=...`, any path without a file extension) get
    // the app; a missing file (`/assets/old.js`) is a plain 404, not the app's HTML.
    const pathname = (request.raw.url ?? '/').split('?')[0] ?? '/';
    if (path.extname(pathname) === '') return reply.sendFile('index.html');
    return sendText(reply, 404, 'Not found');
  });
}
