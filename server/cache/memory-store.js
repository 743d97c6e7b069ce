// @ts-check
/**
 * The embedded store: one process's memory, in a kept LRU cache bounded in bytes.
 */
import { LRUCache } from 'lru-cache';

/**
 * @typedef {{ status: number; headers: Record<string, string>; body: string; storedAt: number; freshUntil: number }} CachedAnswer
 * @typedef {{
 *   get(key: string): Promise<CachedAnswer | undefined>;
 *   set(key: string, answer: CachedAnswer, ttlMs: number): Promise<void>;
 *   index(setKey: string, members: string[], ttlMs: number): Promise<void>;
 *   members(setKey: string): Promise<string[]>;
 *   remove(keys: string[]): Promise<void>;
 *   seen(key: string, version: string, ttlMs: number): Promise<boolean>;
 *   lock(key: string, ttlMs: number): Promise<boolean>;
 *   unlock(key: string): Promise<void>;
 *   close(): Promise<void>;
 * }} CacheStore
 */

/** Bookkeeping per entry, on top of the body's bytes. */
const OVERHEAD = 256;

/**
 * @param {{ maxBytes: number }} options
 * @returns {CacheStore}
 */
export function memoryStore({ maxBytes }) {
  /** @type {LRUCache<string, CachedAnswer | Set<string>>} */
  const cache = new LRUCache({
    maxSize: maxBytes,
    sizeCalculation: (value, key) =>
      OVERHEAD +
      key.length +
      (value instanceof Set ? [...value].reduce((sum, member) => sum + member.length, 0) : value.body.length),
  });
  /** @type {Set<string>} */
  const locks = new Set();
  /** Which answer (version) each viewer was last given, per read. */
  /** @type {LRUCache<string, string>} */
  const seen = new LRUCache({ max: 100_000 });
  return {
    async get(key) {
      const value = cache.get(key);
      return value instanceof Set ? undefined : value;
    },
    async set(key, answer, ttlMs) {
      cache.set(key, answer, { ttl: ttlMs });
    },
    async index(setKey, members, ttlMs) {
      const existing = cache.get(setKey);
      const set = existing instanceof Set ? new Set(existing) : new Set();
      for (const member of members) set.add(member);
      cache.set(setKey, set, { ttl: ttlMs });
    },
    async members(setKey) {
      const value = cache.get(setKey);
      return value instanceof Set ? [...value] : [];
    },
    async remove(keys) {
      for (const key of keys) cache.delete(key);
    },
    async seen(key, version, ttlMs) {
      const before = seen.get(key);
      seen.set(key, version, { ttl: ttlMs });
      return before === version;
    },
    // One process: the in-flight map of ./read-cache.js already coalesces.
    async lock(key) {
      if (locks.has(key)) return false;
      locks.add(key);
      return true;
    },
    async unlock(key) {
      locks.delete(key);
    },
    async close() {
      cache.clear();
    },
  };
}
