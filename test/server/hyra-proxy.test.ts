// Node's http and fetch only. This runs in the suite's default (jsdom) environment because
// test/setup.ts reads `window`; nothing here touches the DOM.
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import {
  createHyraMiddleware,
  DEFAULT_UPSTREAM_TIMEOUT_MS,
  publicConfig,
  readServerConfig,
  type ServerConfig,
} from '../../server/hyra-proxy.js';

const SECRET = 'server-secret-token-123';
const servers: Server[] = [];

afterEach(async () => {
  await Promise.all(
    servers.splice(0).map(
      (server) =>
        new Promise((resolve) => {
          server.closeAllConnections();
          server.close(resolve);
        }),
    ),
  );
});

async function listen(server: Server): Promise<string> {
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

interface Seen {
  method?: string;
  url?: string;
  headers: IncomingHttpHeaders;
  body: string;
}

/** A stand-in for Hyra that records what reached it. */
async function upstream(
  answer: (seen: Seen, res: import('node:http').ServerResponse) => void = (_seen, res) => {
    res.writeHead(200, {
      'Content-Type': 'application/json',
      'X-Ratelimit-Limit': '100',
      'Set-Cookie': 'a=b',
    });
    res.end(JSON.stringify({ events: [] }));
  },
) {
  const seen: Seen[] = [];
  const url = await listen(
    createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => {
        const entry = {
          method: req.method,
          url: req.url,
          headers: req.headers,
          body: Buffer.concat(chunks).toString(),
        };
        seen.push(entry);
        answer(entry, res);
      });
    }),
  );
  return { url, seen };
}

/** The dashboard side: the middleware, and a 404 for what it passes on. */
async function dashboard(config: ServerConfig, log?: (line: string) => void) {
  const middleware = createHyraMiddleware(config, { log });
  return listen(
    createServer((req, res) => {
      void middleware(req, res, () => {
        res.statusCode = 404;
        res.end('next');
      });
    }),
  );
}

const config = (apiUrl: string, extra: Partial<ServerConfig> = {}): ServerConfig => ({
  ...readServerConfig({ HYRA_API_URL: apiUrl }),
  ...extra,
});

describe('readServerConfig', () => {
  it('has the documented defaults and trims what it is given', () => {
    expect(readServerConfig({})).toEqual({
      apiUrl: 'https://api.hyra.io',
      token: undefined,
      workspaceId: undefined,
      hyraWebUrl: 'https://hyra.io',
      upstreamTimeoutMs: DEFAULT_UPSTREAM_TIMEOUT_MS,
    });
    expect(
      readServerConfig({
        HYRA_API_URL: 'http://127.0.0.1:9999/',
        HYRA_API_TOKEN: `  ${SECRET}\n`,
        HYRA_WORKSPACE_ID: ' ws1 ',
        HYRA_UPSTREAM_TIMEOUT_MS: '2500',
      }),
    ).toMatchObject({
      apiUrl: 'http://127.0.0.1:9999',
      token: SECRET,
      workspaceId: 'ws1',
      upstreamTimeoutMs: 2500,
    });
  });

  it('refuses an API URL that is not http(s) and a timeout that is not a number of milliseconds', () => {
    expect(() => readServerConfig({ HYRA_API_URL: 'file:///etc/passwd' })).toThrow(/http\(s\)/);
    expect(() => readServerConfig({ HYRA_UPSTREAM_TIMEOUT_MS: 'soon' })).toThrow(/HYRA_UPSTREAM_TIMEOUT_MS/);
  });

  it('tells the browser whether the server holds a token, never the token', () => {
    const shown = publicConfig(readServerConfig({ HYRA_API_TOKEN: SECRET, HYRA_WORKSPACE_ID: 'ws1' }));
    expect(shown).toEqual({ workspaceId: 'ws1', serverHasToken: true, hyraWebUrl: 'https://hyra.io' });
    expect(JSON.stringify(shown)).not.toContain(SECRET);
  });
});

describe('createHyraMiddleware', () => {
  it('serves /hyra-config.json without the token', async () => {
    const base = await dashboard(config('http://127.0.0.1:1', { token: SECRET, workspaceId: 'ws1' }));
    const response = await fetch(`${base}/hyra-config.json`);
    const text = await response.text();
    expect(JSON.parse(text)).toEqual({
      workspaceId: 'ws1',
      serverHasToken: true,
      hyraWebUrl: 'https://hyra.io',
    });
    expect(text).not.toContain(SECRET);
    expect(response.headers.get('cache-control')).toBe('no-store');
  });

  it("adds the server's token in place of any the browser sent, and keeps cookies here", async () => {
    const hyra = await upstream();
    const lines: string[] = [];
    const base = await dashboard(config(hyra.url, { token: SECRET }), (line) => lines.push(line));
    const response = await fetch(`${base}/hyra-api/activity/sessions/ws1?day=2026-3-7`, {
      headers: {
        Authorization: 'Bearer from-the-browser',
        Cookie: 'session=abc',
        Accept: 'application/json',
      },
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ events: [] });
    expect(response.headers.get('x-ratelimit-limit')).toBe('100');
    expect(response.headers.get('set-cookie')).toBeNull();
    expect(hyra.seen).toHaveLength(1);
    expect(hyra.seen[0]!.url).toBe('/activity/sessions/ws1?day=2026-3-7');
    expect(hyra.seen[0]!.headers.authorization).toBe(`Bearer ${SECRET}`);
    expect(hyra.seen[0]!.headers.cookie).toBeUndefined();
    expect(lines.join('\n')).toContain('GET /activity/sessions/ws1 -> 200');
    expect(lines.join('\n')).not.toContain(SECRET);
  });

  it("passes the user's own token through when the server holds none", async () => {
    const hyra = await upstream();
    const base = await dashboard(config(hyra.url));
    await fetch(`${base}/hyra-api/activity/sessions/ws1?day=2026-3-7`, {
      headers: { Authorization: 'Bearer users-token' },
    });
    await fetch(`${base}/hyra-api/activity/sessions/ws1?day=2026-3-8`);
    expect(hyra.seen.map((seen) => seen.headers.authorization)).toEqual(['Bearer users-token', undefined]);
  });

  it('forwards a JSON write with its body, and refuses a body of another type', async () => {
    const hyra = await upstream((_seen, res) => {
      res.writeHead(204);
      res.end();
    });
    const base = await dashboard(config(hyra.url, { token: SECRET }));
    const ok = await fetch(`${base}/hyra-api/activity/sessions/ws1/e1/change`, {
      method: 'PATCH',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ prop: 'host', value: '1' }),
    });
    expect(ok.status).toBe(204);
    expect(hyra.seen[0]).toMatchObject({ method: 'PATCH', body: '{"prop":"host","value":"1"}' });

    const form = await fetch(`${base}/hyra-api/activity/sessions/ws1/e1/change`, {
      method: 'PATCH',
      headers: { 'Content-Type': 'text/plain' },
      body: '{"prop":"host","value":"1"}',
    });
    expect(form.status).toBe(415);
    expect(hyra.seen).toHaveLength(1);
  });

  it('forwards a missing workspace as Hyra answered it, and passes on what is not its own', async () => {
    const hyra = await upstream((_seen, res) => {
      res.writeHead(404, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify({ statusCode: 404, error: 'Not Found', message: 'Workspace not found' }));
    });
    const base = await dashboard(config(hyra.url, { token: SECRET }));
    const missing = await fetch(`${base}/hyra-api/activity/sessions/nope?day=2026-3-7`);
    expect(missing.status).toBe(404);
    expect(missing.headers.get('x-hyra-proxy-error')).toBeNull();
    expect(await missing.json()).toMatchObject({ message: 'Workspace not found' });
    expect((await fetch(`${base}/index.html`)).status).toBe(404);
    expect(await (await fetch(`${base}/hyra-apiary`)).text()).toBe('next');
  });

  it.each([
    ['cross-site', { 'Sec-Fetch-Site': 'cross-site' }],
    ['same-site', { 'Sec-Fetch-Site': 'same-site' }],
    ['another origin', { Origin: 'https://evil.example' }],
  ])('refuses a request another site made (%s), without reaching Hyra', async (_name, headers) => {
    const hyra = await upstream();
    const base = await dashboard(config(hyra.url, { token: SECRET }));
    const response = await fetch(`${base}/hyra-api/activity/sessions/ws1?day=2026-3-7`, { headers });
    expect(response.status).toBe(403);
    expect(hyra.seen).toHaveLength(0);
  });

  it('lets a same-origin write through', async () => {
    const hyra = await upstream();
    const base = await dashboard(config(hyra.url, { token: SECRET }));
    const response = await fetch(`${base}/hyra-api/activity/sessions/ws1/e1/server`, {
      method: 'POST',
      headers: { Origin: base, 'Sec-Fetch-Site': 'same-origin' },
    });
    expect(response.status).toBe(200);
    expect(hyra.seen).toHaveLength(1);
  });

  it.each([
    '/hyra-api/admin/keys',
    '/hyra-api/activity/../admin',
    '/hyra-api/activity/%2e%2e/admin',
    '/hyra-api/activity/%2E%2E/admin',
    '/hyra-api//evil.example/activity/x',
    '/hyra-api/activity\\..\\admin',
  ])('forwards only Hyra activity paths: %s is refused', async (path) => {
    const hyra = await upstream();
    const base = await dashboard(config(hyra.url, { token: SECRET }));
    const response = await fetch(`${base}${path}`);
    expect(response.status).toBe(400);
    expect(hyra.seen).toHaveLength(0);
  });

  it('refuses methods it does not forward', async () => {
    const hyra = await upstream();
    const base = await dashboard(config(hyra.url, { token: SECRET }));
    const response = await fetch(`${base}/hyra-api/activity/sessions/ws1`, { method: 'PUT', body: '{}' });
    expect(response.status).toBe(405);
    expect(hyra.seen).toHaveLength(0);
  });

  it('says so, in its own marked answer, when Hyra cannot be reached', async () => {
    const closed = await listen(createServer());
    await new Promise((resolve) => servers.pop()!.close(resolve));
    const base = await dashboard(config(closed, { token: SECRET }));
    const response = await fetch(`${base}/hyra-api/activity/sessions/ws1?day=2026-3-7`);
    expect(response.status).toBe(502);
    expect(response.headers.get('x-hyra-proxy-error')).toBe('unreachable');
    expect(await response.json()).toEqual({
      statusCode: 502,
      error: 'Bad Gateway',
      message: 'Hyra could not be reached',
    });
  });

  it('gives up on a Hyra that does not answer in time', async () => {
    const hyra = await upstream((_seen, res) => {
      setTimeout(() => res.end('{}'), 2_000);
    });
    const base = await dashboard(config(hyra.url, { token: SECRET, upstreamTimeoutMs: 100 }));
    const started = Date.now();
    const response = await fetch(`${base}/hyra-api/activity/sessions/ws1?day=2026-3-7`);
    expect(response.status).toBe(504);
    expect(response.headers.get('x-hyra-proxy-error')).toBe('timeout');
    expect(Date.now() - started).toBeLessThan(1_500);
  });
});
