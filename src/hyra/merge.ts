import type { WeekDayName } from './contract';
import type { DroppedSession, SessionsPage } from './parse';
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

/** A number for each page object, so a list of pages has a cheap, exact key. */
const pageIds = new WeakMap<SessionsPage, number>();
let nextPageId = 1;
function pageId(page: SessionsPage): number {
  let id = pageIds.get(page);
  if (id === undefined) {
    id = nextPageId++;
    pageIds.set(page, id);
  }
  return id;
}

/** One page as received, as a piece of a `mergePagesCached` key. */
export function loadedPageKey(page: SessionsPage, receivedAt: number): string {
  return `${pageId(page)}@${receivedAt},`;
}

/**
 * Merges by their pages, for as long as anything (a view, a cached derivation) still holds
 * them: weakly, so a merge lives exactly as long as it is in use, however many partial
 * merges a range loading day by day makes on the way.
 */
const mergeCache = new Map<string, WeakRef<MergedSessions>>();
const collected = new FinalizationRegistry<string>((key) => {
  if (mergeCache.get(key)?.deref() === undefined) mergeCache.delete(key);
});

/**
 * `mergePages`, remembered: the same pages (the same objects, received at the same times,
 * in the same order) give back the same `MergedSessions` object, wherever they are read
 * from. Everything derived from a merge can then be cached by its identity, and a period
 * prepared in advance (the next month) is the very object the calendar later shows.
 */
export function mergePagesCached(pages: LoadedPage[]): MergedSessions {
  let key = '';
  for (const loaded of pages) key += loadedPageKey(loaded.page, loaded.receivedAt);
  let merged = mergeCache.get(key)?.deref();
  if (!merged) {
    merged = mergePages(pages);
    mergeCache.set(key, new WeakRef(merged));
    collected.register(merged, key);
  }
  return merged;
}
