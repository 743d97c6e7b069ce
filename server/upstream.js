// @ts-check
/**
 * One request to Hyra, through undici (the HTTP client Node's own fetch is built on, used
 * directly so that nothing is decoded or buffered behind the proxy's back).
 */
import { pipeline } from 'node:stream';
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
      throw new UpstreamError('bad-answer');
  }
}

/**
 * Reads the answer as it arrives, unpacking it when compressed, and stops (closing the
 * connection) as soon as the unpacked size passes `maxBytes`: memory stays bounded, and a
 * small compressed answer that unpacks to gigabytes is refused after `maxBytes`.
 * @param {import('node:stream').Readable} body
 * @param {string | undefined} encoding
 * @param {number} maxBytes
 */
async function readCapped(body, encoding, maxBytes) {
  const decoder = decoderFor(encoding);
  const source = decoder ? pipeline(body, decoder, () => {}) : body;
  const chunks = [];
  let size = 0;
  for await (const chunk of source) {
    size += chunk.length;
    if (size > maxBytes) {
      body.destroy();
      decoder?.destroy();
      throw new UpstreamError('too-large');
    }
    chunks.push(chunk);
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
    const length = Number(response.headers['content-length']);
    if (length > options.maxBytes) {
      response.body.destroy();
      throw new UpstreamError('too-large');
    }
    const encoding = response.headers['content-encoding'];
    const body = await readCapped(
      response.body,
      Array.isArray(encoding) ? encoding.join(',') : encoding,
      options.maxBytes,
    );
    return { status: response.statusCode, headers, body };
  } catch (error) {
    if (error instanceof UpstreamError) throw error;
    throw new UpstreamError(timedOut ? 'timeout' : 'unreachable');
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', onAbort);
  }
}
