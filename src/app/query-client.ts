import { QueryClient } from '@tanstack/react-query';
import { isHyraError } from '../hyra/errors';

const MAX_RETRIES = 3;

export function retryDelay(attempt: number, error: unknown): number {
  if (isHyraError(error) && error.details.retryAfterMs !== undefined) {
    return error.details.retryAfterMs + 250;
  }
  return Math.min(1000 * 2 ** attempt, 15_000);
}

export function shouldRetry(failureCount: number, error: unknown): boolean {
  if (!isHyraError(error) || !error.retryable) return false;
  // A rate limit is waited out however often it comes: it is not a failure.
  if (error.kind === 'rate-limited') return failureCount < 10;
  return failureCount < MAX_RETRIES;
}

export function createQueryClient() {
  return new QueryClient({
    defaultOptions: {
      queries: { retry: shouldRetry, retryDelay, gcTime: 30 * 60_000 },
      mutations: { retry: false },
    },
  });
}
