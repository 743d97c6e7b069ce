import { addDays, DAY_MS, daysBetween, diffDays, type Day } from '../lib/days';
import type { HyraClient } from './client';
import { DAY_PARAM, dayParam, paths, RANGE_PARAMS, type ChangeBody } from './contract';
import type { SessionsPage } from './parse';

/**
 * Day mode: one `day=` request per day (the form known to work).
 * Range mode: one request with start and end for a run of days (parameter names assumed).
 */
export type FetchMode = 'day' | 'range';

export const MAX_IN_FLIGHT = 4;

/**
 * Limits how many promises run at once. Waiting tasks start lowest `priority` first (then in
 * the order they came); the tasks asked for in one go (a month's forty-odd days, in one
 * synchronous loop) are sorted before any of them starts.
 */
export function createSemaphore(max: number) {
  let active = 0;
  let seq = 0;
  let scheduled = false;
  const queue: { priority: number; seq: number; start: () => void }[] = [];
  function drain() {
    scheduled = false;
    queue.sort((a, b) => a.priority - b.priority || a.seq - b.seq);
    while (active < max && queue.length > 0) {
      active += 1;
      queue.shift()!.start();
    }
  }
  return async function run<T>(task: () => Promise<T>, priority = 0): Promise<T> {
    await new Promise<void>((start) => {
      queue.push({ priority, seq: seq++, start });
      if (!scheduled) {
        scheduled = true;
        queueMicrotask(drain);
      }
    });
    try {
      return await task();
    } finally {
      active -= 1;
      drain();
    }
  };
}

/** Splits sorted days into runs of consecutive days. */
export function consecutiveRuns(days: Day[]): Day[][] {
  const runs: Day[][] = [];
  for (const day of [...new Set(days)].sort()) {
    const run = runs.at(-1);
    if (run && diffDays(day, run.at(-1)!) === 1) run.push(day);
    else runs.push([day]);
  }
  return runs;
}

export interface HyraApiOptions {
  client: HyraClient;
  workspaceId: string;
  mode?: FetchMode;
  maxInFlight?: number;
}

export type HyraApi = ReturnType<typeof createHyraApi>;

export function createHyraApi({
  client,
  workspaceId,
  mode = 'day',
  maxInFlight = MAX_IN_FLIGHT,
}: HyraApiOptions) {
  const limit = createSemaphore(maxInFlight);
  /** The days on screen first (`focusOn`): the others are asked for by distance from them. */
  let focus: { first: Day; last: Day } | undefined;
  const distance = (day: Day) =>
    !focus || (day >= focus.first && day <= focus.last)
      ? 0
      : day < focus.first
        ? diffDays(focus.first, day)
        : diffDays(day, focus.last);
  // A month in one answer is megabytes: have the worker ready before the first one arrives.
  if (mode === 'range') client.warmSessionsReader();

  async function fetchDay(day: Day, signal?: AbortSignal): Promise<SessionsPage> {
    return (await limit(
      () =>
        client.request(paths.sessions(workspaceId), {
          query: { [DAY_PARAM]: dayParam(day) },
          signal,
          read: 'sessions',
        }),
      distance(day),
    )) as SessionsPage;
  }

  /** One range request for consecutive UTC days, split back into one page per day. */
  async function fetchRun(run: Day[]): Promise<Map<Day, SessionsPage>> {
    const first = run[0]!;
    const last = run.at(-1)!;
    const page = (await limit(() =>
      client.request(paths.sessions(workspaceId), {
        query: {
          [RANGE_PARAMS.start]: `${first}T00:00:00.000Z`,
          [RANGE_PARAMS.end]: `${addDays(last, 1)}T00:00:00.000Z`,
        },
        read: 'sessions',
      }),
    )) as SessionsPage;
    const byDay = new Map<Day, SessionsPage>(
      run.map((day, i) => [day, { ...page, sessions: [], dropped: i === 0 ? page.dropped : [] }]),
    );
    // The run's days are consecutive UTC days: a session's day is its place among them (a
    // month of 5,000 sessions is split in a few milliseconds, not tens).
    const runStart = Date.parse(`${first}T00:00:00.000Z`);
    for (const session of page.sessions) {
      byDay.get(run[Math.floor((Date.parse(session.start) - runStart) / DAY_MS)]!)?.sessions.push(session);
    }
    return byDay;
  }

  // Range mode batches the days asked for in the same tick into as few requests as possible.
  let pending = new Map<Day, { resolve: (page: SessionsPage) => void; reject: (e: unknown) => void }[]>();
  let flushScheduled = false;

  function flush() {
    flushScheduled = false;
    const batch = pending;
    pending = new Map();
    for (const run of consecutiveRuns([...batch.keys()])) {
      fetchRun(run).then(
        (pages) => {
          for (const day of run) {
            for (const waiter of batch.get(day) ?? []) waiter.resolve(pages.get(day)!);
          }
        },
        (error: unknown) => {
          for (const day of run) for (const waiter of batch.get(day) ?? []) waiter.reject(error);
        },
      );
    }
  }

  function loadInRange(day: Day): Promise<SessionsPage> {
    return new Promise((resolve, reject) => {
      const waiters = pending.get(day) ?? [];
      waiters.push({ resolve, reject });
      pending.set(day, waiters);
      if (!flushScheduled) {
        flushScheduled = true;
        setTimeout(flush, 0);
      }
    });
  }

  return {
    workspaceId,
    mode,
    limiter: client.limiter,

    /**
     * The days the viewer looks at first (the week on screen): in day mode, of the days
     * waiting for a request, those go first, then the others outward from them.
     */
    focusOn(first: Day, last: Day) {
      focus = { first, last };
    },

    /** How many requests fetching these days takes: one a day, or one a run of days in range mode. */
    requestsFor(days: Day[]): number {
      return mode === 'day' ? new Set(days).size : consecutiveRuns(days).length;
    },

    /** The sessions Hyra files under `day` (day mode), or whose start is on that UTC day (range mode). */
    sessionsForDay(day: Day, signal?: AbortSignal): Promise<SessionsPage> {
      return mode === 'day' ? fetchDay(day, signal) : loadInRange(day);
    },

    async change(sessionId: string, body: ChangeBody): Promise<void> {
      await client.request(paths.change(workspaceId, sessionId), { method: 'PATCH', body });
    },

    async createServer(sessionId: string): Promise<{ _id: string }> {
      const json = await client.request(paths.createServer(workspaceId, sessionId), { method: 'POST' });
      // Read here rather than imported above: parse.ts stays out of the first download.
      const { parseCreatedServer } = await import('./parse');
      return parseCreatedServer(json);
    },

    async deleteServer(sessionId: string, serverId: string): Promise<void> {
      await client.request(paths.deleteServer(workspaceId, sessionId, serverId), { method: 'DELETE' });
    },
  };
}

/** The days to fetch for a visible range: every visible day plus the margin on each side. */
export function daysToFetch(first: Day, last: Day, margin: number): Day[] {
  return daysBetween(addDays(first, -margin), addDays(last, margin));
}
