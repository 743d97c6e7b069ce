import type { FetchMode } from '../hyra/api';
import { DEMO_WORKSPACE_ID, type RuntimeConfig } from '../hyra/runtime-config';

export type Connection =
  | { kind: 'demo'; workspaceId: typeof DEMO_WORKSPACE_ID; scenario: string; mode: FetchMode }
  | { kind: 'live'; workspaceId: string; mode: FetchMode };

function readMode(value: string | null): FetchMode {
  return value === 'range' ? 'range' : 'day';
}

/**
 * Which workspace this page shows: `?workspace=` wins, then the server's default
 * (HYRA_WORKSPACE_ID); with neither, or with `?scenario=` / `?workspace=demo`, the demo.
 */
export function resolveConnection(config: RuntimeConfig, search: URLSearchParams): Connection {
  const asked = search.get('workspace')?.trim();
  const scenario = search.get('scenario');
  const mode = readMode(search.get('mode'));
  const workspaceId = asked || config.workspaceId;
  if (scenario !== null || !workspaceId || workspaceId === DEMO_WORKSPACE_ID) {
    return { kind: 'demo', workspaceId: DEMO_WORKSPACE_ID, scenario: scenario ?? 'default', mode };
  }
  return { kind: 'live', workspaceId, mode };
}
