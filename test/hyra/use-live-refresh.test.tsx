import { focusManager, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import type { HyraApi } from '../../src/hyra/api';
import { HyraError } from '../../src/hyra/errors';
import type { SessionsPage } from '../../src/hyra/parse';
import { RateLimiter } from '../../src/hyra/rate-limit';
import { REFRESH } from '../../src/hyra/refresh-schedule';
import { useLiveRefresh } from '../../src/hyra/use-live-refresh';
import { makePermissions, makeSession } from '../factories';

const NOW = Date.parse('2026-12-02T12:00:00Z');
const TODAY = '2026-12-02';

/** A stand-in API: today holds a session starting in 20 minutes, the days around it nothing. */
function fakeApi(answer?: (day: string, call: number) => SessionsPage | Error) {
  const calls: string[] = [];
  const limiter = new RateLimiter();
  const api = {
    workspaceId: 'ws',
    mode: 'day',
    limiter,
    sessionsForDay: (day: string) => {
      calls.push(day);
      const page: SessionsPage = {
        permissions: makePermissions(),
        sessions: day === TODAY ? [makeSession({ start: new Date(NOW + 20 * 60_000).toISOString() })] : [],
        dropped: [],
      };
      const result = answer?.(day, calls.filter((d) => d === day).length) ?? page;
      return result instanceof Error ? Promise.reject(result) : Promise.resolve(result);
    },
  } as unknown as HyraApi;
  return { api, calls, limiter, count: (day: string) => calls.filter((d) => d === day).length };
}

function wrapper({ children }: { children: ReactNode }) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return <QueryClientProvider client={client}>{children}</QueryClientProvider>;
}

/** Moves the clock on, letting the fetches it starts settle. */
const advance = (ms: number) => act(() => vi.advanceTimersByTimeAsync(ms));

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] });
  vi.setSystemTime(NOW);
});
afterEach(() => {
  focusManager.setFocused(undefined);
  vi.useRealTimers();
});

describe('useLiveRefresh', () => {
  it('refreshes the day with a session starting soon every 30 seconds, and the quiet days slowly', async () => {
    const { api, count } = fakeApi();
    const { result } = renderHook(() => useLiveRefresh(api, TODAY, TODAY), { wrapper });
    await advance(0);
    expect(count(TODAY)).toBe(1);
    expect(result.current.updatedAt).toBe(NOW);

    await advance(REFRESH.liveMs + 10);
    expect(count(TODAY)).toBe(2);
    expect(count('2026-12-03')).toBe(1);
    expect(result.current.updatedAt).toBe(NOW);

    await advance(REFRESH.liveMs);
    expect(count(TODAY)).toBe(3);
    expect(count('2026-12-03')).toBe(1);

    await advance(REFRESH.slowMs + REFRESH.slowSpreadMs);
    expect(count('2026-12-03')).toBe(2);
    // The least recently fetched day says how fresh the range is.
    expect(result.current.updatedAt).toBeGreaterThan(NOW);
  });

  it('makes no request while the tab is hidden', async () => {
    const { api, count } = fakeApi();
    renderHook(() => useLiveRefresh(api, TODAY, TODAY), { wrapper });
    await advance(0);
    act(() => focusManager.setFocused(false));
    await advance(10 * 60_000);
    expect(count(TODAY)).toBe(1);
    expect(count('2026-12-01')).toBe(1);
  });

  it('backs off after a 429, and waits out the Retry-After the rate limiter holds', async () => {
    const { api, count, limiter } = fakeApi((day, call) => {
      if (day !== TODAY || call !== 2) return undefined as unknown as SessionsPage;
      limiter.pauseUntil(Date.now() + 100_000);
      return new HyraError('rate-limited', 'Too many requests', { status: 429, retryAfterMs: 100_000 });
    });
    renderHook(() => useLiveRefresh(api, TODAY, TODAY), { wrapper });
    await advance(REFRESH.liveMs + 10);
    expect(count(TODAY)).toBe(2); // this one answered 429

    // Not at the usual 30 seconds, nor before Hyra's pause is over.
    await advance(100_000);
    expect(count(TODAY)).toBe(2);
    await advance(2_000);
    expect(count(TODAY)).toBe(3);

    // Fine again: back to every 30 seconds.
    await advance(REFRESH.liveMs + 10);
    expect(count(TODAY)).toBe(4);
  });
});
