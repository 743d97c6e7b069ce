// Node's http and fetch only. This runs in the suite's default (jsdom) environment because
// test/setup.ts reads `window`; nothing here touches the DOM.
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  CONTENT_SECURITY_POLICY,
  DEV_CONTENT_SECURITY_POLICY,
  securityHeaders,
} from '../../server/security-headers.js';
import { buildServer } from '../../server/app.js';
import { allowedHostsFrom, readServerConfig } from '../../server/config.js';
import { resolveInside } from '../../server/static-files.js';
import { closeAll, expectSecurityHeaders, listenApp, raw } from './http';

const SECRET = 'server-secret-token-456';
const INDEX =
  '<!doctype html><title>Hyra sessions</title><script type="module" src="/assets/index-abc.js"></script>';
let root: string;

beforeAll(() => {
  root = mkdtempSync(path.join(tmpdir(), 'dist-'));
  mkdirSync(path.join(root, 'assets'));
  writeFileSync(path.join(root, 'index.html'), INDEX);
  writeFileSync(path.join(root, 'assets', 'index-abc.js'), 'console.log("app");'.repeat(50));
  writeFileSync(path.join(root, 'assets', 'index-abc.css'), 'body{color:red}');
  writeFileSync(path.join(root, 'mockServiceWorker.js'), 'self.addEventListener("fetch", () => {});');
  writeFileSync(path.join(root, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  writeFileSync(path.join(path.dirname(root), 'outside-secret.txt'), 'do not serve');
});
afterAll(() => {
  rmSync(root, { recursive: true, force: true });
  rmSync(path.join(path.dirname(root), 'outside-secret.txt'), { force: true });
});
afterEach(closeAll);

async function start(options: { allowedHosts?: Set<string>; log?: (line: string) => void } = {}) {
  const config = readServerConfig({
    HYRA_API_URL: 'http://127.0.0.1:1',
    HYRA_API_TOKEN: SECRET,
    HYRA_WORKSPACE_ID: 'ws1',
  });
  return listenApp(buildServer(config, { root, ...options }));
}

describe('the Content-Security-Policy', () => {
  it('allows only this origin for scripts, and no eval, plugins, framing or other base', () => {
    const directives = Object.fromEntries(
      CONTENT_SECURITY_POLICY.split('; ').map((directive) => {
        const [name, ...values] = directive.split(' ');
        return [name, values.join(' ')];
      }),
    );
    expect(directives).toMatchObject({
      'default-src': "'self'",
      'script-src': "'self'",
      'connect-src': "'self'",
      'worker-src': "'self'",
      'img-src': "'self' data:",
      'object-src': "'none'",
      'base-uri': "'self'",
      'frame-ancestors': "'none'",
      'style-src-attr': "'none'",
    });
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-eval');
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/https?:|\*/);
  });

  it('is relaxed in the dev server only as far as hot reload needs: no script rules, still no framing', () => {
    expect(securityHeaders({ dev: true })['Content-Security-Policy']).toBe(DEV_CONTENT_SECURITY_POLICY);
    expect(DEV_CONTENT_SECURITY_POLICY).toContain("frame-ancestors 'none'");
    expect(DEV_CONTENT_SECURITY_POLICY).not.toContain('script-src');
  });
});

describe('buildServer', () => {
  it('serves the app with the security headers, and revalidates index.html', async () => {
    const base = await start();
    const response = await fetch(`${base}/`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('cache-control')).toBe('no-cache');
    expect(await response.text()).toBe(INDEX);
    expectSecurityHeaders(response.headers);
  });

  it('falls back to the app for its own URLs, and answers 404 for a missing file', async () => {
    const base = await start();
    const deep = await fetch(`${base}/some/deep/link?workspace=ws1&view=week`);
    expect(deep.status).toBe(200);
    expect(await deep.text()).toBe(INDEX);
    const missing = await fetch(`${base}/assets/index-old.js`);
    expect(missing.status).toBe(404);
    expect(await missing.text()).toBe('Not found');
    expectSecurityHeaders(missing.headers);
  });

  it('serves hashed assets for a year, with their type, and gzips text when asked', async () => {
    const base = await start();
    const script = await raw(base, '/assets/index-abc.js', { 'Accept-Encoding': 'gzip' });
    expect(script.status).toBe(200);
    expect(script.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(script.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(script.headers['content-encoding']).toBe('gzip');
    expectSecurityHeaders(script.headers);
    const css = await fetch(`${base}/assets/index-abc.css`);
    expect(css.headers.get('content-type')).toBe('text/css; charset=utf-8');
    expect(await css.text()).toBe('body{color:red}');
    const worker = await fetch(`${base}/mockServiceWorker.js`);
    expect(worker.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(worker.headers.get('cache-control')).toBe('public, max-age=0');
    await worker.text();
    const svg = await fetch(`${base}/favicon.svg`);
    expect(svg.headers.get('content-type')).toBe('image/svg+xml');
    await svg.text();
  });

  it('answers HEAD without a body and refuses other methods on files', async () => {
    const base = await start();
    const head = await raw(base, '/', {}, 'HEAD');
    expect(head.status).toBe(200);
    expect(head.body).toBe('');
    const post = await fetch(`${base}/`, { method: 'POST', body: 'x' });
    expect(post.status).toBe(405);
  });

  it.each([
    '/../outside-secret.txt',
    '/%2e%2e/outside-secret.txt',
    '/..%2foutside-secret.txt',
    '/assets/..%5c..%5coutside-secret.txt',
  ])('never serves a file outside dist/: %s', async (urlPath) => {
    const base = await start();
    const response = await raw(base, urlPath);
    expect(response.body).not.toContain('do not serve');
  });

  it('refuses a host name it does not serve (DNS rebinding), and logs paths without queries', async () => {
    const lines: string[] = [];
    const base = await start({
      allowedHosts: allowedHostsFrom('dash.example.org', '127.0.0.1'),
      log: (line) => lines.push(line),
    });
    expect((await raw(base, '/', { Host: 'evil.example' })).status).toBe(403);
    expect((await raw(base, '/', { Host: 'dash.example.org' })).status).toBe(200);
    expect((await raw(base, '/?workspace=ws1', { Host: `localhost:${new URL(base).port}` })).status).toBe(
      200,
    );
    expect(lines.some((line) => line.startsWith('GET / 200'))).toBe(true);
    expect(lines.join('\n')).not.toContain('workspace=ws1');
  });
});

describe('helpers', () => {
  it('allowedHostsFrom: local names, the listen address and the configured ones', () => {
    expect([...allowedHostsFrom(' A.example , b.example', '0.0.0.0')].sort()).toEqual(
      ['127.0.0.1', '[::1]', 'a.example', 'b.example', 'localhost'].sort(),
    );
    expect(allowedHostsFrom(undefined, '192.168.1.5').has('192.168.1.5')).toBe(true);
  });

  it('resolveInside keeps paths inside the root', () => {
    expect(resolveInside('/srv/dist', '/assets/a.js')).toBe('/srv/dist/assets/a.js');
    expect(resolveInside('/srv/dist', '/../etc/passwd')).toBe('/srv/dist/etc/passwd');
    expect(resolveInside('/srv/dist', '/%2e%2e/%2e%2e/etc/passwd')).toBe('/srv/dist/etc/passwd');
    expect(resolveInside('/srv/dist', '/a%00.js')).toBeUndefined();
    expect(resolveInside('/srv/dist', '/%E0%A4%A')).toBeUndefined();
  });

  it('gzip output is the file', async () => {
    const base = await start();
    const response = await new Promise<Buffer>((resolve, reject) => {
      const url = new URL(base);
      httpRequest(
        { host: url.hostname, port: url.port, path: '/', headers: { 'Accept-Encoding': 'gzip' } },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('end', () => resolve(Buffer.concat(chunks)));
        },
      )
        .on('error', reject)
        .end();
    });
    expect(gunzipSync(response).toString()).toBe(INDEX);
  });
});
