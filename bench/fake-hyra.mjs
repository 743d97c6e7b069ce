// @ts-check
/**
 * The benchmark's fake Hyra: a plain Node HTTP server on 127.0.0.1 (a free port) that serves
 * the generated workspaces as fast as it can, by day (`day=YYYY-M-D`) and by range
 * (`start`, `end`: ISO instants), with `week_starts_on: 'monday'`. No rate limit, no
 * latency: the figures are about the browser. Requests must carry the bearer token the
 * dashboard's proxy adds, so a run also proves the proxy path.
 */
import { createServer } from 'node:http';
import { DAY_MS, dayMs, dayOf, WEEK_STARTS_ON } from './workspaces.mjs';

/**
 * @param {{ workspaces: import('./workspaces.mjs').BenchWorkspace[]; token: string }} options
 * @returns {Promise<{ url: string; port: number; counts: Record<string, number>; close: () => Promise<void> }>}
 */
export async function startFakeHyra({ workspaces, token }) {
  const byId = new Map(workspaces.map((workspace) => [workspace.spec.id, workspace]));
  /** @type {Record<string, number>} */
  const counts = { day: 0, range: 0, upcoming: 0, other: 0 };

  /**
   * @param {import('./workspaces.mjs').BenchWorkspace} workspace
   * @param {string[]} eventTexts
   */
  const page = (workspace, eventTexts) =>
    `{"permissions":${JSON.stringify(workspace.permissions)},"events":[${eventTexts.join(',')}],"week_starts_on":"${WEEK_STARTS_ON}"}`;

  /**
   * @param {import('node:http').ServerResponse} res
   * @param {number} status
   * @param {string} body
   */
  function send(res, status, body) {
    res.writeHead(status, {
      'Content-Type': 'application/json; charset=utf-8',
      'Content-Length': Buffer.byteLength(body),
    });
    res.end(body);
  }

  /** @param {number} status @param {string} message */
  const error = (status, message) =>
    JSON.stringify({ statusCode: status, error: status === 404 ? 'Not Found' : 'Bad Request', message });

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (req.headers.authorization !== `Bearer ${token}`) {
      send(res, 401, JSON.stringify({ statusCode: 401, error: 'Unauthorized', message: 'Bad token' }));
      return;
    }
    const match = /^\/activity\/sessions\/([^/]+)(\/upcoming)?$/.exec(url.pathname);
    const workspace = match ? byId.get(decodeURIComponent(match[1] ?? '')) : undefined;
    if (!match || !workspace || req.method !== 'GET') {
      counts.other = (counts.other ?? 0) + 1;
      send(res, 404, error(404, `Cannot ${req.method} ${url.pathname}`));
      return;
    }
    if (match[2]) {
      counts.upcoming = (counts.upcoming ?? 0) + 1;
      send(res, 200, '[]');
      return;
    }
    const dayValue = url.searchParams.get('day');
    if (dayValue !== null) {
      const parts = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(dayValue);
      if (!parts) {
        send(res, 400, error(400, 'day must be a date like 2026-3-7'));
        return;
      }
      const day = dayOf(Date.UTC(Number(parts[1]), Number(parts[2]) - 1, Number(parts[3])));
      counts.day = (counts.day ?? 0) + 1;
      send(
        res,
        200,
        page(
          workspace,
          (workspace.byDay.get(day) ?? []).map((event) => event.json),
        ),
      );
      return;
    }
    const start = Date.parse(url.searchParams.get('start') ?? '');
    const end = Date.parse(url.searchParams.get('end') ?? '');
    if (!Number.isFinite(start) || !Number.isFinite(end) || end <= start) {
      send(res, 400, error(400, 'Provide day, or start and end (ISO instants)'));
      return;
    }
    counts.range = (counts.range ?? 0) + 1;
    /** @type {string[]} */
    const texts = [];
    for (let ms = dayMs(dayOf(start)); ms < end; ms += DAY_MS) {
      for (const event of workspace.byDay.get(dayOf(ms)) ?? []) {
        if (event.startMs >= start && event.startMs < end) texts.push(event.json);
      }
    }
    send(res, 200, page(workspace, texts));
  });

  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve(undefined));
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    counts,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve(undefined));
      }),
  };
}
