// @ts-check
/**
 * Roblox, played on loopback for tests and the team demo: a real OpenID Connect provider
 * (the `oidc-provider` package; its login form takes a Roblox user ID as the login, any
 * password) and a stand-in for the groups endpoint
 * (`GET /v1/users/{id}/groups/roles`). Not for production: it signs in anyone.
 *
 *   node scripts/dev-identity.mjs   (ports from DEV_OIDC_PORT, DEV_GROUPS_PORT)
 */
import { createServer } from 'node:http';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import Provider from 'oidc-provider';

/**
 * @typedef {{ name: string; ranks?: Record<number, number> }} DevPerson
 * @typedef {Record<string, DevPerson>} DevPeople user ID -> person
 */

/**
 * @param {{
 *   port: number;
 *   clientId: string;
 *   clientSecret: string;
 *   redirectUris: string[];
 *   people: DevPeople;
 * }} options
 */
export async function startDevIssuer({ port, clientId, clientSecret, redirectUris, people }) {
  const issuer = `http://127.0.0.1:${port}`;
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: clientId,
        client_secret: clientSecret,
        redirect_uris: redirectUris,
        grant_types: ['authorization_code'],
        response_types: ['code'],
        token_endpoint_auth_method: 'client_secret_basic',
      },
    ],
    claims: { openid: ['sub'], profile: ['name', 'nickname', 'preferred_username'] },
    pkce: { required: () => true },
    cookies: { keys: ['dev-identity-cookie-key-not-secret'] },
    features: { devInteractions: { enabled: true } },
    /** @param {unknown} _ctx @param {string} id */
    async findAccount(_ctx, id) {
      if (!/^\d{1,20}$/.test(id)) return undefined;
      const person = people[id];
      const name = person?.name ?? `Player ${id}`;
      return {
        accountId: id,
        claims: async () => ({
          sub: id,
          name,
          nickname: name,
          preferred_username: name.replace(/\W+/g, '_'),
        }),
      };
    },
    // First-party app: no consent screen, as with an app you own in Roblox's dashboard.
    /** @param {any} ctx */
    async loadExistingGrant(ctx) {
      const oidc = ctx.oidc;
      const grantId = oidc.result?.consent?.grantId ?? oidc.session?.grantIdFor(oidc.client?.clientId ?? '');
      if (grantId) return oidc.provider.Grant.find(grantId);
      const grant = new oidc.provider.Grant({
        clientId: oidc.client?.clientId,
        accountId: oidc.session?.accountId,
      });
      grant.addOIDCScope('openid profile');
      await grant.save();
      return grant;
    },
  });
  const server = provider.listen(port, '127.0.0.1');
  await new Promise((resolve, reject) => {
    server.once('listening', resolve);
    server.once('error', reject);
  });
  return {
    issuer,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections?.();
        server.close(() => resolve(undefined));
      }),
  };
}

/**
 * @param {{ port: number; people: DevPeople; down?: () => boolean }} options
 */
export async function startDevGroups({ port, people, down = () => false }) {
  const server = createServer((req, res) => {
    const match = /^\/v1\/users\/(\d+)\/groups\/roles$/.exec(req.url ?? '');
    if (!match) {
      res.writeHead(404).end();
      return;
    }
    if (down()) {
      res.writeHead(503, { 'content-type': 'application/json' }).end('{"errors":[{"message":"down"}]}');
      return;
    }
    const ranks = people[match[1] ?? '']?.ranks ?? {};
    const data = Object.entries(ranks).map(([groupId, rank]) => ({
      group: { id: Number(groupId), name: `Group ${groupId}`, memberCount: 100 },
      role: { id: rank * 10, name: `Rank ${rank}`, rank },
    }));
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ data }));
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve(undefined));
  });
  const address = server.address();
  const actual = typeof address === 'object' && address ? address.port : port;
  return {
    url: `http://127.0.0.1:${actual}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve(undefined));
      }),
  };
}

/** The people of the tests and the team demo: one group, three ranks, one outsider. */
export const DEV_GROUP_ID = 4242;
export const DEV_STAFF_MIN_RANK = 10;
export const DEV_ADMIN_MIN_RANK = 200;

const invokedDirectly =
  process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href;
if (invokedDirectly) {
  const env = process.env;
  /** @type {DevPeople} */
  const people = JSON.parse(env.DEV_PEOPLE ?? '{}');
  const issuer = await startDevIssuer({
    port: Number(env.DEV_OIDC_PORT ?? 4196),
    clientId: env.HYRA_OIDC_CLIENT_ID ?? 'hyra-dev',
    clientSecret: env.HYRA_OIDC_CLIENT_SECRET ?? 'hyra-dev-secret',
    redirectUris: (env.DEV_REDIRECT_URIS ?? 'http://127.0.0.1:8080/auth/callback').split(','),
    people,
  });
  const groups = await startDevGroups({ port: Number(env.DEV_GROUPS_PORT ?? 4197), people });
  console.log(`Loopback Roblox: issuer ${issuer.issuer}, groups ${groups.url}`);
}
