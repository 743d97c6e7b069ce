// Node's http and fetch only. This runs in the suite's default (jsdom) environment because
// test/setup.ts reads `window`; nothing here touches the DOM.
//
// The /hyra-config.json endpoint and the /hyra-api proxy are one contract, kept by both of
// the dashboard's servers: the Vite plugin (`npm start`, `npm run preview`) and the
// production server (`npm run serve`). Each test below runs against both.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { preview } from 'vite';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { readServerConfig } from '../../server/config.js';
import { buildServer } from '../../server/app.js';
import { API_CONTENT_SECURITY_POLICY } from '../../server/security-headers.js';
import { hyraServerPlugin } from '../../server/vite-plugin.js';
import { closeAll, closedPort, closeLater, expectSecurityHeaders, listenApp, raw, upstream } from './http';

const SECRET = 'server-secret-token-789';
const INDEX = '<!doctype html><title>Hyra sessions</title>';
let dist: string;

beforeAll(() => {
  dist = mkdtempSync(path.join(tmpdir(), 'dist-'));
  writeFileSync(path.join(dist, 'index.html'), INDEX);
});
afterAll(() => rmSync(dist, { recursive: true, force: true }));
afterEach(closeAll);

type Env = Record<string, string | undefined>;

const SERVERS = [
  {
    name: 'the Vite plugin (preview)',
    async start(env: Env): Promise<string> {
      const server = await preview({
        configFile: false,
        root: dist,
        logLevel: 'silent',
        build: { outDir: dist },
        preview: { host: '127.0.0.1', port: 0, strictPort: true },
        plugins: [hyraServerPlugin(env)],
      });
      closeLater(() => server.close());
      return `http://127.0.0.1:${(server.httpServer.address() as AddressInfo).port}`;
    },
  },
  {
    name: 'the production server (serve.js)',
    start: (env: Env) => listenApp(buildServer(readServerConfig(env), { root: dist })),
  },
];

const SESSIONS = '/hyra-api/activity/sessions/ws1?day=2026-3-7';

describe.each(SERVERS)('the Hyra contract of $name', ({ start }) => {
  /** The dashboard in front of `apiUrl`, holding the server's token unless told otherwise. */
  const dashboard = (apiUrl: string, env: Env = { HYRA_API_TOKEN: SECRET, HYRA_WORKSPACE_ID: 'ws1' }) =>
    start({ HYRA_API_URL: apiUrl, ...env });

  it('serves /hyra-config.json without the token, never cached, with the security headers', async () => {
    const base = await dashboard('http://127.0.0.1:1');
    const response = await fetch(`${base}/hyra-config.json`);
    const text = await response.text();
    expect(JSON.parse(text)).toEqual({
      workspaceId: 'ws1',
      serverHasToken: true,
      hyraWebUrl: 'https://hyra.io',
    });
    expect(text).not.toContain(SECRET);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expectSecurityHeaders(response.headers);
  });

  it("adds the server's token in place of any the browser sent, and keeps cookies here", async () => {
    const hyra = await upstream();
    const base = await dashboard(hyra.url);
    const response = await fetch(`${base}${SESSIONS}`, {
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
  });

  it("passes the user's own token through when the server holds none", async () => {
    const hyra = await upstream();
    const base = await dashboard(hyra.url, {});
    await fetch(`${base}${SESSIONS}`, { headers: { Authorization: 'Bearer users-token' } });
    await fetch(`${base}/hyra-api/activity/sessions/ws1?day=2026-3-8`);
    expect(hyra.seen.map((seen) => seen.headers.authorization)).toEqual(['Bearer users-token', undefined]);
  });

  it('forwards a JSON write with its body, and refuses a body of another type', async () => {
    const hyra = await upstream((_seen, res) => {
      res.writeHead(204);
      res.end();
    });
    const base = await dashboard(hyra.url);
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

  it('forwards a missing workspace as Hyra answered it, and leaves what is not its own to the app', async () => {
    const hyra = await upstream((_seen, res) => {
      res.writeHead(404, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify({ statusCode: 404, error: 'Not Found', message: 'Workspace not found' }));
    });
    const base = await dashboard(hyra.url);
    const missing = await fetch(`${base}/hyra-api/activity/sessions/nope?day=2026-3-7`);
    expect(missing.status).toBe(404);
    expect(missing.headers.get('x-hyra-proxy-error')).toBeNull();
    expect(await missing.json()).toMatchObject({ message: 'Workspace not found' });
    expect(await (await fetch(`${base}/hyra-apiary`)).text()).toBe(INDEX);
    expect(hyra.seen).toHaveLength(1);
  });

  it.each([
    ['cross-site', { 'Sec-Fetch-Site': 'cross-site' }],
    ['same-site', { 'Sec-Fetch-Site': 'same-site' }],
    ['another origin', { Origin: 'https://evil.example' }],
  ])('refuses a request another site made (%s), without reaching Hyra', async (_name, headers) => {
    const hyra = await upstream();
    const base = await dashboard(hyra.url);
    const response = await fetch(`${base}${SESSIONS}`, { headers });
    expect(response.status).toBe(403);
    expect(hyra.seen).toHaveLength(0);
  });

  it('lets a same-origin write through', async () => {
    const hyra = await upstream();
    const base = await dashboard(hyra.url);
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
  ])('forwards only Hyra activity paths: %s is refused', async (urlPath) => {
    const hyra = await upstream();
    const base = await dashboard(hyra.url);
    const response = await raw(base, urlPath);
    expect(response.status).toBe(400);
    expect(hyra.seen).toHaveLength(0);
  });

  it('refuses methods it does not forward', async () => {
    const hyra = await upstream();
    const base = await dashboard(hyra.url);
    const response = await fetch(`${base}/hyra-api/activity/sessions/ws1`, { method: 'PUT', body: '{}' });
    expect(response.status).toBe(405);
    expect(hyra.seen).toHaveLength(0);
  });

  it('says so, in its own marked answer with the security headers (the API policy), when Hyra cannot be reached', async () => {
    const base = await dashboard(await closedPort());
    const response = await fetch(`${base}${SESSIONS}`);
    expect(response.status).toBe(502);
    expect(response.headers.get('x-hyra-proxy-error')).toBe('unreachable');
    expectSecurityHeaders(response.headers, API_CONTENT_SECURITY_POLICY);
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
    const base = await dashboard(hyra.url, { HYRA_API_TOKEN: SECRET, HYRA_UPSTREAM_TIMEOUT_MS: '100' });
    const started = Date.now();
    const response = await fetch(`${base}${SESSIONS}`);
    expect(response.status).toBe(504);
    expect(response.headers.get('x-hyra-proxy-error')).toBe('timeout');
    expect(Date.now() - started).toBeLessThan(1_500);
  });
});
