// @ts-check
/**
 * The state all viewers share: the read cache and the rate budget, in memory or in Redis.
 */
import { memoryStore } from './memory-store.js';
import { createRateBudget } from './rate-budget.js';
import { createReadCache } from './read-cache.js';
import { redisStore } from './redis-store.js';

/** @param {import('../config.js').ServerConfig} config */
export async function createShared(config) {
  const { cache: cacheConfig, budget: budgetConfig } = config;
  const redis = cacheConfig.store.startsWith('redis') ? redisStore(cacheConfig.store) : undefined;
  await redis?.ready(2_000);
  const store = redis?.store ?? memoryStore({ maxBytes: cacheConfig.maxBytes });
  const cache =
    cacheConfig.store === 'off'
      ? undefined
      : createReadCache({ store, freshness: cacheConfig.freshness, lockMs: config.upstreamTimeoutMs });
  const budget = budgetConfig
    ? createRateBudget(budgetConfig, { slots: redis?.slots(budgetConfig) })
    : undefined;
  return {
    cache,
    budget,
    async close() {
      await store.close();
    },
  };
}

/** @typedef {Awaited<ReturnType<typeof createShared>>} Shared */
