import { describe, expect, it } from 'vitest';
import { RateLimiter } from '../../src/hyra/rate-limit';
import { parseRateLimitReset, parseRetryAfter } from '../../src/hyra/contract';

function fakeClock(start = 0) {
  const clock = {
    now: start,
    slept: [] as number[],
    sleep: async (ms: number) => {
      clock.slept.push(ms);
      clock.now += ms;
    },
  };
  return clock;
}

describe('RateLimiter', () => {
  it('lets the first N requests of a window through at once', async () => {
    const clock = fakeClock();
    const limiter = new RateLimiter({
      requests: 3,
      windowMs: 60_000,
      now: () => clock.now,
      sleep: clock.sleep,
    });
    for (let i = 0; i < 3; i++) await limiter.acquire();
    expect(clock.slept).toEqual([]);
  });

  it('holds the next request until the oldest leaves the window', async () => {
    const clock = fakeClock();
    const limiter = new RateLimiter({
      requests: 3,
      windowMs: 60_000,
      now: () => clock.now,
      sleep: clock.sleep,
    });
    await limiter.acquire();
    clock.now += 10_000;
    await limiter.acquire();
    await limiter.acquire();
    await limiter.acquire();
    expect(clock.slept).toEqual([50_000]);
  });

  it('keeps the default under 90 requests in any minute', async () => {
    const clock = fakeClock();
    const limiter = new RateLimiter({ now: () => clock.now, sleep: clock.sleep });
    const starts: number[] = [];
    for (let i = 0; i < 200; i++) {
      await limiter.acquire();
      starts.push(clock.now);
      clock.now += 100;
    }
    for (const start of starts) {
      expect(starts.filter((t) => t >= start && t < start + 60_000).length).toBeLessThanOrEqual(90);
    }
  });

  it('honours a pause asked for by Hyra', async () => {
    const clock = fakeClock(5_000);
    const limiter = new RateLimiter({ now: () => clock.now, sleep: clock.sleep });
    limiter.pauseUntil(20_000);
    expect(limiter.waitingUntil).toBe(20_000);
    await limiter.acquire();
    expect(clock.now).toBe(20_000);
    expect(limiter.waitingUntil).toBeUndefined();
  });

  it('tells subscribers when it starts and stops waiting', async () => {
    const clock = fakeClock();
    const limiter = new RateLimiter({ now: () => clock.now, sleep: clock.sleep });
    const seen: (number | undefined)[] = [];
    limiter.subscribe((until) => seen.push(until));
    limiter.pauseUntil(3_000);
    expect(seen).toEqual([3_000]);
    await limiter.acquire();
    expect(seen.at(-1)).toBeUndefined();
  });

  it('does not tell subscribers about a pause that ends sooner than the current one', () => {
    const clock = fakeClock();
    const limiter = new RateLimiter({ now: () => clock.now, sleep: clock.sleep });
    const seen: (number | undefined)[] = [];
    limiter.subscribe((until) => seen.push(until));
    limiter.pauseUntil(5_000);
    limiter.pauseUntil(4_000);
    expect(seen).toEqual([5_000]);
  });

  it('stops waiting when the caller aborts', async () => {
    const limiter = new RateLimiter({ requests: 1, windowMs: 60_000 });
    await limiter.acquire();
    const controller = new AbortController();
    const waiting = limiter.acquire(controller.signal);
    controller.abort(new Error('left the page'));
    await expect(waiting).rejects.toThrow('left the page');
  });
});

describe('rate-limit headers', () => {
  it('reads X-Ratelimit-Reset as seconds from now, epoch seconds or epoch ms', () => {
    expect(parseRateLimitReset('30', 1_000)).toBe(31_000);
    expect(parseRateLimitReset('1796000000', 0)).toBe(1_796_000_000_000);
    expect(parseRateLimitReset('1796000000000', 0)).toBe(1_796_000_000_000);
    expect(parseRateLimitReset('soon', 0)).toBeUndefined();
    expect(parseRateLimitReset(null, 0)).toBeUndefined();
  });

  it('reads Retry-After as seconds or an HTTP date', () => {
    expect(parseRetryAfter('5', 1_000)).toBe(6_000);
    expect(parseRetryAfter('Wed, 02 Dec 2026 10:00:00 GMT', 0)).toBe(Date.parse('2026-12-02T10:00:00Z'));
    expect(parseRetryAfter('', 0)).toBeUndefined();
  });
});
