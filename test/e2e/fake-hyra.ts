/**
 * A fake Hyra for the end-to-end tests: a real HTTP server on 127.0.0.1 whose answers come
 * from the demo (src/demo: the generated workspace, its store and its MSW handlers, run here
 * with msw's `getResponse`). What stands behind each workspace ID is in
 * fake-hyra-workspaces.ts; every workspace is built around the fake's day (`today`, the UTC
 * day it started), and each ID has its own store, so tests side by side do not meet.
 *
 * This server itself adds only what the line between the dashboard and Hyra can do wrong,
 * picked like the rest by the workspace ID's code (its first four hex digits, see
 * BEHAVIOUR_CODES in fake-hyra-env.ts):
 *
 *   unauthorized   401, whatever the token
 *   unreachable    drops the connection without an answer
 *   slow           the fake's `today` answers after SLOW_MS (longer than the proxy waits);
 *                  other days answer at once
 *   notjson        200 with an HTML page
 *   malformed      200 with `events` that is not an array
 *
 * Every request must carry `Authorization: Bearer <one of the tokens>`, else 401.
 *
 * Control (for the tests, never reachable through the dashboard's proxy, which forwards
 * only /activity/ paths):
 *   GET  /__control/health                  200 { ok, today }
 *   GET  /__control/requests[?workspace=W]  what arrived: method, path, query, authorization
 *   POST /__control/behave?workspace=W&as=B  workspace W now behaves as B (with a fresh store)
 *   POST /__control/change?workspace=W&session=S&prop=host&value=U
 *                                           someone else changes session S of W, as Hyra's web app
 *                                           would (prop host or cohost; U a Roblox user ID)
 *
 * Node cannot run TypeScript: Playwright starts it from fake-hyra-setup.ts (globalSetup).
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { getResponse } from 'msw';
import { DEMO_API_PREFIX } from '../../src/demo/handlers';
import { hyraErrorBody } from '../../src/demo/errors';
import { DAY_PARAM, parseDayParam, RANGE_PARAMS } from '../../src/hyra/contract';
import { DAY_MS } from '../../src/lib/days';
import { createBackend, type WorkspaceBackend } from './fake-hyra-workspaces';
import { behaviourOfWorkspace } from './fake-hyra-env';

export const SLOW_MS = 4_000;

export interface RecordedRequest {
  method: string;
  path: string;
  workspace?: string;
  query: Record<string, string>;
  authorization: string | null;
  at: number;
}

export interface FakeHyraOptions {
  tokens: string[];
  /** `YYYY-MM-DD`, the UTC day every workspace is built around (default: today). */
  today?: string;
}

function sendJson(res: ServerResponse, status: number, body: unknown) {
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify(body));
}

async function readBody(req: IncomingMessage): Promise<string | undefined> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return chunks.length > 0 ? Buffer.concat(chunks).toString('utf8') : undefined;
}

/** Whether a request asks for `day`: by `day=`, or by a range that covers it. */
function asksFor(query: URLSearchParams, day: string): boolean {
  const asked = query.get(DAY_PARAM);
  if (asked !== null) return parseDayParam(asked) === day;
  const start = Date.parse(query.get(RANGE_PARAMS.start) ?? '');
  const end = Date.parse(query.get(RANGE_PARAMS.end) ?? '');
  const dayStart = Date.parse(`${day}T00:00:00Z`);
  return start < dayStart + DAY_MS && end > dayStart;
}

export function createFakeHyra(options: FakeHyraOptions): Server {
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  const requests: RecordedRequest[] = [];
  const behaviourOf = new Map<string, string>();
  const backends = new Map<string, { behaviour: string; backend: WorkspaceBackend }>();

  function backendFor(workspaceId: string, behaviour: string): WorkspaceBackend {
    const known = backends.get(workspaceId);
    if (known?.behaviour === behaviour) return known.backend;
    const backend = createBackend(behaviour, workspaceId, today);
    backends.set(workspaceId, { behaviour, backend });
    return backend;
  }

  function control(req: IncomingMessage, res: ServerResponse, url: URL) {
    const action = url.pathname.slice('/__control/'.length);
    const workspace = url.searchParams.get('workspace');
    if (action === 'health') return sendJson(res, 200, { ok: true, today });
    if (action === 'requests') {
      return sendJson(res, 200, workspace ? requests.filter((r) => r.workspace === workspace) : requests);
    }
    if (action === 'behave' && req.method === 'POST') {
      const as = url.searchParams.get('as');
      if (workspace && as) behaviourOf.set(workspace, as);
      return sendJson(res, 200, { ok: true });
    }
    if (action === 'change' && req.method === 'POST' && workspace) {
      const prop = url.searchParams.get('prop');
      const session = url.searchParams.get('session') ?? '';
      const value = url.searchParams.get('value') ?? '';
      if (prop !== 'host' && prop !== 'cohost')
        return sendJson(res, 400, hyraErrorBody(400, 'prop: host or cohost'));
      const behaviour = behaviourOf.get(workspace) ?? behaviourOfWorkspace(workspace);
      const backend = backendFor(workspace, ['slow', 'malformed'].includes(behaviour) ? 'ok' : behaviour);
      try {
        return sendJson(res, 200, backend.store.change(session, { prop, value }));
      } catch (error) {
        return sendJson(res, 400, hyraErrorBody(400, String(error)));
      }
    }
    return sendJson(res, 404, hyraErrorBody(404, 'No such control'));
  }

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const url = new URL(req.url ?? '/', 'http://fake-hyra');
    if (url.pathname.startsWith('/__control/')) return control(req, res, url);

    const match = /^\/activity\/sessions\/([^/]+)/.exec(url.pathname);
    const workspaceId = match ? decodeURIComponent(match[1] ?? '') : undefined;
    const method = req.method ?? 'GET';
    requests.push({
      method,
      path: url.pathname,
      workspace: workspaceId,
      query: Object.fromEntries(url.searchParams),
      authorization: req.headers.authorization ?? null,
      at: Date.now(),
    });

    const auth = req.headers.authorization ?? '';
    if (!options.tokens.some((token) => auth === `Bearer ${token}`)) {
      return sendJson(res, 401, hyraErrorBody(401, 'Invalid or missing API key'));
    }
    const id = workspaceId ?? '';
    const behaviour = behaviourOf.get(id) ?? behaviourOfWorkspace(id);
    switch (behaviour) {
      case 'unauthorized':
        return sendJson(res, 401, hyraErrorBody(401, 'Invalid API key'));
      case 'unreachable':
        req.socket.destroy();
        return;
      case 'notjson':
        res.writeHead(200, { 'Content-Type': 'text/html' });
        res.end('<!doctype html><title>Sign in</title><p>Please sign in');
        return;
    }

    // The rest is the demo's answer, as the demo's handlers give it under the proxy's prefix.
    const backend = backendFor(id, ['slow', 'malformed'].includes(behaviour) ? 'ok' : behaviour);
    const headers = new Headers();
    for (const [name, value] of Object.entries(req.headers)) {
      if (typeof value === 'string') headers.set(name, value);
    }
    const body = method === 'GET' || method === 'HEAD' ? undefined : await readBody(req);
    const request = new Request(`http://fake-hyra${DEMO_API_PREFIX}${url.pathname}${url.search}`, {
      method,
      headers,
      body,
    });
    const response = await getResponse(backend.handlers, request);
    if (!response) return sendJson(res, 404, hyraErrorBody(404, `Cannot ${method} ${url.pathname}`));

    let text = await response.text();
    const rewrite =
      behaviour === 'malformed'
        ? (page: Record<string, unknown>) => ({ ...page, events: 'not a list' })
        : backend.rewrite;
    if (rewrite && response.ok) {
      const json: unknown = JSON.parse(text);
      if (typeof json === 'object' && json !== null && !Array.isArray(json)) {
        text = JSON.stringify(rewrite(json as Record<string, unknown>));
      }
    }
    const send = () => {
      const out = Object.fromEntries(response.headers);
      delete out['content-length'];
      res.writeHead(response.status, out);
      res.end(text);
    };
    if (behaviour === 'slow' && asksFor(url.searchParams, today)) {
      const timer = setTimeout(send, SLOW_MS);
      res.on('close', () => clearTimeout(timer));
      return;
    }
    send();
  }

  return createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      console.error('fake Hyra:', error);
      if (!res.headersSent) sendJson(res, 500, hyraErrorBody(500, 'The fake Hyra failed'));
      else res.destroy();
    });
  });
}

/** Starts the fake on 127.0.0.1:port; resolves once it listens. */
export async function startFakeHyra(options: FakeHyraOptions & { port: number }) {
  const server = createFakeHyra(options);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', () => resolve());
  });
  return {
    server,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
