// Node's http and a real redis-server, lost in the middle of a run (issue 13: losing the store
// degrades to no cache, never to errors). Every request is bounded by an AbortSignal: a hang
// fails the test instead of stalling it.
import { afterEach, describe, expect, it } from 'vitest';
import { buildServer } from '../../server/app.js';
import { readServerConfig } from '../../server/config.js';
import { closeAll, closeLater, listenApp, upstream, type Seen } from './http';
import { startRedis } from './redis';
import { redisStore } from '../../server/cache/redis-store.js';
import type { ServerResponse } from 'node:http';

afterEach(closeAll);

/** Generous: the machine is busy, and a frozen Redis costs a command timeout per command. */
const BOUND_MS = 8_000;
const READ = '/hyra-api/activity/sessions/ws1?day=2020-3-7';
const WRITE = '/hyra-api/activity/sessions/ws1/e-2020-3-7/change';

/** A Hyra whose reads answer one event of the day, and whose writes answer 204. */
function hyra(seen: Seen, res: ServerResponse) {
  if (seen.method !== 'GET') {
    res.writeHead(204);
    res.end();
    return;
  }
  res.writeHead(200, { 'Content-Type': 'application/json', 'X-Ratelimit-Limit': '100' });
  res.end(JSON.stringify({ events: [{ _id: 'e-2020-3-7' }] }));
}

async function read(base: string) {
  const answer = await fetch(base + READ, { signal: AbortSignal.timeout(BOUND_MS) });
  return { status: answer.status, cache: answer.headers.get('cache-status'), json: await answer.json() };
}

async function write(base: string) {
  const answer = await fetch(base + WRITE, {
    method: 'PATCH',
    headers: { 'Content-Type': 'application/json' },
    body: '{"prop":"host","value":"1"}',
    signal: AbortSignal.timeout(BOUND_MS),
  });
  return answer.status;
}

/** A dashboard on a fresh redis-server (its rate budget on, in Redis too), with one read cached. */
async function cachedOnRedis() {
  const redis = await startRedis();
  closeLater(() => redis.stop());
  const stand = await upstream(hyra);
  const base = await listenApp(
    buildServer(
      readServerConfig({
        HYRA_API_URL: stand.url,
        HYRA_API_TOKEN: 'server-token-redis-loss',
        HYRA_CACHE_URL: redis.url,
        HYRA_RATE_LIMIT: '100',
      }),
    ),
  );
  expect((await read(base)).cache).toBe('hyra-dashboard; fwd=miss');
  expect((await read(base)).cache).toMatch(/^hyra-dashboard; hit; ttl=\d+$/);
  expect(stand.seen).toHaveLength(1);
  return { redis, base, seen: stand.seen };
}

const EVENTS = { events: [{ _id: 'e-2020-3-7' }] };

describe('Redis lost in the middle of a run', () => {
  it('when redis-server is killed, reads come from Hyra, uncached, and writes still go through', async () => {
    const { redis, base, seen } = await cachedOnRedis();
    redis.signal('SIGKILL');

    for (let i = 0; i < 3; i++) {
      expect(await read(base)).toEqual({ status: 200, cache: 'hyra-dashboard; fwd=miss', json: EVENTS });
    }
    expect(await write(base)).toBe(204);
    expect(await read(base)).toEqual({ status: 200, cache: 'hyra-dashboard; fwd=miss', json: EVENTS });
    expect(seen.map((one) => one.method)).toEqual(['GET', 'GET', 'GET', 'GET', 'PATCH', 'GET']);
  }, 30_000);

  it('when redis-server freezes (commands never answer), nothing hangs and nothing fails', async () => {
    const { redis, base, seen } = await cachedOnRedis();
    redis.signal('SIGSTOP');
    closeLater(async () => redis.signal('SIGCONT'));

    const answers = await Promise.all([read(base), read(base), read(base)]);
    for (const answer of answers) expect(answer).toMatchObject({ status: 200, json: EVENTS });
    expect(await write(base)).toBe(204);
    expect(await read(base)).toMatchObject({ status: 200, json: EVENTS });
    expect(seen.filter((one) => one.method === 'PATCH')).toHaveLength(1);
  }, 60_000);

  it("the key's rate budget still answers Hyra's 429 and the next read once Redis is gone", async () => {
    const redis = await startRedis();
    closeLater(() => redis.stop());
    let first = true;
    const stand = await upstream((seen, res) => {
      if (first && seen.method === 'GET') {
        first = false;
        res.writeHead(429, { 'Content-Type': 'application/json', 'Retry-After': '1' });
        res.end('{"statusCode":429}');
        return;
      }
      hyra(seen, res);
    });
    const base = await listenApp(
      buildServer(
        readServerConfig({
          HYRA_API_URL: stand.url,
          HYRA_API_TOKEN: 'server-token-redis-loss',
          HYRA_CACHE_URL: redis.url,
          HYRA_RATE_LIMIT: '100',
        }),
      ),
    );
    redis.signal('SIGKILL');
    expect((await read(base)).status).toBe(429);
    expect(await read(base)).toMatchObject({ status: 200, json: EVENTS });
    expect(stand.seen).toHaveLength(2);
  }, 30_000);
});

describe("the Redis store's circuit breaker", () => {
  it('after two commands time out in a row on a frozen Redis, the next is skipped at once instead of waiting out its own timeout', async () => {
    const redis = await startRedis();
    closeLater(() => redis.stop());
    const { store, ready } = redisStore(redis.url, { commandTimeoutMs: 200, breakAfter: 2, breakMs: 60_000 });
    closeLater(() => store.close());
    expect(await ready(5_000)).toBe(true);
    await store.set('k', { status: 200, headers: {}, body: '{}', storedAt: 0, freshUntil: 1 }, 60_000);
    redis.signal('SIGSTOP');
    closeLater(async () => redis.signal('SIGCONT'));

    await expect(store.get('k')).rejects.toThrow(/timed out/i);
    await expect(store.get('k')).rejects.toThrow(/timed out/i);
    await expect(store.get('k')).rejects.toThrow('Redis skipped: it did not answer a moment ago');
    await expect(store.lock('k', 1_000)).rejects.toThrow('Redis skipped');
  }, 30_000);

  it('a reply error (Redis answered) leaves the breaker closed', async () => {
    const redis = await startRedis();
    closeLater(() => redis.stop());
    const { store, ready } = redisStore(redis.url, { breakAfter: 1, breakMs: 60_000 });
    closeLater(() => store.close());
    expect(await ready(5_000)).toBe(true);
    await store.index('a-set', ['one'], 60_000);
    // A set read as a string: Redis answers WRONGTYPE.
    await expect(store.get('a-set')).rejects.toThrow(/WRONGTYPE/);
    expect(await store.members('a-set')).toEqual(['one']);
  }, 30_000);
});
