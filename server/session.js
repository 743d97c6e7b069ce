// @ts-check
/**
 * The signed-in session, kept in the browser as a signed cookie (@fastify/cookie, HMAC with
 * HYRA_SESSION_SECRET): HttpOnly, SameSite=Lax, Secure when HYRA_PUBLIC_URL is https, with
 * an expiry both in the cookie and inside the signed value. No token from Roblox is kept:
 * only who the person is and their standing, re-checked every few minutes.
 */

export const SESSION_COOKIE = 'hyra_session';
/** The few minutes between starting sign-in and coming back from Roblox. */
export const SIGN_IN_COOKIE = 'hyra_sign_in';
export const SIGN_IN_TTL_MS = 10 * 60_000;

/**
 * @typedef {{
 *   sub: string;
 *   name: string;
 *   standing: import('./staff.js').Standing;
 *   checkedAt: number;
 *   verifiedAt: number;
 *   exp: number;
 * }} Session
 * @typedef {{ verifier: string; state: string; nonce: string; returnTo: string; exp: number }} PendingSignIn
 */

/** @param {unknown} value */
function encode(value) {
  return Buffer.from(JSON.stringify(value), 'utf8').toString('base64url');
}

/** @param {string} text @returns {Record<string, unknown> | undefined} */
function decode(text) {
  try {
    const value = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
    return typeof value === 'object' && value !== null ? value : undefined;
  } catch {
    return undefined;
  }
}

/**
 * @param {{ secureCookies: boolean }} config
 * @param {{ path: string; maxAgeMs: number }} scope
 * @returns {import('@fastify/cookie').CookieSerializeOptions}
 */
export function cookieOptions(config, { path, maxAgeMs }) {
  return {
    path,
    httpOnly: true,
    sameSite: 'lax',
    secure: config.secureCookies,
    signed: true,
    maxAge: Math.max(0, Math.floor(maxAgeMs / 1000)),
  };
}

/**
 * A cookie's signed value, checked; undefined when absent, tampered with, or expired.
 * @param {import('fastify').FastifyRequest} request
 * @param {string} name
 * @param {number} now
 */
export function readSigned(request, name, now) {
  const raw = request.cookies[name];
  if (!raw) return undefined;
  const unsigned = request.unsignCookie(raw);
  if (!unsigned.valid || unsigned.value === null) return undefined;
  const value = decode(unsigned.value);
  if (!value || typeof value.exp !== 'number' || value.exp <= now) return undefined;
  return value;
}

/** @param {Record<string, unknown> | undefined} value @returns {Session | undefined} */
export function asSession(value) {
  if (!value) return undefined;
  const { sub, name, standing, checkedAt, verifiedAt, exp } = value;
  if (typeof sub !== 'string' || !/^\d{1,20}$/.test(sub)) return undefined;
  if (standing !== 'admin' && standing !== 'staff' && standing !== 'none') return undefined;
  if (typeof checkedAt !== 'number' || typeof verifiedAt !== 'number' || typeof exp !== 'number')
    return undefined;
  return { sub, name: typeof name === 'string' ? name : '', standing, checkedAt, verifiedAt, exp };
}

/** @param {Record<string, unknown> | undefined} value @returns {PendingSignIn | undefined} */
export function asPendingSignIn(value) {
  if (!value) return undefined;
  const { verifier, state, nonce, returnTo, exp } = value;
  if (typeof verifier !== 'string' || typeof state !== 'string' || typeof nonce !== 'string')
    return undefined;
  if (typeof exp !== 'number') return undefined;
  return { verifier, state, nonce, returnTo: safeReturnTo(returnTo), exp };
}

/**
 * Where to go after sign-in: a path on this site only (never `//elsewhere` or a URL).
 * @param {unknown} value
 */
export function safeReturnTo(value) {
  if (typeof value !== 'string' || !value.startsWith('/') || value.startsWith('//') || value.includes('\\')) {
    return '/';
  }
  return /[\p{Cc}]/u.test(value) ? '/' : value;
}

/**
 * @param {import('fastify').FastifyReply} reply
 * @param {string} name
 * @param {unknown} value
 * @param {import('@fastify/cookie').CookieSerializeOptions} options
 */
export function writeSigned(reply, name, value, options) {
  reply.setCookie(name, encode(value), options);
}
