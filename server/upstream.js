// @ts-check
/**
 * One request to Hyra, with Node's own fetch (undici): redirects are not followed, and the
 * answer is read as a stream under a size cap.
 *
 * Not the `undici` package: importing it installs its Agent as the process's global
 * dispatcher, which Node 20's bundled fetch then uses too (a different undici major).
 */

/** Response headers kept from Hyra's answer (before the proxy picks what the browser sees). */
export const UPSTREAM_HEADERS = [
  'content-type',
  'x-ratelimit-limit',
  'x-ratelimit-reset',
  'x-ratelimit-remaining',
  'retry-after',
];

/** @typedef {'timeout' | 'unreachable' | 'too-large' | 'bad-answer'} UpstreamFailure */

/** @type {Record<UpstreamFailure, string>} */
const FAILURE_MESSAGE = {
  timeout: 'Hyra did not answer in time',
  unreachable: 'Hyra could not be reached',
  'too-large': "Hyra's answer was larger than this server accepts",
  'bad-answer': 'Hyra answered with something other than JSON',
};

export class UpstreamError extends Error {
  /** @param {UpstreamFailure} reason */
  constructor(reason) {
    super(FAILURE_MESSAGE[reason]);
    this.reason = reason;
  }
}

/**
 * @typedef {{ status: number; headers: Record<string, string>; body: Buffer }} UpstreamAnswer
 */

/**
 * Reads the answer as it arrives (fetch unpacks a compressed one on the way, chunk by chunk)
 * and stops, closing the connection, as soon as the unpacked size passes `maxBytes`: memory
 * stays bounded, and a small compressed answer that unpacks to gigabytes is refused there.
 * @param {ReadableStream<Uint8Array> | null} body
 * @param {number} maxBytes
 * @param {AbortController} controller
 */
async function readCapped(body, maxBytes, controller) {
  if (!body) return Buffer.alloc(0);
  const reader = body.getReader();
  const chunks = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      controller.abort();
      await reader.cancel().catch(() => {});
      throw new UpstreamError('too-large');
    }
    chunks.push(Buffer.from(value.buffer, value.byteOffset, value.byteLength));
  }
  return Buffer.concat(chunks);
}

/**
 * @param {URL} target
 * @param {{
 *   method: string;
 *   headers: Record<string, string>;
 *   body?: string;
 *   timeoutMs: number;
 *   maxBytes: number;
 *   signal?: AbortSignal;
 * }} options
 * @returns {Promise<UpstreamAnswer>}
 */
export async function fetchUpstream(target, options) {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, options.timeoutMs);
  const onAbort = () => controller.abort();
  options.signal?.addEventListener('abort', onAbort, { once: true });
  try {
    const response = await fetch(target, {
      method: options.method,
      headers: options.headers,
      body: options.body,
      signal: controller.signal,
      redirect: 'manual',
    });
    /** @type {Record<string, string>} */
    const headers = {};
    for (const name of UPSTREAM_HEADERS) {
      const value = response.headers.get(name);
      if (value !== null) headers[name] = value;
    }
    const length = Number(response.headers.get('content-length'));
    const encoded = (response.headers.get('content-encoding') ?? 'identity') !== 'identity';
    if (!encoded && length > options.maxBytes) {
      controller.abort();
      throw new UpstreamError('too-large');
    }
    const body = await readCapped(response.body, options.maxBytes, controller);
    return { status: response.status, headers, body };
  } catch (error) {
    if (error instanceof UpstreamError) throw error;
    throw new UpstreamError(timedOut ? 'timeout' : 'unreachable');
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', onAbort);
  }
}
