// Node's http only. The proxy probed with hand-made requests: raw paths that fetch would
// normalise, hostile upstream answers, bodies of the wrong kind. Each test here failed
// before its guard existed.
import { gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { buildServer } from '../../server/app.js';
import { readServerConfig } from '../../server/config.js';
import { API_CONTENT_SECURITY_POLICY } from '../../server/security-headers.js';
import { closeAll, listenApp, raw, upstream } from './http';

const SECRET = 'server-secret-token-hardening';

afterEach(closeAll);

type Env = Record<string, string | undefined>;

const dashboard = (apiUrl: string, env: Env = {}) =>
  listenApp(buildServer(readServerConfig({ HYRA_API_URL: apiUrl, HYRA_API_TOKEN: SECRET, ...env })));

const SESSIONS = '/hyra-api/activity/sessions/ws1?day=2026-3-7';

describe('paths, with a base path in HYRA_API_URL', () => {
  it('forwards activity paths under the base path', async () => {
    const hyra = await upstream();
    const base = await dashboard(`${hyra.url}/v1`);
    expect((await raw(base, SESSIONS)).status).toBe(200);
    expect(hyra.seen[0]!.url).toBe('/v1/activity/sessions/ws1?day=2026-3-7');
  });

  it.each([
    '/hyra-api/.%2e/v2/activity/x',
    '/hyra-api/%2e./v2/activity/x',
    '/hyra-api/%2E./v2/activity/x',
    '/hyra-api/activity/.%2E/.%2e/v2/activity/x',
    '/hyra-api/activity/..%2fadmin',
    '/hyra-api/activity/%2e%2e%5cadmin',
    '/hyra-api/activity/x%00',
  ])('never leaves the base path or the activity API: %s', async (urlPath) => {
    const hyra = await upstream();
    const base = await dashboard(`${hyra.url}/v1`);
    const response = await raw(base, urlPath);
    expect(response.status).toBe(400);
    expect(hyra.seen).toHaveLength(0);
  });
});

describe("Hyra's answers", () => {
  it('passes JSON on with the allowed headers only, and a policy that sandboxes it', async () => {
    const hyra = await upstream((_seen, res) => {
      res.writeHead(200, {
        'Content-Type': 'application/json',
        'X-Ratelimit-Remaining': '7',
        'Set-Cookie': 'a=b',
        Location: 'https://evil.example/',
        'Access-Control-Allow-Origin': '*',
        'X-Powered-By': 'Express',
        Link: '<https://evil.example>; rel=preload',
      });
      res.end('{"events":[]}');
    });
    const base = await dashboard(hyra.url);
    const response = await raw(base, SESSIONS);
    expect(response.status).toBe(200);
    expect(response.body).toBe('{"events":[]}');
    expect(response.headers['x-ratelimit-remaining']).toBe('7');
    for (const name of ['set-cookie', 'location', 'access-control-allow-origin', 'x-powered-by', 'link']) {
      expect(response.headers[name]).toBeUndefined();
    }
    expect(response.headers['content-security-policy']).toBe(API_CONTENT_SECURITY_POLICY);
    expect(API_CONTENT_SECURITY_POLICY.split('; ')).toContain('sandbox');
    expect(API_CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
  });

  it.each([
    ['an HTML page', 'text/html', '<script>alert(document.cookie)</script>'],
    ['a script', 'application/javascript', 'alert(1)'],
    ['no content type', undefined, '{"events":[]}'],
  ])('turns %s into its own JSON error', async (_name, type, body) => {
    const hyra = await upstream((_seen, res) => {
      res.writeHead(200, type ? { 'Content-Type': type } : {});
      res.end(body);
    });
    const base = await dashboard(hyra.url);
    const response = await raw(base, SESSIONS);
    expect(response.status).toBe(502);
    expect(response.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(response.headers['x-hyra-proxy-error']).toBe('bad-answer');
    expect(response.body).not.toContain('alert');
    expect(JSON.parse(response.body)).toMatchObject({ statusCode: 502, error: 'Bad Gateway' });
  });

  it('passes an empty answer (204) on without a body', async () => {
    const hyra = await upstream((_seen, res) => {
      res.writeHead(204);
      res.end();
    });
    const base = await dashboard(hyra.url);
    const response = await raw(base, '/hyra-api/activity/sessions/ws1/e1/server/s1', {}, 'DELETE');
    expect(response.status).toBe(204);
    expect(response.body).toBe('');
  });

  it('does not follow a redirect, and does not pass it on', async () => {
    const hyra = await upstream((_seen, res) => {
      res.writeHead(302, { Location: 'http://127.0.0.1:1/activity/elsewhere' });
      res.end();
    });
    const base = await dashboard(hyra.url);
    const response = await raw(base, SESSIONS);
    expect(response.status).toBe(502);
    expect(response.headers.location).toBeUndefined();
    expect(response.headers['x-hyra-proxy-error']).toBe('bad-answer');
    expect(hyra.seen).toHaveLength(1);
  });

  it('refuses an answer larger than HYRA_UPSTREAM_MAX_BYTES, without reading it all', async () => {
    const chunk = Buffer.alloc(64 * 1024, 0x20);
    let written = 0;
    const hyra = await upstream((_seen, res) => {
      res.writeHead(200, { 'Content-Type': 'application/json' });
      // Endless: only a proxy that stops reading ends this answer.
      const pump = () => {
        while (written < 16 * 1024 * 1024 && res.write(chunk)) written += chunk.length;
        if (written < 16 * 1024 * 1024 && !res.destroyed) res.once('drain', pump);
        else res.end();
      };
      res.on('close', () => res.destroy());
      pump();
    });
    const base = await dashboard(hyra.url, { HYRA_UPSTREAM_MAX_BYTES: '1000000' });
    const response = await raw(base, SESSIONS);
    expect(response.status).toBe(502);
    expect(response.headers['x-hyra-proxy-error']).toBe('too-large');
    expect(written).toBeLessThan(8 * 1024 * 1024);
  });

  it('refuses a compressed answer that unpacks beyond the limit (a decompression bomb)', async () => {
    const bomb = gzipSync(Buffer.alloc(8 * 1024 * 1024, 0x20));
    expect(bomb.length).toBeLessThan(50_000);
    const hyra = await upstream((_seen, res) => {
      res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Encoding': 'gzip' });
      res.end(bomb);
    });
    const base = await dashboard(hyra.url, { HYRA_UPSTREAM_MAX_BYTES: '1000000' });
    const response = await raw(base, SESSIONS);
    expect(response.status).toBe(502);
    expect(response.headers['x-hyra-proxy-error']).toBe('too-large');
  });

  it('unpacks a compressed answer within the limit', async () => {
    const hyra = await upstream((_seen, res) => {
      res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Encoding': 'gzip' });
      res.end(gzipSync('{"events":[]}'));
    });
    const base = await dashboard(hyra.url);
    const response = await raw(base, SESSIONS);
    expect(response.status).toBe(200);
    expect(response.body).toBe('{"events":[]}');
    expect(response.headers['content-encoding']).toBeUndefined();
  });
});

describe('writes', () => {
  const WRITE = '/hyra-api/activity/sessions/ws1/e1/change';

  it.each([
    ['a form, empty', 'application/x-www-form-urlencoded'],
    ['text, empty', 'text/plain'],
    ['multipart, empty', 'multipart/form-data; boundary=x'],
  ])('must say application/json: %s is refused', async (_name, type) => {
    const hyra = await upstream();
    const base = await dashboard(hyra.url);
    const response = await raw(base, WRITE, { 'Content-Type': type, 'Content-Length': '0' }, 'PATCH');
    expect(response.status).toBe(415);
    expect(hyra.seen).toHaveLength(0);
  });

  it('lets a write without a body or a type through (creating a server)', async () => {
    const hyra = await upstream();
    const base = await dashboard(hyra.url);
    const response = await raw(base, '/hyra-api/activity/sessions/ws1/e1/server', {}, 'POST');
    expect(response.status).toBe(200);
    expect(hyra.seen).toHaveLength(1);
  });

  it('refuses a body over a megabyte with 413', async () => {
    const hyra = await upstream();
    const base = await dashboard(hyra.url);
    const response = await raw(
      base,
      WRITE,
      { 'Content-Type': 'application/json' },
      'PATCH',
      `{"value":"${'x'.repeat(1_100_000)}"}`,
    );
    expect(response.status).toBe(413);
    expect(hyra.seen).toHaveLength(0);
  });

  it('refuses Origin: null', async () => {
    const hyra = await upstream();
    const base = await dashboard(hyra.url);
    const response = await raw(
      base,
      WRITE,
      { Origin: 'null', 'Content-Type': 'application/json' },
      'PATCH',
      '{}',
    );
    expect(response.status).toBe(403);
    expect(hyra.seen).toHaveLength(0);
  });

  it('behind a reverse proxy that rewrites Host, compares Origin with HYRA_PUBLIC_URL', async () => {
    const hyra = await upstream();
    const base = await dashboard(hyra.url, { HYRA_PUBLIC_URL: 'https://dash.example.org' });
    const write = (origin: string) =>
      raw(base, WRITE, { Origin: origin, 'Content-Type': 'application/json' }, 'PATCH', '{}');
    expect((await write('https://dash.example.org')).status).toBe(200);
    expect((await write('http://dash.example.org')).status).toBe(403);
    expect((await write('https://evil.example')).status).toBe(403);
    expect(hyra.seen).toHaveLength(1);
  });

  it('trusts X-Forwarded-Host only when told to (HYRA_TRUST_PROXY=1)', async () => {
    const hyra = await upstream();
    const write = (base: string) =>
      raw(
        base,
        WRITE,
        {
          Origin: 'https://dash.example.org',
          'X-Forwarded-Host': 'dash.example.org',
          'Content-Type': 'application/json',
        },
        'PATCH',
        '{}',
      );
    expect((await write(await dashboard(hyra.url))).status).toBe(403);
    expect((await write(await dashboard(hyra.url, { HYRA_TRUST_PROXY: '1' }))).status).toBe(200);
  });
});
