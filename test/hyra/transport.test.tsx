import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { renderHook, waitFor } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import type { ReactNode } from 'react';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { consecutiveRuns, createHyraApi, createSemaphore, daysToFetch } from '../../src/hyra/api';
import { createHyraClient } from '../../src/hyra/client';
import { mergePages } from '../../src/hyra/merge';
import type { SessionsPage } from '../../src/hyra/parse';
import { sessionsQueries } from '../../src/hyra/queries';
import { useCachedRange, useSessionsRange } from '../../src/hyra/use-sessions';
import { makePermissions, rawSession, sessionsResponse } from '../factories';

const BASE = 'http://hyra.test/hyra-api';
const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const event = (id: string, start: string) => rawSession({ _id: id, start });

/** A fake Hyra that files events under their UTC day and records every query string. */
function recordingHyra(events: ReturnType<typeof event>[]) {
  const queries: Record<string, string>[] = [];
  server.use(
    http.get(`${BASE}/activity/sessions/:ws`, ({ request }) => {
      const params = Object.fromEntries(new URL(request.url).searchParams);
      queries.push(params);
      const inRange = events.filter((e) => {
        if (params.day) {
          const [y, m, d] = params.day.split('-').map(Number);
          const day = `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
          return e.start.slice(0, 10) === day;
        }
        return e.start >= params.start! && e.start < params.end!;
      });
      return HttpResponse.json(sessionsResponse(inRange, { week_starts_on: 'monday' }));
    }),
  );
  return queries;
}

function api(mode: 'day' | 'range') {
  return createHyraApi({ client: createHyraClient({ baseUrl: BASE }), workspaceId: 'ws1', mode });
}

describe('day helpers', () => {
  it('adds the margin day on each side of the visible range', () => {
    expect(daysToFetch('2026-12-07', '2026-12-09', 1)).toEqual([
      '2026-12-06',
      '2026-12-07',
      '2026-12-08',
      '2026-12-09',
      '2026-12-10',
    ]);
  });

  it('splits days into consecutive runs', () => {
    expect(consecutiveRuns(['2026-12-03', '2026-12-01', '2026-12-02', '2026-12-05', '2026-12-05'])).toEqual([
      ['2026-12-01', '2026-12-02', '2026-12-03'],
      ['2026-12-05'],
    ]);
  });

  it('runs at most N tasks at once', async () => {
    const limit = createSemaphore(2);
    let active = 0;
    let peak = 0;
    await Promise.all(
      Array.from({ length: 6 }, () =>
        limit(async () => {
          active += 1;
          peak = Math.max(peak, active);
          await new Promise((resolve) => setTimeout(resolve, 5));
          active -= 1;
        }),
      ),
    );
    expect(peak).toBe(2);
  });
});

describe('day mode', () => {
  it('asks for day=YYYY-M-D without zero padding', async () => {
    const queries = recordingHyra([event('e1', '2026-03-07T10:00:00Z')]);
    const result = await api('day').sessionsForDay('2026-03-07');
    expect(queries).toEqual([{ day: '2026-3-7' }]);
    expect(result.sessions.map((s) => s._id)).toEqual(['e1']);
    expect(result.weekStartsOn).toBe('monday');
  });
});

describe('range mode', () => {
  it('batches the days asked for in one tick into one request per run and splits by UTC day', async () => {
    const queries = recordingHyra([
      event('a', '2026-12-01T23:30:00Z'),
      event('b', '2026-12-02T00:15:00Z'),
      event('c', '2026-12-03T12:00:00Z'),
      // 23:00 UTC on the 2nd, written with an offset.
      event('d', '2026-12-03T01:00:00+02:00'),
    ]);
    const ranged = api('range');
    const [d1, d2, d3] = await Promise.all([
      ranged.sessionsForDay('2026-12-01'),
      ranged.sessionsForDay('2026-12-02'),
      ranged.sessionsForDay('2026-12-03'),
    ]);
    expect(queries).toEqual([{ start: '2026-12-01T00:00:00.000Z', end: '2026-12-04T00:00:00.000Z' }]);
    expect(d1.sessions.map((s) => s._id)).toEqual(['a']);
    expect(d2.sessions.map((s) => s._id)).toEqual(['b', 'd']);
    expect(d3.sessions.map((s) => s._id)).toEqual(['c']);
    expect(d3.permissions.assign_roles).toBe(true);
  });
});

describe('mergePages', () => {
  const page = (ids: [string, string][]): SessionsPage => ({
    permissions: makePermissions({ host_quota: ids.length }),
    sessions: ids.map(([id, start]) => ({ ...event(id, start) }) as never),
    dropped: [],
  });

  it('de-duplicates by _id, keeps the newest copy, sorts by start', () => {
    const older = page([['x', '2026-12-02T10:00:00Z']]);
    const newer = page([
      ['x', '2026-12-02T11:00:00Z'],
      ['y', '2026-12-02T09:00:00Z'],
    ]);
    const merged = mergePages([
      { page: newer, receivedAt: 2 },
      { page: older, receivedAt: 1 },
    ]);
    expect(merged.sessions.map((s) => [s._id, s.start])).toEqual([
      ['y', '2026-12-02T09:00:00Z'],
      ['x', '2026-12-02T11:00:00Z'],
    ]);
    expect(merged.permissions?.host_quota).toBe(2);
    expect(merged.receivedAt).toBe(2);
  });
});

describe('useSessionsRange', () => {
  function wrapper({ children }: { children: ReactNode }) {
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    return <QueryClientProvider client={client}>{children}</QueryClientProvider>;
  }

  it('fetches each visible day plus a margin day and shows an event once', async () => {
    // 23:30 UTC on the 2nd: Hyra might file it under the 2nd or the 3rd; both are fetched.
    const queries = recordingHyra([
      event('late', '2026-12-02T23:30:00Z'),
      event('late', '2026-12-02T23:30:00Z'),
    ]);
    const dayApi = api('day');
    const { result } = renderHook(() => useSessionsRange(dayApi, '2026-12-02', '2026-12-03'), { wrapper });
    await waitFor(() => expect(result.current.isFetching).toBe(false));
    expect(queries.map((q) => q.day).sort()).toEqual(['2026-12-1', '2026-12-2', '2026-12-3', '2026-12-4']);
    expect(result.current.merged.sessions.map((s) => s._id)).toEqual(['late']);
    expect(result.current.isPending).toBe(false);
  });

  it('keeps the previous range on screen while the next one loads', async () => {
    let release: () => void = () => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    server.use(
      http.get(`${BASE}/activity/sessions/:ws`, async ({ request }) => {
        const day = new URL(request.url).searchParams.get('day')!;
        if (day >= '2026-12-9') await gate;
        return HttpResponse.json(
          sessionsResponse(day === '2026-12-2' ? [event('old', '2026-12-02T10:00:00Z')] : []),
        );
      }),
    );
    const dayApi = api('day');
    const { result, rerender } = renderHook(({ first, last }) => useSessionsRange(dayApi, first, last), {
      wrapper,
      initialProps: { first: '2026-12-01', last: '2026-12-03' },
    });
    await waitFor(() => expect(result.current.merged.sessions).toHaveLength(1));
    rerender({ first: '2026-12-10', last: '2026-12-12' });
    expect(result.current.isPlaceholder).toBe(true);
    expect(result.current.first).toBe('2026-12-01');
    expect(result.current.merged.sessions.map((s) => s._id)).toEqual(['old']);
    release();
    await waitFor(() => expect(result.current.isPlaceholder).toBe(false));
    expect(result.current.first).toBe('2026-12-10');
    expect(result.current.merged.sessions).toEqual([]);
  });

  it('keeps the same merged sessions while a refetch runs', async () => {
    let refetching = false;
    let release: () => void = () => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    server.use(
      http.get(`${BASE}/activity/sessions/:ws`, async ({ request }) => {
        const day = new URL(request.url).searchParams.get('day');
        if (refetching) await gate;
        return HttpResponse.json(
          sessionsResponse(day === '2026-12-2' ? [event('a', '2026-12-02T10:00:00Z')] : []),
        );
      }),
    );
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    const dayApi = api('day');
    const { result } = renderHook(() => useSessionsRange(dayApi, '2026-12-02', '2026-12-02'), {
      wrapper: ({ children }) => <QueryClientProvider client={client}>{children}</QueryClientProvider>,
    });
    await waitFor(() => expect(result.current.isFetching).toBe(false));
    const before = result.current.merged;
    expect(before.sessions.map((s) => s._id)).toEqual(['a']);
    refetching = true;
    void client.invalidateQueries();
    await waitFor(() => expect(result.current.isFetching).toBe(true));
    expect(result.current.merged).toBe(before);
    release();
    await waitFor(() => expect(result.current.isFetching).toBe(false));
    expect(result.current.merged).not.toBe(before);
    expect(result.current.merged.sessions.map((s) => s._id)).toEqual(['a']);
  });

  it('reads a range from the cache only, once all of its days are in, as the same merge the queries give', async () => {
    const queries = recordingHyra([event('a', '2026-12-02T10:00:00Z')]);
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    const dayApi = api('day');
    const wrapper = ({ children }: { children: ReactNode }) => (
      <QueryClientProvider client={client}>{children}</QueryClientProvider>
    );
    const { result: cached } = renderHook(() => useCachedRange(dayApi, '2026-12-02', '2026-12-02'), {
      wrapper,
    });
    expect(cached.current).toBeUndefined();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(queries).toEqual([]); // it asks for nothing
    // Two of the three days (the day and its margins) are not enough.
    for (const day of ['2026-12-01', '2026-12-02'])
      await client.prefetchQuery(sessionsQueries.day(dayApi, day));
    expect(cached.current).toBeUndefined();
    const { result: loaded } = renderHook(() => useSessionsRange(dayApi, '2026-12-02', '2026-12-02'), {
      wrapper,
    });
    await waitFor(() => expect(loaded.current.isFetching).toBe(false));
    await waitFor(() => expect(cached.current).toBeDefined());
    expect(cached.current!.sessions.map((s) => s._id)).toEqual(['a']);
    expect(cached.current).toBe(loaded.current.merged);
  });

  it('with `later`, never hands out the merge of the range before while a new range is taken up', async () => {
    recordingHyra([event('a', '2026-12-02T10:00:00Z'), event('b', '2026-12-06T10:00:00Z')]);
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    const dayApi = api('day');
    for (const day of [
      ...daysToFetch('2026-12-02', '2026-12-02', 1),
      ...daysToFetch('2026-12-06', '2026-12-06', 1),
    ])
      await client.prefetchQuery(sessionsQueries.day(dayApi, day));
    const seen: { day: string; ids?: string[] }[] = [];
    const { result, rerender } = renderHook(
      ({ day }) => {
        const merged = useCachedRange(dayApi, day, day, true);
        seen.push({ day, ids: merged?.sessions.map((s) => s._id) });
        return merged;
      },
      {
        wrapper: ({ children }) => <QueryClientProvider client={client}>{children}</QueryClientProvider>,
        initialProps: { day: '2026-12-02' },
      },
    );
    expect(result.current?.sessions.map((s) => s._id)).toEqual(['a']);
    rerender({ day: '2026-12-06' });
    expect(result.current?.sessions.map((s) => s._id)).toEqual(['b']);
    expect(seen.filter(({ day }) => day === '2026-12-06').map(({ ids }) => ids)).not.toContainEqual(['a']);
  });
});
