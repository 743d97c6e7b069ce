// @ts-check
/**
 * The shared read cache: Hyra is asked once and everyone is answered.
 *
 * - Keyed by the key's identity (scope) and the request: one key never reads another's.
 * - Fresh for a time that depends on the day's distance from today (./freshness.js), then
 *   served stale for `staleMs` more while one refresh runs in the background.
 * - Identical reads in flight are one request to Hyra: in this process by a map of
 *   promises, across instances by a short lock in the shared store (the others wait for
 *   the entry instead of asking Hyra too).
 * - A viewer who asks again for the very answer they were already given (a refetch, a
 *   reconnect, "Try again") of a near day gets a fresh one from Hyra: the cache spares
 *   Hyra the other viewers' copies, never hides a change from the one who asks.
 * - A write invalidates the cached reads that hold the event it touched (all of the
 *   workspace's when the event is unknown here).
 * - A store that fails (Redis away) is a miss: no cache, never an error.
 */
import { randomUUID } from 'node:crypto';
import { dayClass, freshFor } from './freshness.js';

/**
 * @typedef {import('./memory-store.js').CachedAnswer & { version?: string }} Entry
 * @typedef {import('../upstream.js').UpstreamAnswer} UpstreamAnswer
 * @typedef {{ answer: UpstreamAnswer | Entry; status: string; age?: number; ttl?: number }} CacheResult
 */

/**
 * @param {{
 *   store: import('./memory-store.js').CacheStore;
 *   freshness: import('./freshness.js').FreshnessConfig;
 *   lockMs: number;
 *   now?: () => number;
 * }} options
 */
export function createReadCache({ store, freshness, lockMs, now = Date.now }) {
  /** @type {Map<string, Promise<UpstreamAnswer | Entry>>} */
  const inFlight = new Map();
  /** Keys invalidated while their read was in flight: that read is not stored. */
  /** @type {Set<string>} */
  const dropped = new Set();

  /** @template T @param {Promise<T>} promise @param {T} fallback */
  const safe = (promise, fallback) => promise.catch(() => fallback);

  /** @param {string} key @param {number} startedAt */
  async function waitForOther(key, startedAt) {
    const until = now() + lockMs;
    while (now() < until) {
      await new Promise((resolve) => setTimeout(resolve, 25));
      const entry = await safe(store.get(key), undefined);
      if (entry && entry.storedAt >= startedAt - 1000 && now() < entry.freshUntil) return entry;
    }
    return undefined;
  }

  /**
   * @param {string} key
   * @param {{ scope: string; workspace: string; freshMs: number }} meta
   * @param {() => Promise<UpstreamAnswer>} fetcher
   */
  function refresh(key, meta, fetcher) {
    const running = inFlight.get(key);
    if (running) return running;
    const startedAt = now();
    const promise = (async () => {
      const locked = await safe(store.lock(key, lockMs), true);
      if (!locked) {
        const other = await waitForOther(key, startedAt);
        if (other) return other;
      }
      try {
        const answer = await fetcher();
        if (answer.status === 200 && !dropped.has(key)) return remember(key, meta, answer);
        return answer;
      } finally {
        if (locked) await safe(store.unlock(key), undefined);
      }
    })();
    inFlight.set(key, promise);
    promise.then(
      () => {
        inFlight.delete(key);
        dropped.delete(key);
      },
      () => {
        inFlight.delete(key);
        dropped.delete(key);
      },
    );
    return promise;
  }

  /**
   * @param {string} key
   * @param {{ scope: string; workspace: string; freshMs: number }} meta
   * @param {UpstreamAnswer} answer
   * @returns {Promise<Entry>}
   */
  async function remember(key, meta, answer) {
    const body = answer.body.toString('utf8');
    const at = now();
    /** @type {Entry} */
    const entry = {
      status: answer.status,
      headers: answer.headers,
      body,
      storedAt: at,
      freshUntil: at + meta.freshMs,
      version: randomUUID(),
    };
    const keepMs = meta.freshMs + freshness.staleMs;
    await safe(store.set(key, entry, keepMs), undefined);
    const indexes = [`idx:${meta.scope}:${meta.workspace}`];
    for (const id of eventIds(body)) indexes.push(`idx:${meta.scope}:${meta.workspace}:${id}`);
    await Promise.all(indexes.map((index) => safe(store.index(index, [key], keepMs), undefined)));
    return entry;
  }

  return {
    /**
     * @param {{ scope: string; viewer: string; workspace: string; path: string; query: URLSearchParams }} read
     * @param {() => Promise<UpstreamAnswer>} fetcher
     * @returns {Promise<CacheResult>}
     */
    async read(read, fetcher) {
      const key = `read:${read.scope}:${read.path}?${read.query.toString()}`;
      const kind = dayClass(read.query, now());
      const meta = { scope: read.scope, workspace: read.workspace, freshMs: freshFor(freshness, kind) };
      /** @type {Entry | undefined} */
      const entry = await safe(store.get(key), undefined);
      if (entry) {
        const age = Math.max(0, Math.floor((now() - entry.storedAt) / 1000));
        const ttl = Math.floor((entry.freshUntil - now()) / 1000);
        const again =
          kind === 'near' &&
          entry.version !== undefined &&
          (await safe(
            store.seen(`seen:${read.viewer}:${key}`, entry.version, meta.freshMs + freshness.staleMs),
            false,
          ));
        if (!again && now() < entry.freshUntil) return { answer: entry, status: 'hit', age, ttl };
        if (!again) {
          // Stale: answered now, refreshed in the background.
          refresh(key, meta, fetcher).catch(() => {});
          return { answer: entry, status: 'hit', age, ttl };
        }
      }
      const answer = await refresh(key, meta, fetcher);
      if ('version' in answer && typeof answer.version === 'string') {
        await safe(
          store.seen(`seen:${read.viewer}:${key}`, answer.version, meta.freshMs + freshness.staleMs),
          false,
        );
      }
      return { answer, status: entry ? 'fwd=stale' : 'fwd=miss' };
    },

    /**
     * After a write: the reads that held the event, or all of the workspace's.
     * @param {{ scope: string; workspace: string; eventId?: string }} write
     */
    async invalidate({ scope, workspace, eventId }) {
      const index = eventId ? `idx:${scope}:${workspace}:${eventId}` : `idx:${scope}:${workspace}`;
      let keys = await safe(store.members(index), []);
      if (keys.length === 0 && eventId) keys = await safe(store.members(`idx:${scope}:${workspace}`), []);
      for (const key of inFlight.keys()) if (key.startsWith(`read:${scope}:`)) dropped.add(key);
      await safe(store.remove(keys), undefined);
    },
  };
}

/** @typedef {ReturnType<typeof createReadCache>} ReadCache */

/**
 * The `_id`s of the events in a sessions answer (or of a bare array of events).
 * @param {string} body
 * @returns {string[]}
 */
function eventIds(body) {
  try {
    const json = JSON.parse(body);
    const events = Array.isArray(json) ? json : Array.isArray(json?.events) ? json.events : [];
    return events
      .map((/** @type {{ _id?: unknown }} */ event) => event?._id)
      .filter((/** @type {unknown} */ id) => typeof id === 'string');
  } catch {
    return [];
  }
}
