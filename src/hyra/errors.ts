/**
 * Every failure the Hyra client can raise. `kind` picks the words a user sees (error-messages.ts);
 * `status` and `hyraMessage` carry what Hyra said.
 */
export type HyraErrorKind =
  | 'unauthorized' // 401: the token was refused
  | 'forbidden' // 403: no access to this workspace or action
  | 'not-found' // 404: workspace or session not found
  | 'rate-limited' // 429
  | 'bad-request' // other 4xx
  | 'server' // 5xx
  | 'network' // fetch rejected: offline, DNS, proxy down
  | 'timeout'
  | 'bad-response'; // body was not JSON

export class HyraError extends Error {
  override readonly name = 'HyraError';
  constructor(
    readonly kind: HyraErrorKind,
    message: string,
    readonly details: {
      status?: number;
      /** Hyra's own `message` from the error body, when it sent one. */
      hyraMessage?: string;
      /** How long Hyra asked us to wait (429), in milliseconds. */
      retryAfterMs?: number;
      cause?: unknown;
    } = {},
  ) {
    super(message, { cause: details.cause });
  }

  get status() {
    return this.details.status;
  }

  /** Worth another try without the user changing anything. */
  get retryable() {
    return (
      this.kind === 'server' ||
      this.kind === 'network' ||
      this.kind === 'timeout' ||
      this.kind === 'rate-limited'
    );
  }
}

export function kindForStatus(status: number): HyraErrorKind {
  if (status === 401) return 'unauthorized';
  if (status === 403) return 'forbidden';
  if (status === 404) return 'not-found';
  if (status === 429) return 'rate-limited';
  if (status >= 500) return 'server';
  return 'bad-request';
}

export function isHyraError(error: unknown): error is HyraError {
  return error instanceof HyraError;
}
