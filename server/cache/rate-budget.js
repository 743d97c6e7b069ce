// @ts-check
/**
 * One rate budget per key: every request this server sends to Hyra with a key waits for a
 * slot of that key's budget, so many viewers behind one key never burst past Hyra's limit.
 *
 * Slots follow GCRA (a leaky bucket): up to `burst` at once, then one every
 * window / (limit - burst), which keeps any rolling window at or under `limit`. Slots come
 * from a `SlotSource`: in memory here, or shared through Redis (./redis-store.js) by every
 * instance. Waiting requests queue per viewer and are served round-robin, one viewer's
 * queue capped, so one tab cannot starve the rest. When the wait would be longer than
 * `maxWaitMs`, the request is refused at once with a Retry-After instead.
 */

/**
 * @typedef {{ limit: number; windowMs: number; burst: number; maxWaitMs: number; perViewer: number }} BudgetConfig
 * @typedef {{
 *   reserve(scope: string, now: number): Promise<number>;
 *   pauseUntil(scope: string, until: number): Promise<void>;
 *   nextFree(scope: string, now: number): Promise<number>;
 * }} SlotSource
 */

export class BudgetExceeded extends Error {
  /** @param {number} retryAfterMs */
  constructor(retryAfterMs) {
    super('The request queue for Hyra is full');
    this.retryAfterMs = retryAfterMs;
  }
}

/**
 * GCRA in memory: `tat` (theoretical arrival time) per scope.
 * @param {BudgetConfig} config
 * @returns {SlotSource}
 */
export function memorySlots(config) {
  const interval = config.windowMs / Math.max(1, config.limit - config.burst);
  const tolerance = interval * config.burst;
  /** @type {Map<string, number>} */
  const tat = new Map();
  return {
    async reserve(scope, now) {
      const at = Math.max(now, (tat.get(scope) ?? now) - tolerance);
      tat.set(scope, Math.max(tat.get(scope) ?? now, now) + interval);
      return at;
    },
    async pauseUntil(scope, until) {
      tat.set(scope, Math.max(tat.get(scope) ?? 0, until + tolerance));
    },
    async nextFree(scope, now) {
      return Math.max(now, (tat.get(scope) ?? now) - tolerance);
    },
  };
}

/**
 * @param {BudgetConfig} config
 * @param {{ slots?: SlotSource; now?: () => number }} [options]
 */
export function createRateBudget(config, options = {}) {
  const now = options.now ?? Date.now;
  const local = memorySlots(config);
  const slots = options.slots ?? local;
  const interval = config.windowMs / Math.max(1, config.limit - config.burst);

  /** Per scope: viewers in round-robin order, each with its queue of waiting requests. */
  /** @type {Map<string, { viewers: Map<string, Array<() => void>>; running: boolean }>} */
  const scopes = new Map();

  /** Slots from the shared source, or from memory when the shared one fails. */
  /** @param {string} scope */
  async function reserve(scope) {
    try {
      return await slots.reserve(scope, now());
    } catch {
      return local.reserve(scope, now());
    }
  }

  /** @param {string} scope */
  async function drain(scope) {
    const state = scopes.get(scope);
    if (!state || state.running) return;
    state.running = true;
    while (state.viewers.size > 0) {
      const at = await reserve(scope);
      const wait = at - now();
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
      // Round-robin: the first viewer in line goes, then moves to the back.
      const [viewer, queue] = /** @type {[string, Array<() => void>]} */ (
        state.viewers.entries().next().value
      );
      const go = /** @type {() => void} */ (queue.shift());
      state.viewers.delete(viewer);
      if (queue.length > 0) state.viewers.set(viewer, queue);
      go();
    }
    state.running = false;
    scopes.delete(scope);
  }

  return {
    config,
    /**
     * Resolves when the request may go to Hyra; rejects with BudgetExceeded when it would
     * wait too long or its viewer has too many requests waiting.
     * @param {string} scope the key's identity
     * @param {string} viewer who asks (sign-in's user ID, else the address)
     * @returns {Promise<void>}
     */
    async take(scope, viewer) {
      const free = await slots.nextFree(scope, now()).catch(() => local.nextFree(scope, now()));
      // From here on nothing awaits: the scope's state is read after the shared store has
      // answered, so a drain that finished meanwhile cannot leave this request in a queue
      // nobody serves.
      const state = scopes.get(scope) ?? { viewers: new Map(), running: false };
      let waiting = 0;
      for (const queue of state.viewers.values()) waiting += queue.length;
      const expected = Math.max(0, free - now()) + waiting * interval;
      const mine = state.viewers.get(viewer)?.length ?? 0;
      if (expected > config.maxWaitMs || mine >= config.perViewer) {
        throw new BudgetExceeded(Math.max(1000, expected));
      }
      scopes.set(scope, state);
      return new Promise((resolve) => {
        const queue = state.viewers.get(viewer) ?? [];
        queue.push(resolve);
        state.viewers.set(viewer, queue);
        void drain(scope);
      });
    },
    /**
     * Hyra said to slow down (429 with Retry-After, or no requests left until a reset):
     * no slot of this key before `until`.
     * @param {string} scope
     * @param {number} until epoch milliseconds
     */
    async pauseUntil(scope, until) {
      await local.pauseUntil(scope, until);
      await slots.pauseUntil(scope, until).catch(() => {});
    },
  };
}

/** @typedef {ReturnType<typeof createRateBudget>} RateBudget */

/**
 * When Hyra's answer says to wait: Retry-After (seconds or a date), or X-Ratelimit-Remaining
 * 0 with X-Ratelimit-Reset (seconds from now when small, else an epoch in s or ms; the same
 * reading as the browser's, hyra/contract.ts).
 * @param {number} status
 * @param {Record<string, string>} headers
 * @param {number} now
 * @returns {number | undefined} epoch milliseconds
 */
export function pauseFromAnswer(status, headers, now) {
  const reset = readReset(headers['x-ratelimit-reset'], now);
  if (status === 429) {
    const retry = headers['retry-after'];
    if (retry !== undefined) {
      const seconds = Number(retry);
      if (Number.isFinite(seconds)) return now + seconds * 1000;
      const date = Date.parse(retry);
      if (Number.isFinite(date)) return date;
    }
    return reset ?? now + 60_000;
  }
  if (headers['x-ratelimit-remaining'] === '0') return reset;
  return undefined;
}

/** @param {string | undefined} value @param {number} now */
function readReset(value, now) {
  if (value === undefined) return undefined;
  const number = Number(value);
  if (!Number.isFinite(number) || number < 0) return undefined;
  if (number < 1e9) return now + number * 1000;
  if (number < 1e12) return number * 1000;
  return number;
}
