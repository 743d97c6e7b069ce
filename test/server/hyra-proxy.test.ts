// Node's http and fetch only. This runs in the suite's default (jsdom) environment because
// test/setup.ts reads `window`; nothing here touches the DOM.
//
// The proxy's contract (what it forwards, refuses and answers) is tested against both servers
// in proxy-contract.test.ts; here, the configuration and what the middleware does on its own.
import { createServer } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import {
  DEFAULT_UPSTREAM_MAX_BYTES,
  DEFAULT_UPSTREAM_TIMEOUT_MS,
  publicConfig,
  readServerConfig,
} from '../../server/config.js';
import { createHyraMiddleware } from '../../server/vite-plugin.js';
import { closeAll, listen, upstream } from './http';

const SECRET = 'server-secret-token-123';

afterEach(closeAll);

/** The middleware alone, with a 404 "next" for what it passes on. */
async function dashboard(env: Record<string, string>, log?: (line: string) => void) {
  const middleware = createHyraMiddleware(readServerConfig(env), { log });
  return listen(
    createServer((req, res) => {
      void middleware(req, res, () => {
        res.statusCode = 404;
        res.end('next');
      });
    }),
  );
}

describe('readServerConfig', () => {
  it('has the documented defaults and trims what it is given', () => {
    expect(readServerConfig({})).toEqual({
      apiUrl: 'https://api.hyra.io',
      token: undefined,
      workspaceId: undefined,
      hyraWebUrl: 'https://hyra.io',
      upstreamTimeoutMs: DEFAULT_UPSTREAM_TIMEOUT_MS,
      upstreamMaxBytes: DEFAULT_UPSTREAM_MAX_BYTES,
      publicOrigin: undefined,
      trustProxy: false,
      cache: {
        store: 'memory',
        maxBytes: 64 * 1024 * 1024,
        freshness: { pastMs: 900_000, nearMs: 30_000, futureMs: 120_000, staleMs: 300_000 },
      },
      budget: { limit: 100, burst: 50, windowMs: 60_000, maxWaitMs: 8_000, perViewer: 60 },
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
    expect(() => readServerConfig({ HYRA_UPSTREAM_MAX_BYTES: '10' })).toThrow(/HYRA_UPSTREAM_MAX_BYTES/);
    expect(() => readServerConfig({ HYRA_PUBLIC_URL: 'dash.example.org' })).toThrow(/HYRA_PUBLIC_URL/);
    expect(() => readServerConfig({ HYRA_TRUST_PROXY: 'yes' })).toThrow(/HYRA_TRUST_PROXY/);
  });

  it('tells the browser whether the server holds a token, never the token', () => {
    const shown = publicConfig(readServerConfig({ HYRA_API_TOKEN: SECRET, HYRA_WORKSPACE_ID: 'ws1' }));
    expect(shown).toEqual({ workspaceId: 'ws1', serverHasToken: true, hyraWebUrl: 'https://hyra.io' });
    expect(JSON.stringify(shown)).not.toContain(SECRET);
  });
});

describe('createHyraMiddleware', () => {
  it('logs each forwarded request by method, path and status, never the token', async () => {
    const hyra = await upstream();
    const lines: string[] = [];
    const base = await dashboard({ HYRA_API_URL: hyra.url, HYRA_API_TOKEN: SECRET }, (line) =>
      lines.push(line),
    );
    expect((await fetch(`${base}/hyra-api/activity/sessions/ws1?day=2026-3-7`)).status).toBe(200);
    expect(lines.join('\n')).toContain('GET /activity/sessions/ws1 -> 200');
    expect(lines.join('\n')).not.toContain(SECRET);
  });

  it('passes what is not its own to the next handler', async () => {
    const hyra = await upstream();
    const base = await dashboard({ HYRA_API_URL: hyra.url, HYRA_API_TOKEN: SECRET });
    expect((await fetch(`${base}/index.html`)).status).toBe(404);
    expect(await (await fetch(`${base}/hyra-apiary`)).text()).toBe('next');
    expect(hyra.seen).toHaveLength(0);
  });
});
