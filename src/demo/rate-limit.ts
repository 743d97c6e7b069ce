export interface RateLimitDecision {
  allowed: boolean;
  limit: number;
  remaining: number;
  /** Whole seconds until the window has room again (at least 1 when refused). */
  resetSeconds: number;
}

export interface RateLimiter {
  take(nowMs: number): RateLimitDecision;
}

/** A sliding-window limiter: at most `requests` accepted in any `windowMs`. Refusals do not count. */
export function createRateLimiter(limit: { requests: number; windowMs: number }): RateLimiter {
  const accepted: number[] = [];
  return {
    take(nowMs) {
      while (accepted.length > 0 && (accepted[0] as number) <= nowMs - limit.windowMs) accepted.shift();
      const allowed = accepted.length < limit.requests;
      if (allowed) accepted.push(nowMs);
      const oldest = accepted[0];
      const resetMs = oldest === undefined ? 0 : oldest + limit.windowMs - nowMs;
      return {
        allowed,
        limit: limit.requests,
        remaining: Math.max(0, limit.requests - accepted.length),
        resetSeconds: allowed
          ? Math.max(0, Math.ceil(resetMs / 1000))
          : Math.max(1, Math.ceil(resetMs / 1000)),
      };
    },
  };
}
