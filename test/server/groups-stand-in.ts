// A loopback stand-in for Roblox's groups endpoint:
// GET /v1/users/{userId}/groups/roles -> { data: [{ group: { id, name }, role: { id, name, rank } }] }
import { createServer } from 'node:http';
import { listen } from './http';

/** userId -> groupId -> rank */
export type Ranks = Record<string, Record<number, number>>;

export async function startGroupsStandIn(ranks: Ranks, failure: { status?: number; body?: string } = {}) {
  const asked: string[] = [];
  const server = createServer((req, res) => {
    const match = /^\/v1\/users\/(\d+)\/groups\/roles$/.exec(req.url ?? '');
    if (!match) {
      res.writeHead(404).end();
      return;
    }
    asked.push(match[1]!);
    if (failure.status || failure.body) {
      res.writeHead(failure.status ?? 200, { 'content-type': 'application/json' }).end(failure.body ?? '{}');
      return;
    }
    const data = Object.entries(ranks[match[1]!] ?? {}).map(([groupId, rank]) => ({
      group: { id: Number(groupId), name: `Group ${groupId}`, memberCount: 10 },
      role: { id: rank * 10, name: `Rank ${rank}`, rank },
    }));
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ data }));
  });
  const url = await listen(server);
  return { url, asked };
}
