// @ts-check
/**
 * The key's own `permissions`, as Hyra sends them with every sessions answer: the policy
 * intersects them with the person's role. Read with the server's token from today's
 * sessions, kept for a minute; undefined when Hyra cannot say right now. The read goes
 * through the shared cache and the key's rate budget (./hyra-exchange.js) like any
 * viewer's: it is often the very answer a viewer just asked for, and it never spends Hyra's
 * limit outside the budget.
 */
import { exchange } from './hyra-exchange.js';

const KEEP_MS = 60_000;

/**
 * @param {import('./config.js').ServerConfig} config
 * @param {{
 *   now?: () => number;
 *   shared: import('./cache/shared.js').Shared;
 *   log?: (line: string) => void;
 * }} options
 */
export function createKeyPermissions(config, { now = Date.now, shared, log = () => {} }) {
  /** @type {{ at: number; permissions: Record<string, boolean | number> } | undefined} */
  let kept;

  return async function keyPermissions() {
    if (kept && now() - kept.at < KEEP_MS) return kept.permissions;
    if (!config.token || !config.workspaceId) return undefined;
    const today = new Date(now()).toISOString().slice(0, 10);
    const [year, month, day] = today.split('-');
    const apiPath = `/activity/sessions/${encodeURIComponent(config.workspaceId)}`;
    const target = new URL(config.apiUrl);
    target.pathname = `${target.pathname.replace(/\/$/, '')}${apiPath}`;
    target.search = `?day=${Number(year)}-${Number(month)}-${Number(day)}`;
    try {
      const { answer } = await exchange(
        { config, shared, log },
        {
          method: 'GET',
          target,
          apiPath,
          headers: { accept: 'application/json', authorization: `Bearer ${config.token}` },
          viewer: 'server:key-permissions',
          signal: AbortSignal.timeout(config.upstreamTimeoutMs),
        },
      );
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
