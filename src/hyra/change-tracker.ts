import { matchQuery, type QueryClient } from '@tanstack/react-query';
import { isolate } from '../lib/bidi';
import { changedSessions, changeText } from './changes';
import type { SessionsPage } from './parse';
import { sessionsQueries } from './queries';
import { recordChange } from './recent-changes';
import { buildDirectory } from './selectors';

/** One announcement for screen readers per refresh that changed something. */
export type Announce = (text: string) => void;

/**
 * Watches the per-day cache of a workspace and records, for every session a refresh
 * changed, what changed (recent-changes.ts). Only fetched answers count: the viewer's own
 * optimistic writes (`setQueryData`) only move the baseline. Returns the way to stop.
 */
export function trackChanges(queryClient: QueryClient, workspaceId: string, announce: Announce): () => void {
  const cache = queryClient.getQueryCache();
  const filters = { queryKey: sessionsQueries.days(workspaceId) };
  const seen = new Map<string, SessionsPage>();
  for (const query of cache.findAll(filters)) {
    const page = query.state.data as SessionsPage | undefined;
    if (page) seen.set(query.queryHash, page);
  }
  return cache.subscribe((event) => {
    const { query } = event;
    if (event.type === 'removed') {
      seen.delete(query.queryHash);
      return;
    }
    if (event.type !== 'updated' || event.action.type !== 'success') return;
    if (!matchQuery(filters, query)) return;
    const page = query.state.data as SessionsPage | undefined;
    const before = seen.get(query.queryHash);
    if (page) seen.set(query.queryHash, page);
    if (!page || !before || event.action.manual) return;
    if (changedSessions(before.sessions, page.sessions).length === 0) return;
    const directory = buildDirectory([
      ...page.sessions,
      ...[...seen.values()].flatMap((other) => (other === page ? [] : other.sessions)),
    ]);
    const found = changedSessions(before.sessions, page.sessions, directory);
    const at = Date.now();
    const said: string[] = [];
    for (const { session, changes } of found) {
      const text = changes.map(changeText).join('; ');
      recordChange(session._id, { at, changes, text });
      said.push(`${isolate(session.schedule.name)}: ${text}`);
    }
    if (said.length > 0) announce(said.join('. '));
  });
}
