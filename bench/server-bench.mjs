// @ts-check
/**
 * `npm run bench:server`: 50 viewers open the same month within 10 seconds, in day mode
 * (the dashboard's own pattern: each day of the six-week grid plus one day on each side,
 * six requests at a time as a browser does, waiting out a 429's Retry-After and trying
 * again), against a fake Hyra that allows 100 requests a minute. Side by side in one run:
 *
 *   no-cache   the proxy as it was: no shared cache, no server budget (HYRA_CACHE_URL=off,
 *              HYRA_RATE_LIMIT=0)
 *   cache      the default: the in-memory cache and the key's budget
 *   redis      two instances sharing one redis-server, viewers alternating between them
 *   alone      one viewer, with the cache (the yardstick for p95)
 *
 * Reports upstream requests, upstream 429s and p50/p95 time until a viewer has the whole
 * month, to reports/bench-server.json; `node bench/check-server-budgets.mjs` checks it.
 * `--quick` gives up on a viewer sooner in the no-cache run (it cannot finish in time).
 */
import { spawn, spawnSync } from 'node:child_process';
import { Agent, request } from 'node:http';
import { mkdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { buildServer } from '../server/app.js';
import { readServerConfig } from '../server/config.js';
import { startLimitedHyra } from './server-fake-hyra.mjs';

const QUICK = process.argv.includes('--quick');
const VIEWERS = 50;
const SPREAD_MS = 10_000;
const PARALLEL = 6;
const GIVE_UP_MS = QUICK ? 25_000 : 60_000;
const TOKEN = 'bench-server-token';

/** The six-week grid of this month (weeks start on Monday), one day of margin each side. */
export function monthDays(now = new Date()) {
  const first = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1);
  const weekday = (new Date(first).getUTCDay() + 6) % 7;
  const start = first - (weekday + 1) * 86_400_000;
  return Array.from({ length: 44 }, (_, i) => {
    const d = new Date(start + i * 86_400_000);
    return `${d.getUTCFullYear()}-${d.getUTCMonth() + 1}-${d.getUTCDate()}`;
  });
}

/** A seeded spread of start times, the same in every run. */
/** @param {number} count */
function starts(count) {
  let seed = 42;
  return Array.from({ length: count }, () => {
    seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
    return Math.floor((seed / 2 ** 31) * SPREAD_MS);
  }).sort((a, b) => a - b);
}

/** @param {number} ms */
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * A GET on the viewer's own connections (six, kept alive, as a browser holds per host),
 * abandoned at the viewer's deadline: a request the server never answers counts as a viewer
 * who gave up instead of stalling the benchmark.
 * @param {Agent} agent @param {string} url @param {Record<string, string>} headers
 * @param {number} deadline epoch ms
 * @returns {Promise<{ status: number; headers: import('node:http').IncomingHttpHeaders }>}
 */
function get(agent, url, headers, deadline) {
  return new Promise((resolve) => {
    const signal = AbortSignal.timeout(Math.max(1, deadline - Date.now()));
    const req = request(url, { agent, headers, signal }, (res) => {
      res.resume();
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers }));
      res.on('error', () => resolve({ status: 0, headers: {} }));
      res.on('close', () =>
        resolve({ status: res.complete ? (res.statusCode ?? 0) : 0, headers: res.headers }),
      );
    });
    req.on('error', () => resolve({ status: 0, headers: {} }));
    req.end();
  });
}

/**
 * One viewer: the config (its cookie), then every day, PARALLEL at a time.
 * @param {string} base @param {string[]} days @param {number} deadline
 * @returns {Promise<number | undefined>} ms until the whole month, or undefined (gave up)
 */
async function viewer(base, days, deadline) {
  const started = Date.now();
  const agent = new Agent({ keepAlive: true, maxSockets: PARALLEL });
  const config = await get(agent, `${base}/hyra-config.json`, {}, deadline);
  const cookie = (config.headers['set-cookie']?.[0] ?? '').split(';')[0] ?? '';
  const queue = [...days];
  let failed = false;
  const worker = async () => {
    for (let day = queue.shift(); day !== undefined; day = queue.shift()) {
      for (;;) {
        if (Date.now() > deadline) {
          failed = true;
          return;
        }
        const response = await get(
          agent,
          `${base}/hyra-api/activity/sessions/bench?day=${day}`,
          {
            Cookie: cookie,
            Accept: 'application/json',
          },
          deadline,
        );
        if (response.status === 200) break;
        const retry = Number(response.headers['retry-after']);
        const wait = Number.isFinite(retry) && retry > 0 ? retry * 1000 : 1000;
        await sleep(Math.max(0, Math.min(wait, deadline - Date.now() + 1)));
      }
    }
  };
  await Promise.all(Array.from({ length: PARALLEL }, worker));
  agent.destroy();
  return failed ? undefined : Date.now() - started;
}

/** @param {number[]} values @param {number} q */
function quantile(values, q) {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? null;
}

async function freePort() {
  const server = createServer();
  await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
  const address = server.address();
  await new Promise((resolve) => server.close(() => resolve(undefined)));
  return typeof address === 'object' && address ? address.port : 0;
}

async function startRedis() {
  if (spawnSync('redis-server', ['--version']).error) {
    throw new Error('redis-server is missing: apt-get install -y redis-server (.ci/run does).');
  }
  const port = await freePort();
  const child = spawn(
    'redis-server',
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
    {
      stdio: ['ignore', 'pipe', 'ignore'],
    },
  );
  await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('redis-server did not start')), 10_000);
    child.stdout.on('data', (chunk) => {
      if (String(chunk).includes('Ready to accept connections')) {
        clearTimeout(timer);
        resolve(undefined);
      }
    });
  });
  return {
    url: `redis://127.0.0.1:${port}`,
    stop: () =>
      new Promise((resolve) => {
        child.once('exit', () => resolve(undefined));
        if (child.pid) process.kill(child.pid, 'SIGTERM');
      }),
  };
}

/**
 * @param {string} name
 * @param {{ env: Record<string, string>; instances: number; viewers: number }} setup
 */
async function scenario(name, { env, instances, viewers }) {
  const hyra = await startLimitedHyra({ token: TOKEN });
  const apps = [];
  /** @type {string[]} */
  const bases = [];
  for (let i = 0; i < instances; i++) {
    const app = await buildServer(
      readServerConfig({ HYRA_API_URL: hyra.url, HYRA_API_TOKEN: TOKEN, ...env }),
    );
    await app.listen({ port: 0, host: '127.0.0.1' });
    const address = app.server.address();
    bases.push(`http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`);
    apps.push(app);
  }
  const days = monthDays();
  const t0 = Date.now();
  const offsets = viewers === 1 ? [0] : starts(viewers);
  const times = await Promise.all(
    offsets.map(async (offset, i) => {
      await sleep(offset);
      return viewer(bases[i % bases.length] ?? '', days, t0 + offset + GIVE_UP_MS);
    }),
  );
  await Promise.all(apps.map((app) => app.close()));
  await hyra.close();
  const done = times.filter((time) => time !== undefined);
  const result = {
    name,
    viewers,
    distinctDays: days.length,
    upstreamRequests: hyra.counts.requests,
    upstream429: hyra.counts.limited,
    completed: done.length,
    p50Ms: done.length === viewers ? quantile(done, 0.5) : null,
    p95Ms: done.length === viewers ? quantile(done, 0.95) : null,
  };
  const show = (/** @type {number | null} */ ms) => (ms === null ? `> ${GIVE_UP_MS / 1000} s` : `${ms} ms`);
  console.log(
    `${name.padEnd(9)} upstream ${String(result.upstreamRequests).padStart(5)}  429s ${String(result.upstream429).padStart(5)}  ` +
      `complete ${done.length}/${viewers}  p50 ${show(result.p50Ms)}  p95 ${show(result.p95Ms)}`,
  );
  return result;
}

const results = [
  await scenario('alone', { env: {}, instances: 1, viewers: 1 }),
  await scenario('no-cache', {
    env: { HYRA_CACHE_URL: 'off', HYRA_RATE_LIMIT: '0' },
    instances: 1,
    viewers: VIEWERS,
  }),
  await scenario('cache', { env: {}, instances: 1, viewers: VIEWERS }),
];
// A redis-server of its own, empty, stopped by its PID.
const redis = await startRedis();
try {
  results.push(
    await scenario('redis', { env: { HYRA_CACHE_URL: redis.url }, instances: 2, viewers: VIEWERS }),
  );
} finally {
  await redis.stop();
}
mkdirSync('reports', { recursive: true });
writeFileSync('reports/bench-server.json', `${JSON.stringify({ quick: QUICK, results }, null, 2)}\n`);
console.log('Written to reports/bench-server.json');
