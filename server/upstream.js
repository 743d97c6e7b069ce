// @ts-check
/**
 * One request to Hyra, through undici (the HTTP client Node's own fetch is built on, used
 * directly so that nothing is decoded or buffered behind the proxy's back).
 */
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import { request } from 'undici';

/** Response headers kept from Hyra's answer (before the proxy picks what the browser sees). */
export const UPSTREAM_HEADERS = [
  'content-type',
  'x-ratelimit-limit',
  'x-ratelimit-reset',
  'x-ratelimit-remaining',
  'retry-after',
];

export class UpstreamError extends Error {
  /** @param {'timeout' | 'unreachable'} reason */
  constructor(reason) {
    super(reason === 'timeout' ? 'Hyra did not answer in time' : 'Hyra could not be reached');
    this.reason = reason;
  }
}

/**
 * @typedef {{ status: number; headers: Record<string, string>; body: Buffer }} UpstreamAnswer
 */

/** @param {string | undefined} encoding */
function decoderFor(encoding) {
  switch ((encoding ?? '').trim().toLowerCase()) {
    case '':
    case 'identity':
      return undefined;
    case 'gzip':
    case 'x-gzip':
      return createGunzip();
    case 'deflate':
      return createInflate();
    case 'br':
      return createBrotliDecompress();
    default:
      throw new UpstreamError('unreachable');
  }
}

/**
 * @param {AsyncIterable<Buffer>} body
 * @param {string | undefined} encoding
 */
async function readAll(body, encoding) {
  const decoder = decoderFor(encoding);
  /** @type {AsyncIterable<Buffer>} */
  const source = decoder ? (/** @type {any} */ (body).pipe?.(decoder) ?? body) : body;
  const chunks = [];
  for await (const chunk of source) chunks.push(chunk);
  return Buffer.concat(chunks);
}

/**
 * @param {URL} target
 * @param {{
 *   method: string;
 *   headers: Record<string, string>;
 *   body?: string;
 *   timeoutMs: number;
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
    const response = await request(target, {
      method: /** @type {import('undici').Dispatcher.HttpMethod} */ (options.method),
      headers: { ...options.headers, 'accept-encoding': 'gzip, deflate, br' },
      body: options.body,
      signal: controller.signal,
    });
    /** @type {Record<string, string>} */
    const headers = {};
    for (const name of UPSTREAM_HEADERS) {
      const value = response.headers[name];
      if (value !== undefined) headers[name] = Array.isArray(value) ? value.join(', ') : value;
    }
    const encoding = response.headers['content-encoding'];
    const body = await readAll(response.body, Array.isArray(encoding) ? encoding.join(',') : encoding);
    return { status: response.statusCode, headers, body };
  } catch (error) {
    if (error instanceof UpstreamError) throw error;
    throw new UpstreamError(timedOut ? 'timeout' : 'unreachable');
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', onAbort);
  }
}
