// @ts-check
/**
 * One checked request's way to Hyra: through the shared read cache (reads), the key's rate
 * budget (everything that reaches Hyra) and the capped upstream client; a write then
 * invalidates the cached reads it touched.
 */
import { createHash } from 'node:crypto';
import { pauseFromAnswer } from './cache/rate-budget.js';
import { checkAnswer } from './hyra-answer.js';
import { fetchUpstream } from './upstream.js';

/**
 * The key's identity: the server's own, or a hash of the one the browser sent (one key never
 * reads another's entries). Undefined when there is no key at all (nothing is shared then).
 * @param {string | undefined} serverToken
 * @param {string | undefined} authorization
 */
export function keyScope(serverToken, authorization) {
  if (serverToken) return 'server';
  if (!authorization) return undefined;
  return `key-${createHash('sha256').update(authorization).digest('base64url').slice(0, 32)}`;
}

/** `/activity/sessions/{ws}/…` or `/activity/{ws}/calendar`: the workspace and the event. */
/** @param {string} pathname the part after the base path */
function pathParts(pathname) {
  const segments = pathname.split('/').slice(2).map(decodeURIComponent);
  if (segments[0] === 'sessions') return { workspace: segments[1] ?? '', eventId: segments[2] };
  return { workspace: segments[0] ?? '', eventId: undefined };
}

/**
 * @param {{
 *   config: import('./config.js').ServerConfig;
 *   shared: import('./cache/shared.js').Shared;
 *   log: (line: string) => void;
 * }} context
 * @param {{
 *   method: string;
 *   target: URL;
 *   apiPath: string;
 *   headers: Record<string, string>;
 *   body?: string;
 *   viewer: string;
 *   signal: AbortSignal;
 * }} request
 * @returns {Promise<import('./cache/read-cache.js').CacheResult>}
 */
export async function exchange({ config, shared, log }, request) {
  const { method, target } = request;
  const scope = keyScope(config.token, request.headers.authorization);
  const { workspace, eventId } = pathParts(request.apiPath);

  /** @param {AbortSignal | undefined} signal */
  const ask = async (signal) => {
    if (shared.budget && scope) await shared.budget.take(scope, request.viewer);
    const answer = await fetchUpstream(target, {
      method,
      headers: request.headers,
      body: request.body,
      timeoutMs: config.upstreamTimeoutMs,
      maxBytes: config.upstreamMaxBytes,
      signal,
    });
    log(`${method} ${target.pathname} -> ${answer.status}`);
    const pause = pauseFromAnswer(answer.status, answer.headers, Date.now());
    if (pause !== undefined && shared.budget && scope) await shared.budget.pauseUntil(scope, pause);
    return checkAnswer(answer);
  };

  if (method === 'GET') {
    if (!shared.cache || !scope) return { answer: await ask(request.signal), status: 'fwd=bypass' };
    // Shared by every viewer asking meanwhile: one leaving does not stop it.
    return shared.cache.read(
      { scope, viewer: request.viewer, workspace, path: target.pathname, query: target.searchParams },
      () => ask(undefined),
    );
  }
  const answer = await ask(request.signal);
  if (shared.cache && scope && answer.status < 400) {
    await shared.cache.invalidate({ scope, workspace, eventId });
  }
  return { answer, status: 'fwd=bypass' };
}
