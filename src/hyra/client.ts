import { parseRateLimitReset, parseRetryAfter, RATE_HEADERS } from './contract';
import { summaryFor } from './error-messages/shared';
import { HyraError, kindForStatus } from './errors';
import { RateLimiter } from './rate-limit';

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
  /**
   * `'sessions'`: a successful answer is read as a sessions page (a `SessionsPage`, not
   * JSON; a big one in a Worker, see body-reader.ts). GETs read differently are not joined.
   */
  read?: 'json' | 'sessions';
}

export type HyraClient = ReturnType<typeof createHyraClient>;

export const DEFAULT_TIMEOUT_MS = 20_000;

/** Each client by its limiter, which the API exposes: reads outside the API (hyra/logs.ts) use its client. */
export const clientByLimiter = new WeakMap<RateLimiter, HyraClient>();

/**
 * The dashboard's own proxy marks its error answers with this header (server/hyra-proxy.js):
 * `unreachable` (502) and `timeout` (504) mean Hyra itself never answered.
 */
export const PROXY_ERROR_HEADER = 'X-Hyra-Proxy-Error';

/**
 * How answers are read (body-reader.ts: the readers, and a Worker for big sessions answers),
 * loaded with the first client rather than with the page: it is not needed before the first
 * answer, and it keeps the readers out of the first download. Asked again after a failure.
 */
let reading: Promise<typeof import('./body-reader')> | undefined;
function loadReading() {
  reading ??= import('./body-reader').catch((error: unknown) => {
    reading = undefined;
    throw error;
  });
  return reading;
}

function buildUrl(baseUrl: string, path: string, query: RequestOptions['query']) {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== undefined) params.set(key, value);
  }
  const search = params.toString();
  return `${baseUrl.replace(/\/+$/, '')}${path}${search ? `?${search}` : ''}`;
}

/** `promise`, unless `signal` aborts first: then its reason (the work itself goes on). */
function whileWanted<T>(promise: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return promise;
  if (signal.aborted) return Promise.reject(signal.reason as Error);
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason as Error);
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

function readBody(text: string): { json?: unknown; text: string } {
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
  void loadReading().catch(() => undefined);

  /** GETs on the wire, by URL and token: an identical GET joins the one already sent. */
  const sent = new Map<string, Promise<unknown>>();

  async function request(path: string, request: RequestOptions = {}): Promise<unknown> {
    const { method = 'GET', query, signal } = request;
    const url = buildUrl(options.baseUrl, path, query);
    const token = typeof options.token === 'function' ? options.token() : options.token;
    if (method !== 'GET') {
      await limiter.acquire(signal);
      return send(url, token, request, signal);
    }
    const key = `${url}\n${token ?? ''}\n${request.read ?? 'json'}`;
    const joined = sent.get(key);
    if (joined) return whileWanted(joined, signal);
    await limiter.acquire(signal);
    const sentMeanwhile = sent.get(key);
    if (sentMeanwhile) return whileWanted(sentMeanwhile, signal);
    // Once sent, a GET runs to its end even when its caller leaves (only the timeout stops
    // it): Hyra has counted it against the rate limit already, and the same request made
    // again meanwhile (a view mounting twice, a user coming straight back) uses its answer.
    const answer = send(url, token, request, undefined);
    sent.set(key, answer);
    answer.then(
      () => sent.delete(key),
      () => sent.delete(key),
    );
    return whileWanted(answer, signal);
  }

  async function send(
    url: string,
    token: string | undefined,
    request: RequestOptions,
    signal: AbortSignal | undefined,
  ): Promise<unknown> {
    const { method = 'GET', body, read = 'json' } = request;
    const headers: Record<string, string> = { Accept: 'application/json' };
    if (token) headers.Authorization = `Bearer ${token}`;
    if (body !== undefined) headers['Content-Type'] = 'application/json';

    const timeout = AbortSignal.timeout(timeoutMs);
    const combined = signal ? AbortSignal.any([signal, timeout]) : timeout;

    let response: Response;
    try {
      response = await doFetch(url, {
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
    if (response.ok && read === 'sessions') {
      const bytes = response.arrayBuffer();
      return (await loadReading()).readSessions(await bytes, response.status);
    }
    const { json, text } = readBody(await response.text());

    if (!response.ok) {
      const proxyError = response.headers.get(PROXY_ERROR_HEADER);
      const kind =
        proxyError === 'unreachable'
          ? 'network'
          : proxyError === 'timeout'
            ? 'timeout'
            : // The server's proxy turned an answer that was not JSON into its own error.
              proxyError === 'bad-answer'
              ? 'bad-response'
              : kindForStatus(response.status);
      const hyraMessage = (await loadReading()).parseErrorMessage(json);
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

  const client = {
    request,
    limiter,
    baseUrl: options.baseUrl,
    /** Starts the sessions reader's Worker ahead of the first big answer (range mode). */
    warmSessionsReader() {
      void loadReading().then(
        (reader) => reader.sharedSessionsReader().warm(),
        () => undefined,
      );
    },
  };
  clientByLimiter.set(limiter, client);
  return client;
}
