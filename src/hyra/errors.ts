/**
 * Every failure the Hyra client can raise. `kind` drives the message a user sees;
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

const SUMMARY: Record<HyraErrorKind, string> = {
  unauthorized: 'Hyra refused the API token.',
  forbidden: 'This token has no access to that workspace or action.',
  'not-found': 'Hyra could not find that workspace or session.',
  'rate-limited': 'Too many requests to Hyra; waiting before trying again.',
  'bad-request': 'Hyra rejected the request.',
  server: 'Hyra had a problem answering.',
  network: 'Hyra could not be reached. Check your connection.',
  timeout: 'Hyra took too long to answer.',
  'bad-response': 'Hyra sent an answer that is not JSON.',
};

export function summaryFor(kind: HyraErrorKind) {
  return SUMMARY[kind];
}

export function isHyraError(error: unknown): error is HyraError {
  return error instanceof HyraError;
}
