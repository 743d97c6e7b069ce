/** Hyra's error bodies and the demo's wording of refusals, as Hyra words them. */

const STATUS_TEXT: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
};

/** Hyra's error body: `{ statusCode, error, message }`. */
export interface HyraErrorBody {
  statusCode: number;
  error: string;
  message: string | string[];
}

export function hyraErrorBody(status: number, message: string | string[]): HyraErrorBody {
  return { statusCode: status, error: STATUS_TEXT[status] ?? 'Error', message };
}

/** A refusal the fake API turns into an error response with Hyra's error body. */
export class DemoApiError extends Error {
  override readonly name = 'DemoApiError';
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }

  get body(): HyraErrorBody {
    return hyraErrorBody(this.status, this.message);
  }
}

/** Messages the demo API answers with (its own wording; Hyra's is unknown). */
export const DEMO_MESSAGES = {
  sessionNotFound: 'Session not found',
  serverNotFound: 'Server not found',
  groupNotFound: 'Role group not found',
  roleNotFound: 'Role not found',
  cancelled: 'This session is cancelled',
  cohostDisabled: 'Co-Host is disabled for this session',
  hostQuota: 'Host claim limit reached',
  cohostQuota: 'Co-Host claim limit reached',
  slotTaken: 'This slot is already taken',
  forbidden: 'You do not have permission to do this',
} as const;
