// @ts-check
/**
 * Sign-in with Roblox (any OpenID Connect issuer), as a Fastify plugin: authorization code
 * with PKCE, state and nonce, by discovery, through openid-client; the session in a signed
 * cookie (./session.js); the staff rule (./staff.js) at sign-in and every few minutes; the
 * per-person policy (./policy.js) on every /hyra-api request before Hyra sees it.
 *
 *   GET  /auth/login      to the issuer (returnTo: a path on this site)
 *   GET  /auth/callback   back from the issuer: the session, or a page saying why not
 *   POST /auth/logout     ends the session (same-origin only)
 *   GET  /hyra-me.json    who is looking and what their role allows
 */
import * as oidc from 'openid-client';
import fastifyCookie from '@fastify/cookie';
import { isLoopbackHost } from './auth-config.js';
import { sendProxyError } from './hyra-answer.js';
import { API_PREFIX, isCrossSite } from './hyra-proxy.js';
import { createKeyPermissions } from './key-permissions.js';
import { POLICY_MESSAGES, ROLE_ALLOWS, decideRequest, refuse } from './policy.js';
import {
  SESSION_COOKIE,
  SIGN_IN_COOKIE,
  SIGN_IN_TTL_MS,
  asPendingSignIn,
  asSession,
  cookieOptions,
  readSigned,
  safeReturnTo,
  writeSigned,
} from './session.js';
import { createStaffChecker, recheck } from './staff.js';
import { signInPage } from './sign-in-page.js';

export const VIEWER_PATH = '/hyra-me.json';

/**
 * @typedef {{
 *   config: import('./config.js').ServerConfig;
 *   auth: import('./auth-config.js').SignInConfig;
 *   now?: () => number;
 *   fetch?: typeof fetch;
 *   shared: import('./cache/shared.js').Shared;
 *   log?: (line: string) => void;
 * }} SignInOptions
 */

/**
 * @param {import('fastify').FastifyInstance} app
 * @param {SignInOptions} options
 */
export async function signIn(app, { config, auth, now = Date.now, fetch: doFetch, shared, log }) {
  await app.register(fastifyCookie, { secret: auth.sessionSecret });
  const checkStaff = createStaffChecker(auth.staff, { fetch: doFetch });
  const keyPermissions = createKeyPermissions(config, { now, shared, log });
  const sessionCookie = cookieOptions(auth, { path: '/', maxAgeMs: auth.sessionTtlMs });
  const signInCookie = cookieOptions(auth, { path: '/auth', maxAgeMs: SIGN_IN_TTL_MS });

  /** @type {Promise<oidc.Configuration> | undefined} */
  let discovered;
  // Found on the first sign-in (so the server starts while the issuer is down), and again
  // after a failure.
  function issuer() {
    discovered ??= oidc
      .discovery(auth.issuer, auth.clientId, auth.clientSecret, undefined, {
        // Plain http only for a loopback issuer (tests and the team demo).
        execute: isLoopbackHost(auth.issuer.hostname) ? [oidc.allowInsecureRequests] : [],
        timeout: 10,
      })
      .catch((error) => {
        discovered = undefined;
        throw error;
      });
    return discovered;
  }

  /**
   * The request's session, re-checked when due; the cookie follows any change.
   * @param {import('fastify').FastifyRequest} request
   * @param {import('fastify').FastifyReply} reply
   */
  async function currentSession(request, reply) {
    const at = now();
    const session = asSession(readSigned(request, SESSION_COOKIE, at));
    if (!session) {
      if (request.cookies[SESSION_COOKIE]) reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return undefined;
    }
    const checked = await recheck(session, checkStaff, session.sub, { now: at });
    if ('unavailable' in checked) return { ...session, unavailable: true };
    if (checked !== session) {
      const updated = { ...session, ...checked };
      writeSigned(reply, SESSION_COOKIE, updated, {
        ...sessionCookie,
        maxAge: Math.floor((session.exp - at) / 1000),
      });
      return updated;
    }
    return session;
  }

  app.decorateRequest('person', null);

  // Every /hyra-api request: signed in, on the staff, and (writes) allowed by the policy.
  app.addHook('onRequest', async (request, reply) => {
    const url = request.raw.url ?? '/';
    if (url !== API_PREFIX && !url.startsWith(`${API_PREFIX}/`) && !url.startsWith(`${API_PREFIX}?`)) return;
    const session = await currentSession(request, reply);
    if (!session) return sendProxyError(reply, 401, 'refused', POLICY_MESSAGES['not-signed-in']);
    if ('unavailable' in session)
      return sendProxyError(reply, 503, 'refused', POLICY_MESSAGES['staff-unchecked']);
    if (session.standing === 'none')
      return sendProxyError(reply, 403, 'refused', POLICY_MESSAGES['not-staff']);
    request.viewerId = `user:${session.sub}`;
    request.person = { id: session.sub, role: session.standing };
  });

  /** The proxy asks before each write. @type {import('./fastify-types.js').AuthorizeWrite} */
  async function authorizeWrite(request, write) {
    const person = request.person;
    if (!person) return refuse('not-signed-in', 401);
    let body;
    try {
      body = write.body === undefined ? undefined : JSON.parse(write.body);
    } catch {
      return refuse('bad-body', 400);
    }
    // Refusals that do not depend on the key come first: no need to ask Hyra.
    const withoutKey = decideRequest(
      { method: write.method, path: write.path, body },
      { me: person.id, role: person.role, workspaceId: config.workspaceId, keyPermissions: allFlags },
    );
    if (!withoutKey.allowed) return withoutKey;
    const permissions = await keyPermissions();
    if (!permissions) return refuse('permissions-unknown', 503);
    const decision = decideRequest(
      { method: write.method, path: write.path, body },
      { me: person.id, role: person.role, workspaceId: config.workspaceId, keyPermissions: permissions },
    );
    if (!decision.allowed) return decision;
    return undefined;
  }
  app.decorate('authorizeWrite', authorizeWrite);

  app.get('/auth/login', async (request, reply) => {
    let configuration;
    try {
      configuration = await issuer();
    } catch {
      return signInPage(reply, 503, 'issuer-down');
    }
    const verifier = oidc.randomPKCECodeVerifier();
    const state = oidc.randomState();
    const nonce = oidc.randomNonce();
    const query = /** @type {Record<string, unknown>} */ (request.query ?? {});
    const pending = {
      verifier,
      state,
      nonce,
      returnTo: safeReturnTo(query.returnTo),
      exp: now() + SIGN_IN_TTL_MS,
    };
    writeSigned(reply, SIGN_IN_COOKIE, pending, signInCookie);
    const target = oidc.buildAuthorizationUrl(configuration, {
      redirect_uri: auth.redirectUri,
      scope: 'openid profile',
      code_challenge: await oidc.calculatePKCECodeChallenge(verifier),
      code_challenge_method: 'S256',
      state,
      nonce,
    });
    return reply.header('Cache-Control', 'no-store').redirect(target.href, 302);
  });

  app.get('/auth/callback', async (request, reply) => {
    const pending = asPendingSignIn(readSigned(request, SIGN_IN_COOKIE, now()));
    reply.clearCookie(SIGN_IN_COOKIE, { path: '/auth' });
    if (!pending) return signInPage(reply, 400, 'sign-in-expired');
    let configuration;
    try {
      configuration = await issuer();
    } catch {
      return signInPage(reply, 503, 'issuer-down');
    }
    let claims;
    /** @type {Record<string, unknown> | undefined} */
    let profile;
    try {
      const currentUrl = new URL(request.raw.url ?? '/', auth.publicUrl);
      const tokens = await oidc.authorizationCodeGrant(configuration, currentUrl, {
        pkceCodeVerifier: pending.verifier,
        expectedState: pending.state,
        expectedNonce: pending.nonce,
        idTokenExpected: true,
      });
      claims = tokens.claims();
      // Profile claims in the ID token (as Roblox sends them), else from userinfo.
      if (claims && !profileName(claims)) {
        profile = await oidc
          .fetchUserInfo(configuration, tokens.access_token, String(claims.sub))
          .catch(() => undefined);
      }
    } catch (error) {
      const refused =
        error instanceof oidc.AuthorizationResponseError || error instanceof oidc.ResponseBodyError;
      return signInPage(reply, refused ? 403 : 400, refused ? 'sign-in-refused' : 'sign-in-failed');
    }
    const sub = typeof claims?.sub === 'string' ? claims.sub : '';
    if (!claims || !/^\d{1,20}$/.test(sub)) return signInPage(reply, 400, 'sign-in-failed');
    const answer = await checkStaff(sub);
    if ('unavailable' in answer) return signInPage(reply, 503, 'staff-unchecked');
    const name = profileName(claims) ?? (profile && profileName(profile));
    const at = now();
    const session = {
      sub,
      name: typeof name === 'string' ? name.slice(0, 200) : '',
      standing: answer.standing,
      checkedAt: at,
      verifiedAt: at,
      exp: at + auth.sessionTtlMs,
    };
    writeSigned(reply, SESSION_COOKIE, session, sessionCookie);
    return reply.header('Cache-Control', 'no-store').redirect(pending.returnTo, 303);
  });

  // The Sign out button is a plain form post; its (empty) body means nothing.
  app.addContentTypeParser(
    'application/x-www-form-urlencoded',
    { parseAs: 'string' },
    (_request, _body, done) => done(null, {}),
  );
  app.post('/auth/logout', async (request, reply) => {
    if (!sameOriginPost(request.headers, config)) {
      return sendProxyError(reply, 403, 'refused', 'Sign-out from another site is refused');
    }
    reply.clearCookie(SESSION_COOKIE, { path: '/' });
    return reply.header('Cache-Control', 'no-store').redirect('/', 303);
  });

  app.get(VIEWER_PATH, async (request, reply) => {
    reply.header('Cache-Control', 'no-store');
    const session = await currentSession(request, reply);
    if (!session) return { status: 'signed-out' };
    const person = { id: session.sub, name: session.name };
    if ('unavailable' in session)
      return { status: 'unavailable', person, message: POLICY_MESSAGES['staff-unchecked'] };
    if (session.standing === 'none')
      return { status: 'not-staff', person, message: POLICY_MESSAGES['not-staff'] };
    return { status: 'staff', person, role: session.standing, allows: ROLE_ALLOWS[session.standing] };
  });
}

/**
 * A form post from this site's own page. Browsers say so in Sec-Fetch-Site, which a page
 * cannot set; they send `Origin: null` for a form post under `Referrer-Policy: no-referrer`,
 * so the Origin check only decides for clients that send no Sec-Fetch-Site.
 * @param {import('node:http').IncomingHttpHeaders} headers
 * @param {import('./config.js').ServerConfig} config
 */
function sameOriginPost(headers, config) {
  const site = headers['sec-fetch-site'];
  if (site !== undefined) return site === 'same-origin';
  return !isCrossSite(headers, config);
}

/** The display name first (Roblox's nickname), then the name, then the username. @param {Record<string, unknown>} claims */
function profileName(claims) {
  const name = [claims.nickname, claims.name, claims.preferred_username].find(
    (value) => typeof value === 'string' && value.trim() !== '',
  );
  return typeof name === 'string' ? name : undefined;
}

const allFlags = Object.fromEntries(Object.keys(ROLE_ALLOWS.admin).map((flag) => [flag, true]));
