import { CHROMIUM_ARGS, CHROMIUM_PATH } from './scripts/chromium.mjs';
import { defineConfig, devices } from '@playwright/test';
import {
  DEFAULT_WORKSPACE,
  FAKE_HYRA_URL,
  PORTS,
  SERVER_TOKEN,
  UPSTREAM_TIMEOUT_MS,
} from './test/e2e/fake-hyra-env';
import { TEAM_PORT, TEAM_URL } from './test/e2e/team-env';

const DEMO_PORT = Number(process.env.E2E_PORT ?? PORTS.demoPreview);
const url = (port: number) => `http://127.0.0.1:${port}`;

/**
 * Every server of the live tests talks to the fake Hyra and gives up on it quickly. The fake
 * has no rate limit and the suite sends it several hundred requests a minute with one key,
 * so the server's own budget for the key (Hyra's 100 a minute) is off here.
 */
const upstream = {
  HYRA_API_URL: FAKE_HYRA_URL,
  HYRA_UPSTREAM_TIMEOUT_MS: String(UPSTREAM_TIMEOUT_MS),
  HYRA_RATE_LIMIT: '0',
};
const withToken = { ...upstream, HYRA_API_TOKEN: SERVER_TOKEN, HYRA_WORKSPACE_ID: DEFAULT_WORKSPACE };
const withoutToken = { ...upstream, HYRA_API_TOKEN: '', HYRA_WORKSPACE_ID: '' };
const desktop = { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 800 } };

export default defineConfig({
  testDir: 'test/e2e',
  timeout: 30_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  // Two at once: every live test uses its own workspace on the fake, so they do not meet.
  workers: 2,
  retries: 0,
  forbidOnly: true,
  reporter: [['list'], ['json', { outputFile: 'reports/e2e.json' }]],
  // The fake Hyra of the live projects: the demo's data and handlers over real HTTP, started
  // in the runner once the web servers are up (test/e2e/fake-hyra.ts).
  globalSetup: './test/e2e/fake-hyra-setup.ts',
  use: {
    baseURL: url(DEMO_PORT),
    trace: 'off',
    launchOptions: {
      executablePath: CHROMIUM_PATH,
      args: CHROMIUM_ARGS,
    },
  },
  projects: [
    // The demo, as a newcomer sees it.
    { name: 'desktop', testIgnore: /(live|team)-.*\.spec\.ts/, use: desktop },
    // A real workspace (played by the fake Hyra) through `npm run preview`: the token, the
    // headers, the policy and connecting (whose test meets each failure through this proxy) ...
    {
      name: 'live-preview',
      testMatch: /live-(security|connect)\.spec\.ts/,
      use: { ...desktop, baseURL: url(PORTS.livePreview) },
      metadata: { noTokenBaseURL: url(DEMO_PORT), server: 'preview' },
    },
    // ... and all of that plus failure handling and hostile data through the production
    // server, `npm run serve` (the same proxy middleware; the calendar's slow retries once).
    {
      name: 'live-serve',
      testMatch: /live-.*\.spec\.ts/,
      use: { ...desktop, baseURL: url(PORTS.liveServe) },
      metadata: { noTokenBaseURL: url(PORTS.serveNoToken), server: 'serve' },
    },
    // Sign-in for a staff team (`npm run team-demo`): the production server with sign-in, a
    // real OpenID Connect provider on loopback playing Roblox, and the demo as Hyra.
    {
      name: 'team',
      testMatch: /team-.*\.spec\.ts/,
      use: { ...desktop, baseURL: TEAM_URL },
    },
  ],
  // Started in this order; the first preview builds dist/ once for all of them. The fake Hyra
  // starts after them (globalSetup): none of them calls Hyra before a test does.
  webServer: [
    {
      // The build runs with the server token in its environment, so the tests can show that
      // it reaches no file the browser loads. The demo preview itself holds no token.
      command: `HYRA_API_TOKEN=${SERVER_TOKEN} npm run build && npx vite preview --port ${DEMO_PORT} --strictPort`,
      url: url(DEMO_PORT),
      reuseExistingServer: !process.env.CI,
      timeout: 180_000,
      env: withoutToken,
    },
    {
      command: `npx vite preview --port ${PORTS.livePreview} --strictPort`,
      url: url(PORTS.livePreview),
      reuseExistingServer: !process.env.CI,
      env: withToken,
    },
    {
      command: 'npm run --silent serve',
      url: url(PORTS.liveServe),
      reuseExistingServer: !process.env.CI,
      env: { ...withToken, PORT: String(PORTS.liveServe), HYRA_SERVE_QUIET: '1' },
    },
    {
      command: 'npm run --silent serve',
      url: url(PORTS.serveNoToken),
      reuseExistingServer: !process.env.CI,
      env: { ...withoutToken, PORT: String(PORTS.serveNoToken), HYRA_SERVE_QUIET: '1' },
    },
    {
      // After the demo preview's build: serves the same dist/.
      command: 'node scripts/team-demo.mjs --no-build',
      url: `${TEAM_URL}/hyra-config.json`,
      reuseExistingServer: !process.env.CI,
      env: { TEAM_DEMO_PORT: String(TEAM_PORT), HYRA_SERVE_QUIET: '1' },
    },
  ],
});
