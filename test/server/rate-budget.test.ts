// The key's rate budget (server/cache/rate-budget.js) with slot sources that answer as late as
// a shared store over the network does.
import { describe, expect, it } from 'vitest';
import { BudgetExceeded, createRateBudget, memorySlots } from '../../server/cache/rate-budget.js';

const CONFIG = { limit: 100, windowMs: 60_000, burst: 10, maxWaitMs: 10_000, perViewer: 3 };

const later = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Settles with 'went' when the request was let through, 'hung' when still waiting after `ms`. */
function within(take: Promise<void>, ms = 2_000) {
  return Promise.race([take.then(() => 'went'), later(ms).then(() => 'hung')]);
}

describe('the rate budget', () => {
  it('lets a request through even when the queue it found drained while the shared store was answering', async () => {
    const memory = memorySlots(CONFIG);
    // The first viewer's answer from the store comes quickly, the second's a little later:
    // by then the first viewer's request has gone and its queue is closed.
    const delays = [5, 60];
    const budget = createRateBudget(CONFIG, {
      slots: {
        reserve: (scope, now) => memory.reserve(scope, now),
        pauseUntil: (scope, until) => memory.pauseUntil(scope, until),
        nextFree: async (scope, now) => {
          await later(delays.shift() ?? 0);
          return memory.nextFree(scope, now);
        },
      },
    });
    const first = budget.take('key', 'viewer-a');
    const second = budget.take('key', 'viewer-b');
    expect(await within(first)).toBe('went');
    expect(await within(second)).toBe('went');
  });

  it('serves viewers round-robin once the burst is spent', async () => {
    const budget = createRateBudget({ ...CONFIG, limit: 2_000, burst: 1, windowMs: 20_000 });
    const order: string[] = [];
    const takes = ['a', 'a', 'a', 'b', 'b', 'c'].map((viewer) =>
      budget.take('key', viewer).then(() => order.push(viewer)),
    );
    await Promise.all(takes);
    expect(order).toEqual(['a', 'b', 'c', 'a', 'b', 'a']);
  });

  it("refuses a viewer's request beyond its cap, with a Retry-After, and serves the others", async () => {
    const budget = createRateBudget({ ...CONFIG, burst: 1 });
    const mine = [budget.take('key', 'tab'), budget.take('key', 'tab'), budget.take('key', 'tab')];
    await expect(budget.take('key', 'tab')).rejects.toBeInstanceOf(BudgetExceeded);
    expect(await within(budget.take('key', 'other'), 5_000)).toBe('went');
    await Promise.all(mine);
  });

  it('refuses at once when the wait would be longer than maxWaitMs', async () => {
    const budget = createRateBudget(CONFIG);
    await budget.pauseUntil('key', Date.now() + 60_000);
    const refused = await budget.take('key', 'viewer').catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(BudgetExceeded);
    expect((refused as BudgetExceeded).retryAfterMs).toBeGreaterThan(50_000);
  });
});
