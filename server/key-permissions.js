// @ts-check
/**
 * The key's own `permissions`, as Hyra sends them with every sessions answer: the policy
 * intersects them with the person's role. Read with the server's token from today's
 * sessions, kept for a minute; undefined when Hyra cannot say right now.
 */
import { fetchUpstream } from './upstream.js';

const KEEP_MS = 60_000;

/**
 * @param {import('./config.js').ServerConfig} config
 * @param {{ now?: () => number }} [options]
 */
export function createKeyPermissions(config, options = {}) {
  const now = options.now ?? Date.now;
  /** @type {{ at: number; permissions: Record<string, boolean | number> } | undefined} */
  let kept;

  return async function keyPermissions() {
    if (kept && now() - kept.at < KEEP_MS) return kept.permissions;
    if (!config.token || !config.workspaceId) return undefined;
    const today = new Date(now()).toISOString().slice(0, 10);
    const [year, month, day] = today.split('-');
    const target = new URL(config.apiUrl);
    target.pathname = `${target.pathname.replace(/\/$/, '')}/activity/sessions/${encodeURIComponent(config.workspaceId)}`;
    target.search = `?day=${Number(year)}-${Number(month)}-${Number(day)}`;
    try {
      const answer = await fetchUpstream(target, {
        method: 'GET',
        headers: { accept: 'application/json', authorization: `Bearer ${config.token}` },
        body: undefined,
        timeoutMs: config.upstreamTimeoutMs,
        maxBytes: config.upstreamMaxBytes,
      });
      if (answer.status !== 200) return undefined;
      const permissions = JSON.parse(answer.body.toString('utf8'))?.permissions;
      if (typeof permissions !== 'object' || permissions === null) return undefined;
      kept = { at: now(), permissions };
      return permissions;
    } catch {
      return undefined;
    }
  };
}
