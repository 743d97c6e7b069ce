import { CLIENT_RATE_LIMIT } from './contract';

export interface RateLimiterOptions {
  requests?: number;
  windowMs?: number;
  now?: () => number;
  /** Resolves after `ms`, or rejects when the signal aborts. */
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
}

export function abortableSleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(signal.reason);
      return;
    }
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    function onAbort() {
      clearTimeout(timer);
      reject(signal?.reason);
    }
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

type Listener = (waitingUntil: number | undefined) => void;

/**
 * Keeps the client under Hyra's limit: at most `requests` starts in any sliding
 * `windowMs`, and no start before a pause that Hyra asked for (429, X-Ratelimit-Reset).
 */
export class RateLimiter {
  private readonly limit: number;
  private readonly windowMs: number;
  private readonly now: () => number;
  private readonly sleep: (ms: number, signal?: AbortSignal) => Promise<void>;
  private readonly starts: number[] = [];
  private pausedUntil = 0;
  private waitingSince: number | undefined;
  private readonly listeners = new Set<Listener>();

  constructor(options: RateLimiterOptions = {}) {
    this.limit = options.requests ?? CLIENT_RATE_LIMIT.requests;
    this.windowMs = options.windowMs ?? CLIENT_RATE_LIMIT.windowMs;
    this.now = options.now ?? Date.now;
    this.sleep = options.sleep ?? abortableSleep;
  }

  /** Waits until a request may start, then counts it. */
  async acquire(signal?: AbortSignal): Promise<void> {
    for (;;) {
      const wait = this.delayBeforeNext();
      if (wait <= 0) break;
      this.setWaiting(this.now() + wait);
      try {
        await this.sleep(wait, signal);
      } finally {
        this.setWaiting(undefined);
      }
    }
    this.starts.push(this.now());
  }

  /** Milliseconds until the next request may start (0 when it may start now). */
  delayBeforeNext(): number {
    const now = this.now();
    while (this.starts.length > 0 && this.starts[0]! <= now - this.windowMs) this.starts.shift();
    const pause = this.pausedUntil - now;
    const windowWait = this.starts.length >= this.limit ? this.starts[0]! + this.windowMs - now : 0;
    return Math.max(0, pause, windowWait);
  }

  /** How many requests may start now without waiting (for optional work like prefetching). */
  headroom(): number {
    if (this.delayBeforeNext() > 0) return 0;
    return this.limit - this.starts.length;
  }

  /** Hyra said to wait until `epochMs` (a 429, or a reset with nothing left). */
  pauseUntil(epochMs: number) {
    if (epochMs <= this.pausedUntil) return;
    this.pausedUntil = epochMs;
    for (const listener of this.listeners) listener(this.waitingUntil);
  }

  /** When requests are being held back, until when; else undefined. */
  get waitingUntil(): number | undefined {
    const until = Math.max(this.pausedUntil, this.waitingSince ?? 0);
    return until > this.now() ? until : undefined;
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private setWaiting(until: number | undefined) {
    this.waitingSince = until;
    for (const listener of this.listeners) listener(this.waitingUntil);
  }
}
