import { readdirSync } from 'node:fs';
import path from 'node:path';
import type { Response } from '@playwright/test';
import { DEFAULT_WORKSPACE, SERVER_TOKEN } from './fake-hyra-env';
import { expect, fake, sessionButtons, test } from './fake-hyra-fixtures';

test.use({ timezoneId: 'UTC', locale: 'en-GB' });

/** Every file of the build, as URL paths: all the browser could ever load from it. */
function builtFiles(): string[] {
  const root = path.resolve('dist');
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map(
      (entry) => `/${path.relative(root, path.join(entry.parentPath, entry.name)).split(path.sep).join('/')}`,
    );
}

test('the server adds its token to every request to Hyra, and the browser can read it nowhere', async ({
  page,
  context,
  request,
}) => {
  const started = Date.now();
  const seen: { url: string; status: number; headers: Record<string, string>; body: string }[] = [];
  const pending: Promise<void>[] = [];
  page.on('response', (response: Response) => {
    pending.push(
      (async () => {
        const body = await response.text().catch(() => '');
        seen.push({
          url: response.url(),
          status: response.status(),
          headers: await response.allHeaders(),
          body,
        });
      })(),
    );
  });
  const sentAuthorization: string[] = [];
  page.on('request', (sent) => {
    const value = sent.headers()['authorization'];
    if (value) sentAuthorization.push(value);
  });

  await page.goto('/?view=week');
  await expect(page.getByText(`Workspace ${DEFAULT_WORKSPACE}`)).toBeVisible();
  await expect(sessionButtons(page).first()).toBeVisible();
  await sessionButtons(page).first().click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await Promise.all(pending);

  // The proxy added the server's token to what reached Hyra; the browser sent none itself.
  const received = (await fake.requests(DEFAULT_WORKSPACE)).filter((r) => r.at >= started);
  expect(received.length).toBeGreaterThan(0);
  expect(new Set(received.map((r) => r.authorization))).toEqual(new Set([`Bearer ${SERVER_TOKEN}`]));
  expect(sentAuthorization).toEqual([]);

  // What the page loaded: the HTML, scripts, styles, the config and the API answers.
  const apiAnswers = seen.filter((r) => new URL(r.url).pathname.startsWith('/hyra-api/'));
  expect(apiAnswers.length).toBeGreaterThan(0);
  expect(seen.some((r) => r.url.endsWith('.js'))).toBe(true);
  expect(seen.some((r) => r.url.endsWith('.css'))).toBe(true);
  for (const response of seen) {
    expect(response.body, response.url).not.toContain(SERVER_TOKEN);
    expect(JSON.stringify(response.headers), response.url).not.toContain(SERVER_TOKEN);
  }

  // Everything the server would hand out: every file of the build (built with the token in
  // its environment), the config endpoint, and the app's fallback page.
  const paths = [...builtFiles(), '/', '/hyra-config.json', '/some/deep/link?workspace=x'];
  expect(paths.some((p) => p.endsWith('.js'))).toBe(true);
  for (const urlPath of paths) {
    const response = await request.get(urlPath);
    expect(response.status(), urlPath).toBe(200);
    expect((await response.body()).toString('utf8'), urlPath).not.toContain(SERVER_TOKEN);
  }
  const config = (await (await request.get('/hyra-config.json')).json()) as Record<string, unknown>;
  expect(config).toEqual({
    workspaceId: DEFAULT_WORKSPACE,
    serverHasToken: true,
    hyraWebUrl: 'https://hyra.io',
  });

  // Nor in the page, its storage, cookies or address.
  const inPage = await page.evaluate(() =>
    JSON.stringify({
      html: document.documentElement.outerHTML,
      local: { ...window.localStorage },
      session: { ...window.sessionStorage },
      cookie: document.cookie,
      url: window.location.href,
    }),
  );
  expect(inPage).toContain('Workspace');
  expect(inPage).not.toContain(SERVER_TOKEN);
  expect(JSON.stringify(await context.cookies())).not.toContain(SERVER_TOKEN);
  expect(page.url()).not.toContain(SERVER_TOKEN);
});

test('every response carries the security headers, and the app runs under the CSP', async ({
  page,
  cspViolations,
}) => {
  const responses: Response[] = [];
  page.on('response', (response) => responses.push(response));
  await page.goto('/?view=week');
  await expect(sessionButtons(page).first()).toBeVisible();
  // A panel: Radix's scroll lock inserts a style element while it is open.
  await sessionButtons(page).first().click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toBeHidden();
  await page.getByRole('radio', { name: 'Month' }).click();
  await expect(page.getByRole('grid', { name: 'Month' })).toBeVisible();

  const kinds = new Set<string>();
  for (const response of responses) {
    const url = new URL(response.url());
    if (url.origin !== new URL(page.url()).origin) continue;
    const headers = await response.allHeaders();
    kinds.add(
      url.pathname.startsWith('/hyra-api/')
        ? 'api'
        : url.pathname === '/hyra-config.json'
          ? 'config'
          : path.extname(url.pathname) || 'page',
    );
    const csp = headers['content-security-policy'] ?? '';
    expect(csp, url.pathname).toContain("default-src 'self'");
    expect(csp, url.pathname).toContain("script-src 'self';");
    expect(csp, url.pathname).toContain("img-src 'self' data:");
    expect(csp, url.pathname).toContain("connect-src 'self'");
    expect(csp, url.pathname).toContain("worker-src 'self'");
    expect(csp, url.pathname).toContain("frame-ancestors 'none'");
    expect(csp, url.pathname).toContain("object-src 'none'");
    expect(csp, url.pathname).toContain("base-uri 'self'");
    expect(csp, url.pathname).not.toContain('unsafe-eval');
    expect(csp.match(/script-src [^;]*/)?.[0], url.pathname).toBe("script-src 'self'");
    expect(headers['referrer-policy'], url.pathname).toBe('no-referrer');
    expect(headers['x-content-type-options'], url.pathname).toBe('nosniff');
  }
  expect([...kinds].sort()).toEqual(['.css', '.js', '.svg', 'api', 'config', 'page'].sort());

  // No violation so far (the fixture checks again at the end). The policy is enforced: an
  // inline script added to the page does not run, and is reported.
  expect(cspViolations).toEqual([]);
  await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.__inlineScriptRan = true';
    document.head.append(script);
  });
  await expect.poll(() => cspViolations.length).toBeGreaterThan(0);
  expect(cspViolations[0]).toContain('script-src');
  expect(await page.evaluate(() => 'inlineScriptRan' in window || '__inlineScriptRan' in window)).toBe(false);
  cspViolations.length = 0;
});

test("the demo's service worker runs under the same policy", async ({ page }) => {
  await page.goto('/?workspace=demo');
  await expect(page.getByRole('note', { name: 'Demo data' })).toBeVisible();
  await expect(sessionButtons(page).first()).toBeVisible();
  expect(await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL)).toMatch(
    /\/mockServiceWorker\.js$/,
  );
});
