// @ts-check
/**
 * bench:server's fake Hyra: answers `GET /activity/sessions/{ws}?day=YYYY-M-D` with three
 * sessions a day after a short delay, and enforces Hyra's documented limit, 100 requests a
 * minute per key over a rolling minute: beyond it, 429 with Retry-After and
 * X-Ratelimit-Reset, like the real one.
 */
import { createServer } from 'node:http';

/**
 * @param {{ token: string; limit?: number; windowMs?: number; latencyMs?: number }} options
 */
export async function startLimitedHyra({ token, limit = 100, windowMs = 60_000, latencyMs = 25 }) {
  /** @type {number[]} */
  const accepted = [];
  const counts = { requests: 0, ok: 0, limited: 0 };
  const server = createServer((req, res) => {
    counts.requests += 1;
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    /** @param {number} status @param {unknown} body @param {Record<string, string>} [headers] */
    const send = (status, body, headers = {}) => {
      const text = JSON.stringify(body);
      res.writeHead(status, {
        'Content-Type': 'application/json',
        'Content-Length': Buffer.byteLength(text),
        ...headers,
      });
      res.end(text);
    };
    if (req.headers.authorization !== `Bearer ${token}`) {
      send(401, { statusCode: 401, error: 'Unauthorized', message: 'Invalid API key' });
      return;
    }
    const now = Date.now();
    while (accepted.length > 0 && (accepted[0] ?? 0) <= now - windowMs) accepted.shift();
    if (accepted.length >= limit) {
      counts.limited += 1;
      const reset = Math.max(1, Math.ceil(((accepted[0] ?? 0) + windowMs - now) / 1000));
      send(
        429,
        { statusCode: 429, error: 'Too Many Requests', message: 'Rate limit exceeded' },
        {
          'Retry-After': String(reset),
          'X-Ratelimit-Limit': String(limit),
          'X-Ratelimit-Reset': String(reset),
        },
      );
      return;
    }
    accepted.push(now);
    const day = url.searchParams.get('day') ?? '';
    const events = [0, 1, 2].map((i) => ({
      _id: `${day}-${i}`.padEnd(24, '0').slice(0, 24),
      start: `${day}T1${i}:00:00.000Z`,
      schedule: { _id: 'schedule', name: `Training ${i}` },
      host: { exists: false },
      servers: [],
    }));
    setTimeout(() => {
      counts.ok += 1;
      send(
        200,
        { permissions: {}, events, week_starts_on: 'monday' },
        { 'X-Ratelimit-Limit': String(limit), 'X-Ratelimit-Remaining': String(limit - accepted.length) },
      );
    }, latencyMs);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    counts,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve(undefined));
      }),
  };
}
