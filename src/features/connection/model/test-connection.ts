import { createHyraApi, type FetchMode } from '../../../hyra/api';
import { createHyraClient } from '../../../hyra/client';
import { API_BASE_PATH } from '../../../hyra/runtime-config';
import { dayInZone, viewerZone } from '../../../lib/days';

export type ConnectionTestResult =
  { ok: true; sessions: number; dropped: number } | { ok: false; title: string; detail?: string };

/**
 * Asks Hyra for today's sessions through the real client, as the calendar will: the same
 * proxy path, the same mode, the token the user entered (when the server holds none).
 */
export async function testConnection(options: {
  workspaceId: string;
  mode: FetchMode;
  token?: string;
  baseUrl?: string;
}): Promise<{ sessions: number; dropped: number }> {
  const api = createHyraApi({
    client: createHyraClient({ baseUrl: options.baseUrl ?? API_BASE_PATH, token: options.token }),
    workspaceId: options.workspaceId,
    mode: options.mode,
  });
  const today = dayInZone(Date.now(), viewerZone());
  const page = await api.sessionsForDay(today);
  return { sessions: page.sessions.length, dropped: page.dropped.length };
}

/** Where connecting leads: the workspace, in the chosen mode. The token is never in it. */
export function connectUrl(workspaceId: string, mode: FetchMode): string {
  const params = new URLSearchParams({ workspace: workspaceId });
  if (mode !== 'day') params.set('mode', mode);
  return `/?${params.toString()}`;
}
