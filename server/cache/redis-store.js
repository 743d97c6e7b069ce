// @ts-check
/**
 * The distributed store (HYRA_CACHE_URL=redis://…): the read cache and the rate budget
 * shared by every instance, through ioredis. Every command fails fast when Redis is away
 * (no offline queue, a short command timeout); the callers treat a failure as a miss, so
 * losing Redis means no cache, never an error. After a command times out or finds no
 * connection `breakAfter` times in a row, the store stops asking Redis for `breakMs` (a
 * circuit breaker): a frozen Redis costs a few command timeouts, not one per command of
 * every request, and one slow answer on a busy machine does not turn the cache off.
 */
import { Redis, ReplyError } from 'ioredis';

/**
 * GCRA with Redis's own clock (so instances with skewed clocks share one budget). Returns
 * how many milliseconds from now the slot is; `reserve` takes it, `peek` only looks,
 * `pause` pushes the next slot to ARGV[4] ms from now.
 */
const GCRA = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local interval = tonumber(ARGV[1])
local tolerance = tonumber(ARGV[2])
local tat = tonumber(redis.call('GET', KEYS[1]) or now)
if ARGV[3] == 'pause' then
  local paused = now + tonumber(ARGV[4]) + tolerance
  if paused > tat then redis.call('SET', KEYS[1], paused, 'PX', math.ceil(paused - now + 60000)) end
  return 0
end
local base = math.max(tat, now)
local at = math.max(now, base - tolerance)
if ARGV[3] == 'reserve' then
  redis.call('SET', KEYS[1], base + interval, 'PX', math.ceil(base + interval - now + 60000))
end
return math.floor(at - now)
`;

/**
 * @param {string} url redis://…
 * @param {{ prefix?: string; commandTimeoutMs?: number; breakAfter?: number; breakMs?: number }} [options]
 */
export function redisStore(url, options = {}) {
  const prefix = options.prefix ?? 'hyra-dashboard:';
  const breakAfter = options.breakAfter ?? 3;
  const breakMs = options.breakMs ?? 2_000;
  let failures = 0;
  let brokenUntil = 0;
  const redis = new Redis(url, {
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
    commandTimeout: options.commandTimeoutMs ?? 500,
    connectTimeout: 2_000,
    // Keep trying in the background, at most every 2 s.
    retryStrategy: (times) => Math.min(times * 200, 2_000),
    lazyConnect: false,
  });
  // A lost connection is reported by each failing command; nothing to crash on here.
  redis.on('error', () => {});

  /**
   * Runs a command unless the breaker is open. A reply error (Redis answered) or a success
   * counts as an answer; `breakAfter` timeouts or missing connections in a row open the
   * breaker for `breakMs`.
   * @template T @param {() => Promise<T>} command @returns {Promise<T>}
   */
  async function call(command) {
    if (Date.now() < brokenUntil) throw new Error('Redis skipped: it did not answer a moment ago');
    try {
      const result = await command();
      failures = 0;
      return result;
    } catch (error) {
      if (error instanceof ReplyError) failures = 0;
      else if (++failures >= breakAfter) brokenUntil = Date.now() + breakMs;
      throw error;
    }
  }

  /** @type {import('./memory-store.js').CacheStore} */
  const store = {
    async get(key) {
      const text = await call(() => redis.get(prefix + key));
      return text === null ? undefined : JSON.parse(text);
    },
    async set(key, answer, ttlMs) {
      await call(() => redis.set(prefix + key, JSON.stringify(answer), 'PX', Math.max(1, Math.round(ttlMs))));
    },
    async index(setKey, members, ttlMs) {
      if (members.length === 0) return;
      await call(() =>
        redis
          .multi()
          .sadd(prefix + setKey, ...members)
          .pexpire(prefix + setKey, Math.max(1, Math.round(ttlMs)))
          .exec(),
      );
    },
    async members(setKey) {
      return call(() => redis.smembers(prefix + setKey));
    },
    async remove(keys) {
      if (keys.length > 0) await call(() => redis.del(...keys.map((key) => prefix + key)));
    },
    async seen(key, version, ttlMs) {
      const before = await call(() =>
        redis.set(prefix + key, version, 'PX', Math.max(1, Math.round(ttlMs)), 'GET'),
      );
      return before === version;
    },
    async lock(key, ttlMs) {
      return (
        (await call(() =>
          redis.set(`${prefix}lock:${key}`, '1', 'PX', Math.max(1, Math.round(ttlMs)), 'NX'),
        )) === 'OK'
      );
    },
    async unlock(key) {
      await call(() => redis.del(`${prefix}lock:${key}`));
    },
    async close() {
      redis.disconnect();
    },
  };

  /**
   * The rate budget's slots, shared by every instance.
   * @param {import('./rate-budget.js').BudgetConfig} config
   * @returns {import('./rate-budget.js').SlotSource}
   */
  function slots(config) {
    const interval = config.windowMs / Math.max(1, config.limit - config.burst);
    const tolerance = interval * config.burst;
    /** @param {string} scope @param {string} mode @param {number} [ms] */
    const run = async (scope, mode, ms = 0) =>
      Number(
        await call(() => redis.eval(GCRA, 1, `${prefix}budget:${scope}`, interval, tolerance, mode, ms)),
      );
    return {
      reserve: async (scope, now) => now + (await run(scope, 'reserve')),
      nextFree: async (scope, now) => now + (await run(scope, 'peek')),
      pauseUntil: async (scope, until) => {
        await run(scope, 'pause', Math.max(0, until - Date.now()));
      },
    };
  }

  /** Resolves once connected, or after `waitMs` (the server starts either way, uncached). */
  /** @param {number} waitMs */
  const ready = (waitMs) =>
    new Promise((resolve) => {
      if (redis.status === 'ready') return resolve(true);
      const timer = setTimeout(() => resolve(false), waitMs);
      redis.once('ready', () => {
        clearTimeout(timer);
        resolve(true);
      });
    });

  return { store, slots, redis, ready };
}
