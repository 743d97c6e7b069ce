import type { FetchMode } from '../../../hyra/api';
import { DEMO_WORKSPACE_ID, type RuntimeConfig } from '../../../hyra/runtime-config';

export type Connection =
  | { kind: 'demo'; workspaceId: typeof DEMO_WORKSPACE_ID; scenario: string; mode: FetchMode }
  | { kind: 'live'; workspaceId: string; mode: FetchMode };

/** `?connect` opens the connect screen (the "Connect your workspace" action sets it). */
export const CONNECT_PARAM = 'connect';

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

/**
 * The token the browser sends for a connection: none for the demo or when the server adds
 * its own; else the one the user saved for this workspace (read before every request).
 */
export function browserToken(
  config: RuntimeConfig,
  connection: Connection,
  read: (workspaceId: string) => string | undefined,
): (() => string | undefined) | undefined {
  if (connection.kind !== 'live' || config.serverHasToken) return undefined;
  return () => read(connection.workspaceId);
}

/** A real workspace that nobody can load yet: the server holds no token and the user gave none. */
export function needsToken(
  config: RuntimeConfig,
  connection: Connection,
  read: (workspaceId: string) => string | undefined,
): boolean {
  return connection.kind === 'live' && !config.serverHasToken && !read(connection.workspaceId);
}
