// @ts-check
/**
 * `npm run bench:server:check`: the budgets of issue 13 on reports/bench-server.json. With the
 * shared cache, alone and with two instances sharing Redis: upstream requests at most 1.1 ×
 * the distinct days asked, no upstream 429, and p95 within 2 s of one viewer alone.
 * Exits 1 when one is missed.
 */
import { readFileSync } from 'node:fs';

const MAX_RATIO = 1.1;
const P95_SLACK_MS = 2_000;

/** @type {{ results: Array<{ name: string; distinctDays: number; upstreamRequests: number; upstream429: number; p95Ms: number | null }> }} */
const report = JSON.parse(readFileSync('reports/bench-server.json', 'utf8'));
const byName = new Map(report.results.map((result) => [result.name, result]));
const alone = byName.get('alone');
const failures = [];
if (!alone || alone.p95Ms === null) failures.push('alone: the single viewer did not finish');

for (const name of ['cache', 'redis']) {
  const result = byName.get(name);
  if (!result) {
    failures.push(`${name}: missing from the report`);
    continue;
  }
  const allowed = Math.floor(MAX_RATIO * result.distinctDays);
  const lines = [
    [result.upstreamRequests <= allowed, `upstream requests ${result.upstreamRequests} <= ${allowed}`],
    [result.upstream429 === 0, `upstream 429s ${result.upstream429} = 0`],
    [
      result.p95Ms !== null && alone?.p95Ms != null && result.p95Ms <= alone.p95Ms + P95_SLACK_MS,
      `p95 ${result.p95Ms ?? 'unfinished'} ms <= ${alone?.p95Ms ?? '?'} + ${P95_SLACK_MS} ms`,
    ],
  ];
  for (const [ok, text] of lines) {
    console.log(`${ok ? 'ok  ' : 'MISS'} ${name}: ${text}`);
    if (!ok) failures.push(`${name}: ${text}`);
  }
}
const noCache = byName.get('no-cache');
if (noCache) {
  console.log(
    `info no-cache (as before): upstream ${noCache.upstreamRequests}, 429s ${noCache.upstream429}, p95 ${noCache.p95Ms ?? 'unfinished'}`,
  );
}
if (failures.length > 0) {
  console.log(`${failures.length} server budget(s) missed`);
  process.exit(1);
}
console.log('Server budgets met');
