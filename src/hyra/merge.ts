import type { DroppedSession, SessionsPage, WeekDayName } from './parse';
import type { Permissions, Session } from './schemas';

export interface LoadedPage {
  page: SessionsPage;
  /** When this page was received (epoch ms). */
  receivedAt: number;
}

export interface MergedSessions {
  /** De-duplicated by `_id`, newest copy kept, sorted by start. */
  sessions: Session[];
  /** From the most recently received page; undefined before any page arrived. */
  permissions?: Permissions;
  weekStartsOn?: WeekDayName;
  dropped: DroppedSession[];
  /** When the newest page arrived. */
  receivedAt?: number;
}

/**
 * Merges per-day pages: the same event can come back for two neighbouring days (the
 * margin rule), so events are de-duplicated by `_id`, and permissions and the week
 * start come from the latest response.
 */
export function mergePages(pages: LoadedPage[]): MergedSessions {
  const byId = new Map<string, { session: Session; receivedAt: number }>();
  const dropped: DroppedSession[] = [];
  const seenDropped = new Set<string>();
  let latest: LoadedPage | undefined;

  for (const loaded of pages) {
    if (!latest || loaded.receivedAt >= latest.receivedAt) latest = loaded;
    for (const session of loaded.page.sessions) {
      const existing = byId.get(session._id);
      if (!existing || loaded.receivedAt >= existing.receivedAt) {
        byId.set(session._id, { session, receivedAt: loaded.receivedAt });
      }
    }
    for (const item of loaded.page.dropped) {
      const key = item.id ?? item.problem;
      if (seenDropped.has(key)) continue;
      seenDropped.add(key);
      dropped.push(item);
    }
  }

  const sessions = [...byId.values()]
    .map((entry) => entry.session)
    .sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : a._id < b._id ? -1 : 1));

  return {
    sessions,
    permissions: latest?.page.permissions,
    weekStartsOn: latest?.page.weekStartsOn,
    dropped,
    receivedAt: latest?.receivedAt,
  };
}
