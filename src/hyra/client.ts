import { parseRateLimitReset, parseRetryAfter, RATE_HEADERS } from './contract';
import { HyraError, kindForStatus, summaryFor } from './errors';
import { RateLimiter } from './rate-limit';
import { parseErrorMessage } from './parse';

export interface HyraClientOptions {
  /** Where `/activity/...` paths are appended: the same-origin proxy path, e.g. `/hyra-api`. */
  baseUrl: string;
  /**
   * Sent as a bearer token only when set (the proxy usually adds it instead). A function is
   * asked before every request, so forgetting a token takes effect at once.
   */
  token?: string | (() => string | undefined);
  timeoutMs?: number;
  fetch?: typeof fetch;
  limiter?: RateLimiter;
  now?: () => number;
}

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  query?: Record<string, string | undefined>;
  body?: unknown;
  signal?: AbortSignal;
}

export type HyraClient = ReturnType<typeof createHyraClient>;

export const DEFAULT_TIMEOUT_MS = 20_000;

/**
 * The dashboard's own proxy marks its error answers with this header (server/hyra-proxy.js):
 * `unreachable` (502) and `timeout` (504) mean Hyra itself never answered.
 */
export const PROXY_ERROR_HEADER = 'X-Hyra-Proxy-Error';

function buildUrl(baseUrl: string, path: string, query: RequestOptions['query']) {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== undefined) params.set(key, value);
  }
  const search = params.toString();
  return `${baseUrl.replace(/\/+$/, '')}${path}${search ? `?${search}` : ''}`;
}

async function readBody(response: Response): Promise<{ json?: unknown; text: string }> {
  const text = await response.text();
  if (text.trim() === '') return { text };
  try {
    return { json: JSON.parse(text) as unknown, text };
  } catch {
    return { text };
  }
}

/**
 * The one place that calls `fetch` for Hyra. Adds the token (when held), rate-limits,
 * times out, and turns every failure into a typed HyraError. Returns parsed JSON
 * (or undefined for an empty body); callers validate it with the schemas.
 */
export function createHyraClient(options: HyraClientOptions) {
  const limiter = options.limiter ?? new RateLimiter({ now: options.now });
  const now = options.now ?? Date.now;
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const doFetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init));

  async function request(path: string, request: RequestOptions = {}): Promise<unknown> {
    const { method = 'GET', query, body, signal } = request;
    await limiter.acquire(signal);

    const headers: Record<string, string> = { Accept: 'application/json' };
    const token = typeof options.token === 'function' ? options.token() : options.token;
    if (token) headers.Authorization = `Bearer ${token}`;
    if (body !== undefined) headers['Content-Type'] = 'application/json';

    const timeout = AbortSignal.timeout(timeoutMs);
    const combined = signal ? AbortSignal.any([signal, timeout]) : timeout;

    let response: Response;
    try {
      response = await doFetch(buildUrl(options.baseUrl, path, query), {
        method,
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: combined,
        credentials: 'same-origin',
      });
    } catch (error) {
      if (signal?.aborted) throw signal.reason;
      if (timeout.aborted) {
        throw new HyraError('timeout', summaryFor('timeout'), { cause: error });
      }
      throw new HyraError('network', summaryFor('network'), { cause: error });
    }

    const reset = parseRateLimitReset(response.headers.get(RATE_HEADERS.reset), now());
    const { json, text } = await readBody(response);

    if (!response.ok) {
      const proxyError = response.headers.get(PROXY_ERROR_HEADER);
      const kind =
        proxyError === 'unreachable'
          ? 'network'
          : proxyError === 'timeout'
            ? 'timeout'
            : kindForStatus(response.status);
      const hyraMessage = parseErrorMessage(json);
      let retryAfterMs: number | undefined;
      if (response.status === 429) {
        const until = parseRetryAfter(response.headers.get('Retry-After'), now()) ?? reset ?? now() + 60_000;
        limiter.pauseUntil(until);
        retryAfterMs = Math.max(0, until - now());
      }
      throw new HyraError(kind, summaryFor(kind), {
        status: response.status,
        // The proxy's own words are not Hyra's: the kind already says what happened.
        hyraMessage: proxyError
          ? undefined
          : (hyraMessage ?? (json === undefined ? text.slice(0, 200) || undefined : undefined)),
        retryAfterMs,
      });
    }

    if (json === undefined && text.trim() !== '') {
      throw new HyraError('bad-response', summaryFor('bad-response'), {
        status: response.status,
        hyraMessage: text.slice(0, 200),
      });
    }
    return json;
  }

  return { request, limiter, baseUrl: options.baseUrl };
}
