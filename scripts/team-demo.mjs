// @ts-check
/**
 * `npm run team-demo`: the dashboard as a whole staff team uses it, on this machine, with
 * no Roblox app and no Hyra key. Three parts on loopback:
 *  - a fake Hyra: the demo workspace's own handlers (src/demo, loaded through Vite's module
 *    runner) served over HTTP;
 *  - Roblox, played by a real OpenID Connect provider and a groups stand-in
 *    (./dev-identity.mjs): sign in with a user ID, any password;
 *  - the production server (`server/serve.js`) with sign-in on, in front of both.
 * Builds the app first unless `--no-build` (or dist/ is fresh enough for you).
 *
 *   TEAM_DEMO_PORT (4280): the dashboard; the others take the next ports.
 */
import { execFileSync } from 'node:child_process';
import { createServer } from 'node:http';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { getResponse } from 'msw';
import { runnerImport } from 'vite';
import {
  DEV_ADMIN_MIN_RANK,
  DEV_GROUP_ID,
  DEV_STAFF_MIN_RANK,
  startDevGroups,
  startDevIssuer,
} from './dev-identity.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/** The workspace ID the dashboard is set to; the fake files it under the demo's own. */
export const TEAM_WORKSPACE = 'team-demo';
/** Someone who is not on the staff (no rank in the group). */
export const OUTSIDER_ID = '1';

/** @param {{ port?: number; build?: boolean; quiet?: boolean }} options */
export async function startTeamDemo({ port = 4280, build = true, quiet = false } = {}) {
  if (build) execFileSync('npx', ['vite', 'build', '--logLevel', 'warn'], { cwd: ROOT, stdio: 'inherit' });

  // The demo workspace and its handlers, loaded from TypeScript as Vite loads them.
  /** @type {{ module: typeof import('../src/demo/workspace') }} */
  const { module } = await runnerImport(path.join(ROOT, 'src/demo/workspace.ts'), {
    configFile: false,
    root: ROOT,
    logLevel: 'silent',
  });
  const demo = module.createDemoWorkspace('default');
  const me = demo.workspace.me;
  const admin = demo.workspace.people.find((person) => person.id !== me.id) ?? me;
  /** @type {import('./dev-identity.mjs').DevPeople} */
  const people = {
    [me.id]: { name: me.display_name || me.username, ranks: { [DEV_GROUP_ID]: 50 } },
    [admin.id]: { name: admin.display_name || admin.username, ranks: { [DEV_GROUP_ID]: 250 } },
    [OUTSIDER_ID]: { name: 'Outside Olly', ranks: {} },
  };

  const fake = createServer(async (req, res) => {
    if (req.url === '/__people') {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ staff: me.id, admin: admin.id, outsider: OUTSIDER_ID, names: people }));
      return;
    }
    const chunks = [];
    for await (const chunk of req) chunks.push(chunk);
    const url = new URL(
      (req.url ?? '/').replace(`/sessions/${TEAM_WORKSPACE}`, '/sessions/demo'),
      'http://fake',
    );
    const body = chunks.length ? Buffer.concat(chunks) : undefined;
    /** @type {Record<string, string>} */
    const headers = {};
    for (const [name, value] of Object.entries(req.headers))
      if (typeof value === 'string') headers[name] = value;
    const request = new Request(url, { method: req.method, headers, body });
    const response = await getResponse(demo.handlers, request);
    if (!response) {
      res.writeHead(404, { 'content-type': 'application/json' }).end('{"message":"Not found"}');
      return;
    }
    res.writeHead(response.status, Object.fromEntries(response.headers));
    res.end(Buffer.from(await response.arrayBuffer()));
  });
  await new Promise((resolve) => fake.listen(port + 1, '127.0.0.1', () => resolve(undefined)));

  const dashboard = `http://127.0.0.1:${port}`;
  const clientId = 'team-demo-dashboard';
  const clientSecret = 'team-demo-client-secret';
  const issuer = await startDevIssuer({
    port: port + 2,
    clientId,
    clientSecret,
    redirectUris: [`${dashboard}/auth/callback`],
    people,
  });
  const groups = await startDevGroups({ port: port + 3, people });

  const { main } = await import(pathToFileURL(path.join(ROOT, 'server/serve.js')).href);
  await main({
    HOST: '127.0.0.1',
    PORT: String(port),
    DIST_DIR: path.join(ROOT, 'dist'),
    HYRA_SERVE_QUIET: quiet ? '1' : '',
    HYRA_API_URL: `http://127.0.0.1:${port + 1}/hyra-api`,
    HYRA_API_TOKEN: 'team-demo-key-held-by-the-server',
    HYRA_WORKSPACE_ID: TEAM_WORKSPACE,
    HYRA_PUBLIC_URL: dashboard,
    HYRA_OIDC_ISSUER: issuer.issuer,
    HYRA_OIDC_CLIENT_ID: clientId,
    HYRA_OIDC_CLIENT_SECRET: clientSecret,
    HYRA_SESSION_SECRET: 'team-demo-session-secret-not-for-production',
    HYRA_STAFF_GROUP_ID: String(DEV_GROUP_ID),
    HYRA_STAFF_MIN_RANK: String(DEV_STAFF_MIN_RANK),
    HYRA_ADMIN_MIN_RANK: String(DEV_ADMIN_MIN_RANK),
    ROBLOX_GROUPS_API_URL: groups.url,
  });

  console.log(`
Team demo: open ${dashboard}/ and press "Sign in with Roblox". The sign-in form is the
loopback provider's: type a user ID as the login, anything as the password.
  staff   ${me.id}  (${people[me.id]?.name}): takes slots for themselves
  admin   ${admin.id}  (${people[admin.id]?.name}): also assigns others and manages servers
  outsider ${OUTSIDER_ID}: signed in, but not on the staff
Stop with Ctrl+C.`);
  return { dashboard, people: { staff: me.id, admin: admin.id, outsider: OUTSIDER_ID } };
}

const invokedDirectly =
  process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href;
if (invokedDirectly) {
  startTeamDemo({
    port: Number(process.env.TEAM_DEMO_PORT || 4280),
    build: !process.argv.includes('--no-build'),
    quiet: process.env.HYRA_SERVE_QUIET === '1',
  }).catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
