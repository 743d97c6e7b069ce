// Node's http and a real redis-server. The shared read cache and the key's rate budget, seen
// from outside: how many requests reach a stand-in for Hyra, and what each viewer gets back.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { buildServer } from '../../server/app.js';
import { dayClass } from '../../server/cache/freshness.js';
import { readServerConfig } from '../../server/config.js';
import { closeAll, listenApp, raw, upstream, type Seen } from './http';
import { startRedis, type RunningRedis } from './redis';
import type { ServerResponse } from 'node:http';

type Env = Record<string, string | undefined>;
const TOKEN = 'server-token-cache';

afterEach(closeAll);

const dashboard = (apiUrl: string, env: Env = {}) =>
  listenApp(buildServer(readServerConfig({ HYRA_API_URL: apiUrl, HYRA_API_TOKEN: TOKEN, ...env })));

/** Today in Hyra's `day` form, and a day long past. */
const now = new Date();
const TODAY = `${now.getUTCFullYear()}-${now.getUTCMonth() + 1}-${now.getUTCDate()}`;
const day = (d: string) => `/hyra-api/activity/sessions/ws1?day=${d}`;

/** A Hyra that answers each day with one event, `e-<day>`, after `delay` ms. */
function sessions(delay = 30) {
  return (seen: Seen, res: ServerResponse) => {
    const d = new URL(seen.url ?? '/', 'http://x').searchParams.get('day');
    setTimeout(() => {
      res.writeHead(200, { 'Content-Type': 'application/json', 'X-Ratelimit-Limit': '100' });
      res.end(JSON.stringify({ events: [{ _id: `e-${d}` }] }));
    }, delay);
  };
}

describe('the shared read cache', () => {
  it('asks Hyra once for many viewers at once, and says where each answer came from', async () => {
    const hyra = await upstream(sessions(100));
    const base = await dashboard(hyra.url);
    const answers = await Promise.all(Array.from({ length: 30 }, () => raw(base, day('2020-3-7'))));
    expect(answers.every((answer) => answer.status === 200)).toBe(true);
    expect(hyra.seen).toHaveLength(1);
    expect(answers[0]!.headers['cache-status']).toBe('hyra-dashboard; fwd=miss');
    const later = await raw(base, day('2020-3-7'));
    expect(later.body).toBe('{"events":[{"_id":"e-2020-3-7"}]}');
    expect(later.headers['cache-status']).toMatch(/^hyra-dashboard; hit; ttl=\d+$/);
    expect(later.headers.age).toMatch(/^\d+$/);
    expect(hyra.seen).toHaveLength(1);
  });

  it("never lets one key read another's entries", async () => {
    const hyra = await upstream(sessions());
    const base = await dashboard(hyra.url, { HYRA_API_TOKEN: '' });
    await raw(base, day('2020-3-7'), { Authorization: 'Bearer key-one' });
    await raw(base, day('2020-3-7'), { Authorization: 'Bearer key-two' });
    await raw(base, day('2020-3-7'), { Authorization: 'Bearer key-one' });
    expect(hyra.seen.map((seen) => seen.headers.authorization)).toEqual(['Bearer key-one', 'Bearer key-two']);
  });

  it('forgets the days a write touched, so everyone reads the change next', async () => {
    const hyra = await upstream((seen, res) =>
      seen.method === 'GET' ? sessions(0)(seen, res) : (res.writeHead(204), res.end()),
    );
    const base = await dashboard(hyra.url);
    await raw(base, day('2020-3-7'));
    await raw(base, day('2020-3-8'));
    const write = await raw(
      base,
      '/hyra-api/activity/sessions/ws1/e-2020-3-7/change',
      { 'Content-Type': 'application/json' },
      'PATCH',
      '{"prop":"host","value":"1"}',
    );
    expect(write.status).toBe(204);
    expect((await raw(base, day('2020-3-7'))).headers['cache-status']).toBe('hyra-dashboard; fwd=miss');
    expect((await raw(base, day('2020-3-8'))).headers['cache-status']).toMatch(/hit/);
    expect(hyra.seen.filter((seen) => seen.method === 'GET')).toHaveLength(3);
  });

  it('gives a viewer who asks again for the answer they already have a fresh one; others share it', async () => {
    const hyra = await upstream(sessions(0));
    const base = await dashboard(hyra.url);
    const cookie = (await raw(base, '/hyra-config.json')).headers['set-cookie'] as string[];
    expect(cookie[0]).toMatch(/^hyra_viewer=[\w-]{22}; Path=\/; HttpOnly; SameSite=Strict$/);
    const me = { Cookie: cookie[0]!.split(';')[0]! };
    await raw(base, day(TODAY), me);
    expect(
      (await raw(base, day(TODAY), { Cookie: 'hyra_viewer=someone-else-abcdefghi' })).headers['cache-status'],
    ).toMatch(/hit/);
    expect((await raw(base, day(TODAY), me)).headers['cache-status']).toBe('hyra-dashboard; fwd=stale');
    expect(hyra.seen).toHaveLength(2);
  });

  it('keeps only JSON answers, and not errors', async () => {
    let status = 500;
    const hyra = await upstream((_seen, res) => {
      res.writeHead(status, { 'Content-Type': 'application/json' });
      res.end('{"statusCode":500}');
    });
    const base = await dashboard(hyra.url);
    expect((await raw(base, day('2020-3-7'))).status).toBe(500);
    status = 200;
    expect((await raw(base, day('2020-3-7'))).status).toBe(200);
    expect(hyra.seen).toHaveLength(2);
  });

  it('is off with HYRA_CACHE_URL=off', async () => {
    const hyra = await upstream(sessions(0));
    const base = await dashboard(hyra.url, { HYRA_CACHE_URL: 'off' });
    await raw(base, day('2020-3-7'));
    await raw(base, day('2020-3-7'));
    expect(hyra.seen).toHaveLength(2);
  });
});

describe('one rate budget for the key', () => {
  it('spaces requests beyond the burst, and answers 429 with Retry-After when the queue is too long', async () => {
    const hyra = await upstream(sessions(0));
    const base = await dashboard(hyra.url, {
      HYRA_RATE_LIMIT: '12',
      HYRA_RATE_BURST: '2',
      HYRA_RATE_WINDOW_SECONDS: '2',
      HYRA_QUEUE_MAX_WAIT_MS: '1000',
    });
    const answers = await Promise.all(
      Array.from({ length: 12 }, (_, i) => raw(base, day(`2020-1-${i + 1}`))),
    );
    const refused = answers.filter((answer) => answer.status === 429);
    expect(refused.length).toBeGreaterThan(0);
    expect(Number(refused[0]!.headers['retry-after'])).toBeGreaterThanOrEqual(1);
    const times = hyra.seen.map((_, i) => i);
    expect(times.length).toBe(answers.length - refused.length);
  });

  it('waits as long as Hyra says after a 429', async () => {
    let first = true;
    const at: number[] = [];
    const hyra = await upstream((seen, res) => {
      at.push(Date.now());
      if (first) {
        first = false;
        res.writeHead(429, { 'Content-Type': 'application/json', 'Retry-After': '1' });
        res.end('{"statusCode":429}');
        return;
      }
      sessions(0)(seen, res);
    });
    const base = await dashboard(hyra.url);
    expect((await raw(base, day('2020-3-7'))).status).toBe(429);
    expect((await raw(base, day('2020-3-8'))).status).toBe(200);
    expect(at[1]! - at[0]!).toBeGreaterThanOrEqual(900);
  });

  it("caps one viewer's waiting requests, and lets another viewer in meanwhile", async () => {
    const hyra = await upstream(sessions(0));
    const base = await dashboard(hyra.url, {
      HYRA_RATE_LIMIT: '3',
      HYRA_RATE_BURST: '1',
      HYRA_RATE_WINDOW_SECONDS: '1',
      HYRA_VIEWER_QUEUE_MAX: '2',
      HYRA_CACHE_URL: 'off',
    });
    const mine = Array.from({ length: 6 }, (_, i) => raw(base, day(`2020-1-${i + 1}`)));
    const other = raw(base, day('2020-2-1'), { Cookie: 'hyra_viewer=someone-else-abcdefghi' });
    const answers = await Promise.all(mine);
    const refused = answers.filter((answer) => answer.status === 429);
    expect(refused.length).toBeGreaterThanOrEqual(1);
    expect(refused[0]!.headers['x-hyra-proxy-error']).toBe('queue-full');
    expect((await other).status).toBe(200);
  });
});

describe('with Redis (HYRA_CACHE_URL)', () => {
  let redis: RunningRedis;
  beforeAll(async () => {
    redis = await startRedis();
  }, 20_000);
  afterAll(() => redis?.stop());

  it('two instances share one cache: many viewers on both, one request to Hyra', async () => {
    const hyra = await upstream(sessions(150));
    const env = { HYRA_CACHE_URL: redis.url };
    const [a, b] = [await dashboard(hyra.url, env), await dashboard(hyra.url, env)];
    const answers = await Promise.all(
      Array.from({ length: 20 }, (_, i) => raw(i % 2 ? a : b, day('2019-5-5'))),
    );
    expect(answers.every((answer) => answer.status === 200)).toBe(true);
    expect(hyra.seen).toHaveLength(1);
    expect((await raw(b, day('2019-5-5'))).headers['cache-status']).toMatch(/hit/);
  });

  it('without Redis, answers all the same, uncached', async () => {
    const hyra = await upstream(sessions(0));
    const base = await dashboard(hyra.url, { HYRA_CACHE_URL: 'redis://127.0.0.1:1' });
    expect((await raw(base, day('2019-5-6'))).status).toBe(200);
    expect((await raw(base, day('2019-5-6'))).status).toBe(200);
    expect(hyra.seen).toHaveLength(2);
  });
});

describe('freshness by distance from today', () => {
  it('classes days as past, near or future', () => {
    const at = Date.UTC(2026, 2, 10, 12);
    const q = (text: string) => new URLSearchParams(text);
    expect(dayClass(q('day=2026-3-1'), at)).toBe('past');
    expect(dayClass(q('day=2026-3-9'), at)).toBe('near');
    expect(dayClass(q('day=2026-3-17'), at)).toBe('near');
    expect(dayClass(q('day=2026-3-30'), at)).toBe('future');
    expect(dayClass(q('start=2026-02-01T00:00:00Z&end=2026-03-31T00:00:00Z'), at)).toBe('near');
    expect(dayClass(q('start=2026-02-01T00:00:00Z&end=2026-02-20T00:00:00Z'), at)).toBe('past');
  });
});
