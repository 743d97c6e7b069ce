// The manual refresh (Refresh, key u) within the client's rate window.
import { QueryClient, QueryObserver } from '@tanstack/react-query';
import { afterEach, describe, expect, it } from 'vitest';
import { addDays, daysBetween } from '../../src/lib/days';
import { REFRESH_RESERVE, refreshShown, sessionsQueries } from '../../src/hyra/queries';
import { RateLimiter } from '../../src/hyra/rate-limit';

const TODAY = '2026-12-03';
const unsubscribers: Array<() => void> = [];
afterEach(() => unsubscribers.splice(0).forEach((stop) => stop()));

/** A month on screen in day mode: 44 days, each with an observer, each fetched once. */
async function monthOnScreen(limiter: RateLimiter) {
  const asked: string[] = [];
  const api = {
    workspaceId: 'ws1',
    mode: 'day',
    limiter,
    sessionsForDay: async (day: string) => {
      asked.push(day);
      return { sessions: [], permissions: undefined };
    },
  } as never;
  const client = new QueryClient();
  const days = daysBetween(addDays(TODAY, -20), addDays(TODAY, 23));
  for (const day of days) {
    const observer = new QueryObserver(client, { ...sessionsQueries.day(api, day), staleTime: Infinity });
    unsubscribers.push(observer.subscribe(() => {}));
  }
  await Promise.all(days.map((day) => client.fetchQuery(sessionsQueries.day(api, day))));
  asked.length = 0;
  return { client, api, asked, days };
}

describe('refreshing the days on screen', () => {
  it('asks for as many days as the rate window has room for, less a reserve, nearest today first', async () => {
    const limiter = new RateLimiter({ requests: 90, windowMs: 60_000 });
    // The month's own loading used 50 of the 90 a minute.
    for (let i = 0; i < 50; i++) await limiter.acquire();
    const { client, api, asked } = await monthOnScreen(limiter);

    await refreshShown(client, api, TODAY);

    expect(asked).toHaveLength(40 - REFRESH_RESERVE);
    const farthest = Math.max(...asked.map((day) => Math.abs(Date.parse(day) - Date.parse(TODAY))));
    expect(farthest / 86_400_000).toBeLessThanOrEqual(Math.ceil((40 - REFRESH_RESERVE) / 2));
    expect(asked).toContain(TODAY);
  });

  it('with room to spare, asks for every day on screen', async () => {
    const { client, api, asked, days } = await monthOnScreen(new RateLimiter({ requests: 90 }));
    await refreshShown(client, api, TODAY);
    expect([...asked].sort()).toEqual(days);
  });

  it('with no room at all, still asks for today', async () => {
    const limiter = new RateLimiter({ requests: 90, windowMs: 60_000 });
    for (let i = 0; i < 90; i++) await limiter.acquire();
    const { client, api, asked } = await monthOnScreen(limiter);
    void refreshShown(client, api, TODAY);
    expect(asked).toEqual([TODAY]);
  });
});
