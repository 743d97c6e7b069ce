import { matchQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { useApi } from '../../../hyra/api-context';
import type { SessionsPage } from '../../../hyra/parse';
import { sessionsQueries } from '../../../hyra/queries';
import type { Session } from '../../../hyra/schemas';
import { toast } from '../../../ui/toaster';
import { showNotification } from '../model/notify';
import { detectChanges, whenWords, type Watch, type WatchAlert } from '../model/watch-rules';

/** Opens a session's detail (the app's URL state): its ID and start, to show its period. */
export type OpenSession = (sessionId: string, start: string) => void;

/** What the watch list and the watcher are given: the watches, how to say times, how to open. */
export interface WatchingProps {
  watches: readonly Watch[];
  /** The zone times are said in (the calendar's). */
  zone: string;
  hour12: boolean;
  onOpen?: OpenSession;
}

function isPage(data: unknown): data is SessionsPage {
  return typeof data === 'object' && data !== null && Array.isArray((data as SessionsPage).sessions);
}

/** Says an alert: a toast on the page with a way to open the session, and a browser notification when allowed. */
export function announce(alert: WatchAlert, onOpen?: OpenSession) {
  const open = onOpen && (() => onOpen(alert.sessionId, alert.start));
  toast({
    tone: 'warning',
    title: alert.title,
    detail: alert.detail || undefined,
    action: open && { label: 'Open', name: `Open: ${alert.title}`, run: open },
  });
  showNotification(alert.title, alert.detail, alert.key, open);
}

/**
 * Follows the sessions in the query cache for the watched ones: each time a day's data
 * arrives (a refetch, a write's refresh, any update of the cache), every watched session in
 * it is compared with the version seen before, and each change a watch cares about is said
 * once. A session seen for the first time is only remembered.
 */
export function watchQueryCache(
  queryClient: QueryClient,
  workspaceId: string,
  watches: () => readonly Watch[],
  onAlert: (alert: WatchAlert) => void,
  /** A session's start in the viewer's words. */
  when: (start: string) => string,
): { stop: () => void; remember: () => void } {
  const cache = queryClient.getQueryCache();
  const filter = { queryKey: sessionsQueries.days(workspaceId) };
  const seen = new Map<string, Session>();

  const look = (data: unknown, report: boolean) => {
    if (!isPage(data)) return;
    const list = watches();
    if (list.length === 0) return;
    const watched = new Set(list.map((watch) => watch.sessionId));
    for (const session of data.sessions) {
      if (!watched.has(session._id)) continue;
      const old = seen.get(session._id);
      if (!old) seen.set(session._id, session);
      else if (report && old !== session && !isOlder(old, session)) {
        detectChanges(old, session, list, when).forEach(onAlert);
        seen.set(session._id, session);
      }
    }
  };

  /** Remembers the cached version of every watched session not seen yet (a new watch). */
  const remember = () => {
    for (const query of cache.findAll(filter)) look(query.state.data, false);
  };
  remember();

  const unsubscribe = cache.subscribe((event) => {
    if (event.type !== 'updated' || event.action.type !== 'success') return;
    if (!matchQuery(filter, event.query)) return;
    look(event.query.state.data, true);
  });
  return { stop: unsubscribe, remember };
}

/** An older copy of a session than the one remembered (another day's cache): neither said nor kept. */
function isOlder(old: Session, next: Session) {
  return Boolean(old.updatedAt && next.updatedAt && Date.parse(next.updatedAt) < Date.parse(old.updatedAt));
}

/** Mounted (lazily) while anything is watched: the cache subscription of watchQueryCache. */
export function Watcher({ watches, zone, hour12, onOpen }: WatchingProps) {
  const queryClient = useQueryClient();
  const workspaceId = useApi().workspaceId;
  const latest = useRef(watches);
  const follower = useRef<ReturnType<typeof watchQueryCache>>(undefined);
  // Read when an alert is said, so a change of zone or clock does not restart the follower.
  const words = useRef({ zone, hour12, onOpen });
  useEffect(() => {
    words.current = { zone, hour12, onOpen };
  }, [zone, hour12, onOpen]);

  useEffect(() => {
    const follow = watchQueryCache(
      queryClient,
      workspaceId,
      () => latest.current,
      (alert) => announce(alert, words.current.onOpen),
      (start) => whenWords(start, words.current.zone, words.current.hour12),
    );
    follower.current = follow;
    return follow.stop;
  }, [queryClient, workspaceId]);

  // A new watch starts from the version in the cache now.
  useEffect(() => {
    latest.current = watches;
    follower.current?.remember();
  }, [watches]);

  return null;
}
