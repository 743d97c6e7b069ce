import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createHyraClient } from '../../src/hyra/client';
import { HyraError } from '../../src/hyra/errors';
import { RateLimiter } from '../../src/hyra/rate-limit';

const BASE = 'http://hyra.test/hyra-api';
const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

function reply(status: number, body: Record<string, unknown>, headers: Record<string, string> = {}) {
  server.use(http.get(`${BASE}/thing`, () => HttpResponse.json(body, { status, headers })));
}

async function failure(promise: Promise<unknown>): Promise<HyraError> {
  try {
    await promise;
  } catch (error) {
    return error as HyraError;
  }
  throw new Error('expected a failure');
}

describe('createHyraClient', () => {
  it('sends the bearer token only when it holds one', async () => {
    const seen: (string | null)[] = [];
    server.use(
      http.get(`${BASE}/thing`, ({ request }) => {
        seen.push(request.headers.get('authorization'));
        return HttpResponse.json({ ok: true });
      }),
    );
    await createHyraClient({ baseUrl: BASE, token: 'secret-token' }).request('/thing');
    await createHyraClient({ baseUrl: BASE }).request('/thing');
    expect(seen).toEqual(['Bearer secret-token', null]);
  });

  it('builds the query string and sends JSON bodies', async () => {
    let url = '';
    let body: unknown;
    server.use(
      http.patch(`${BASE}/thing`, async ({ request }) => {
        url = request.url;
        body = await request.json();
        return new HttpResponse(null, { status: 204 });
      }),
    );
    const result = await createHyraClient({ baseUrl: `${BASE}/` }).request('/thing', {
      method: 'PATCH',
      query: { day: '2026-3-7', skip: undefined },
      body: { prop: 'host', value: '1' },
    });
    expect(url).toBe(`${BASE}/thing?day=2026-3-7`);
    expect(body).toEqual({ prop: 'host', value: '1' });
    expect(result).toBeUndefined();
  });

  it.each([
    [400, 'bad-request'],
    [401, 'unauthorized'],
    [403, 'forbidden'],
    [404, 'not-found'],
    [500, 'server'],
    [503, 'server'],
  ] as const)("maps HTTP %i to a %s error with Hyra's message", async (status, kind) => {
    reply(status, { statusCode: status, error: 'Something', message: `Hyra says ${status}` });
    const error = await failure(createHyraClient({ baseUrl: BASE }).request('/thing'));
    expect(error).toBeInstanceOf(HyraError);
    expect(error.kind).toBe(kind);
    expect(error.status).toBe(status);
    expect(error.details.hyraMessage).toBe(`Hyra says ${status}`);
  });

  it('reads 429 with Retry-After, pauses the limiter and reports how long to wait', async () => {
    let now = 1_000_000;
    const limiter = new RateLimiter({ now: () => now });
    reply(429, { statusCode: 429, error: 'Too Many Requests', message: 'slow down' }, { 'Retry-After': '7' });
    const error = await failure(
      createHyraClient({ baseUrl: BASE, limiter, now: () => now }).request('/thing'),
    );
    expect(error.kind).toBe('rate-limited');
    expect(error.details.retryAfterMs).toBe(7000);
    expect(limiter.delayBeforeNext()).toBe(7000);
    now += 7000;
    expect(limiter.delayBeforeNext()).toBe(0);
  });

  it('falls back to X-Ratelimit-Reset when a 429 has no Retry-After', async () => {
    const now = 1_000_000;
    reply(429, {}, { 'X-Ratelimit-Reset': '12' });
    const error = await failure(createHyraClient({ baseUrl: BASE, now: () => now }).request('/thing'));
    expect(error.details.retryAfterMs).toBe(12_000);
  });

  it('handles a non-JSON error body and a non-JSON success body', async () => {
    server.use(http.get(`${BASE}/thing`, () => new HttpResponse('<h1>Bad gateway</h1>', { status: 502 })));
    const error = await failure(createHyraClient({ baseUrl: BASE }).request('/thing'));
    expect(error.kind).toBe('server');
    expect(error.details.hyraMessage).toBe('<h1>Bad gateway</h1>');

    server.use(http.get(`${BASE}/thing`, () => new HttpResponse('<html>login</html>', { status: 200 })));
    const bad = await failure(createHyraClient({ baseUrl: BASE }).request('/thing'));
    expect(bad.kind).toBe('bad-response');
  });

  it('reports a network failure', async () => {
    server.use(http.get(`${BASE}/thing`, () => HttpResponse.error()));
    const error = await failure(createHyraClient({ baseUrl: BASE }).request('/thing'));
    expect(error.kind).toBe('network');
    expect(error.retryable).toBe(true);
  });

  it('times out a request that takes too long', async () => {
    server.use(
      http.get(`${BASE}/thing`, async () => {
        await new Promise((resolve) => setTimeout(resolve, 500));
        return HttpResponse.json({});
      }),
    );
    const error = await failure(createHyraClient({ baseUrl: BASE, timeoutMs: 30 }).request('/thing'));
    expect(error.kind).toBe('timeout');
  });

  it("passes the caller's abort through untouched", async () => {
    server.use(
      http.get(`${BASE}/thing`, async () => {
        await new Promise((resolve) => setTimeout(resolve, 500));
        return HttpResponse.json({});
      }),
    );
    const controller = new AbortController();
    const promise = createHyraClient({ baseUrl: BASE }).request('/thing', { signal: controller.signal });
    controller.abort(new DOMException('gone', 'AbortError'));
    const error = await failure(promise);
    expect(error).not.toBeInstanceOf(HyraError);
    expect((error as unknown as DOMException).name).toBe('AbortError');
  });

  it('sends one request for the same GET asked twice at once; one caller leaving does not stop it for the other', async () => {
    let calls = 0;
    server.use(
      http.get(`${BASE}/thing`, async () => {
        calls += 1;
        await new Promise((resolve) => setTimeout(resolve, 50));
        return HttpResponse.json({ answer: 42 });
      }),
    );
    const client = createHyraClient({ baseUrl: BASE });
    const leaving = new AbortController();
    const first = client.request('/thing', { query: { day: '2026-12-2' }, signal: leaving.signal });
    const second = client.request('/thing', { query: { day: '2026-12-2' } });
    await new Promise((resolve) => setTimeout(resolve, 10));
    leaving.abort(new DOMException('gone', 'AbortError'));
    expect(((await failure(first)) as unknown as DOMException).name).toBe('AbortError');
    await expect(second).resolves.toEqual({ answer: 42 });
    // A view that mounts, unmounts and mounts again (React's StrictMode) asks once.
    const remount = new AbortController();
    const again = failure(client.request('/thing', { signal: remount.signal }));
    await new Promise((resolve) => setTimeout(resolve, 10));
    remount.abort(new DOMException('gone', 'AbortError'));
    await expect(client.request('/thing')).resolves.toEqual({ answer: 42 });
    expect(((await again) as unknown as DOMException).name).toBe('AbortError');
    expect(calls).toBe(2);
    // Different queries are different requests; a finished one is not reused.
    await client.request('/thing', { query: { day: '2026-12-3' } });
    await client.request('/thing');
    expect(calls).toBe(4);
  });

  it('asks a token function before every request, so a forgotten token is no longer sent', async () => {
    const seen: (string | null)[] = [];
    server.use(
      http.get(`${BASE}/thing`, ({ request }) => {
        seen.push(request.headers.get('authorization'));
        return HttpResponse.json({ ok: true });
      }),
    );
    let token: string | undefined = 'typed-by-the-user';
    const client = createHyraClient({ baseUrl: BASE, token: () => token });
    await client.request('/thing');
    token = undefined;
    await client.request('/thing');
    expect(seen).toEqual(['Bearer typed-by-the-user', null]);
  });

  it.each([
    ['unreachable', 502, 'network'],
    ['timeout', 504, 'timeout'],
    ['bad-answer', 502, 'bad-response'],
  ] as const)(
    "reads the dashboard proxy's own %s answer as %s, not as Hyra's words",
    async (reason, status, kind) => {
      reply(
        status,
        { statusCode: status, error: 'Bad Gateway', message: 'Hyra could not be reached' },
        { 'X-Hyra-Proxy-Error': reason },
      );
      const error = await failure(createHyraClient({ baseUrl: BASE }).request('/thing'));
      expect(error.kind).toBe(kind);
      expect(error.status).toBe(status);
      expect(error.details.hyraMessage).toBeUndefined();
    },
  );

  it('keeps a 502 that Hyra itself sent a server error', async () => {
    reply(502, { statusCode: 502, error: 'Bad Gateway', message: 'upstream' });
    const error = await failure(createHyraClient({ baseUrl: BASE }).request('/thing'));
    expect(error.kind).toBe('server');
    expect(error.details.hyraMessage).toBe('upstream');
  });
});
