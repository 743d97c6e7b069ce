// @ts-check
/**
 * The security headers every response of the dashboard carries: in production (`npm run
 * serve`), in `npm run preview`, and a relaxed set in the Vite dev server (whose hot reload
 * injects inline scripts and styles).
 */

/**
 * Only the app's own origin, plus data: images. No inline scripts, no eval, no plugins,
 * no framing. Styles: the app's stylesheet and React `style` props (set through the CSSOM,
 * which a CSP does not govern); see STYLE_SRC for the one exception.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  // Radix Dialog's scroll lock (react-remove-scroll) inserts a small <style> element while a
  // panel is open, with sizes measured at run time (so no hash fits). Inline <style> elements
  // are allowed for that; style attributes in markup are not, and scripts stay 'self' only.
  // With img-src and font-src limited to this origin, a style cannot send data elsewhere.
  "style-src-elem 'self' 'unsafe-inline'",
  "style-src-attr 'none'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/**
 * The policy of every /hyra-api answer: the app's policy plus `sandbox`. JSON is data, never
 * a document: opened directly, it runs no script and sits in an origin of its own.
 */
export const API_CONTENT_SECURITY_POLICY = `${CONTENT_SECURITY_POLICY}; sandbox`;

/** The dev server's policy: what does not get in the way of Vite's hot reload. */
export const DEV_CONTENT_SECURITY_POLICY = [
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/**
 * @param {{ dev?: boolean }} [options]
 * @returns {Record<string, string>}
 */
export function securityHeaders(options = {}) {
  return {
    'Content-Security-Policy': options.dev ? DEV_CONTENT_SECURITY_POLICY : CONTENT_SECURITY_POLICY,
    'Referrer-Policy': 'no-referrer',
    'X-Content-Type-Options': 'nosniff',
    'X-Frame-Options': 'DENY',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
  };
}

/**
 * Connect-style middleware that sets the headers on every response passing through it (the
 * Vite dev and preview servers).
 * @param {{ dev?: boolean }} [options]
 */
export function createSecurityHeadersMiddleware(options = {}) {
  const headers = Object.entries(securityHeaders(options));
  /**
   * @param {import('node:http').IncomingMessage} _req
   * @param {import('node:http').ServerResponse} res
   * @param {() => void} next
   */
  return function securityHeadersMiddleware(_req, res, next) {
    for (const [name, value] of headers) res.setHeader(name, value);
    next();
  };
}

/**
 * The same headers on every answer of a Fastify server (`npm run serve`). Hand-made rather
 * than @fastify/helmet: helmet cannot send Permissions-Policy, and matching these six
 * headers would mean switching off most of its defaults one by one.
 * @param {import('fastify').FastifyInstance} app
 */
export async function securityHeadersHook(app) {
  const headers = securityHeaders();
  app.addHook('onRequest', async (_request, reply) => {
    reply.headers(headers);
  });
}
