import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createSessionsReader, readSessions, type WorkerLike } from '../../src/hyra/body-reader';
import { createHyraClient } from '../../src/hyra/client';
import { HyraError } from '../../src/hyra/errors';
import { HyraParseError, parseSessionsPage } from '../../src/hyra/parse';
import {
  NotJsonError,
  readReplies,
  readSessionsHere,
  SESSIONS_PER_PART,
  SLICE_MS,
  type ReadReply,
  type ReadRequest,
} from '../../src/hyra/read-sessions';
import { rawSession } from '../factories';

const encode = (value: unknown) => new TextEncoder().encode(JSON.stringify(value)).buffer as ArrayBuffer;

function answer(count: number) {
  return {
    events: Array.from({ length: count }, (_, i) =>
      rawSession({ _id: `s${i}`, start: `2026-03-${String(1 + (i % 28)).padStart(2, '0')}T10:00:00Z` }),
    ),
    permissions: { assign_roles: true, host_quota: 3 },
    week_starts_on: 'Monday',
  };
}

/** A Worker stand-in that runs the worker's own code (`readReplies`) a task later. */
function fakeWorker({ fails = false } = {}) {
  const target = new EventTarget();
  const received: ReadRequest[] = [];
  const send = (reply: ReadReply) => target.dispatchEvent(new MessageEvent('message', { data: reply }));
  setTimeout(() => (fails ? target.dispatchEvent(new Event('error')) : send({ id: 0, type: 'ready' })));
  const worker = {
    received,
    postMessage(message: ReadRequest) {
      received.push(message);
      setTimeout(() => readReplies(message).forEach(send));
    },
    addEventListener: (type: string, listener: (event: never) => void) =>
      target.addEventListener(type, listener as EventListener),
  };
  return worker as WorkerLike & { received: ReadRequest[] };
}

describe('createSessionsReader', () => {
  it('reads a big answer in the worker, its sessions back in parts, as the page would read it', async () => {
    const worker = fakeWorker();
    const reader = createSessionsReader({ createWorker: () => worker });
    const body = answer(SESSIONS_PER_PART * 2 + 17);
    const expected = parseSessionsPage(body);

    const page = await reader.read(encode(body));

    expect(worker.received).toHaveLength(1);
    expect(readReplies(worker.received[0]!).filter((reply) => reply.type === 'part')).toHaveLength(3);
    expect(page).toEqual(expected);
    expect(page.sessions.map((session) => session._id)).toEqual(body.events.map((event) => event._id));
    expect(page.weekStartsOn).toBe('monday');
    expect(page.permissions.host_quota).toBe(3);
  });

  it('drops and explains the sessions parse.ts would drop, at their places in the answer', async () => {
    const body = answer(SESSIONS_PER_PART + 3);
    const mangled = {
      ...body,
      events: [
        ...body.events.slice(0, 5),
        { _id: 'no-start' },
        'text',
        ...body.events.slice(5),
        { start: '2026-03-02T10:00:00Z' },
      ],
    };
    const reader = createSessionsReader({ createWorker: () => fakeWorker() });

    const page = await reader.read(encode(mangled));

    expect(page).toEqual(parseSessionsPage(mangled));
    expect(page.dropped.map((item) => item.problem)).toEqual([
      'events[5].start: expected an ISO date-time with offset',
      'events[6]: expected an object, received string',
      `events[${mangled.events.length - 1}]._id: expected a non-empty string or number`,
    ]);
  });

  it('reads here when the worker cannot start, and does not try it again', async () => {
    const createWorker = vi.fn(() => fakeWorker({ fails: true }));
    const reader = createSessionsReader({ createWorker });

    expect((await reader.read(encode(answer(5)))).sessions).toHaveLength(5);
    expect((await reader.read(encode(answer(2)))).sessions).toHaveLength(2);
    expect(createWorker).toHaveBeenCalledTimes(1);
  });

  it('reads here where there is no Worker at all (jsdom)', async () => {
    const reader = createSessionsReader();
    expect((await reader.read(encode(answer(4)))).sessions).toHaveLength(4);
  });

  it('passes on what the worker finds wrong: not JSON, or not a sessions answer', async () => {
    const reader = createSessionsReader({ createWorker: () => fakeWorker() });

    await expect(reader.read(new TextEncoder().encode('<html>oops</html>').buffer)).rejects.toEqual(
      new NotJsonError('<html>oops</html>'),
    );
    const shape = reader.read(encode({ events: 'none' }));
    await expect(shape).rejects.toBeInstanceOf(HyraParseError);
    await expect(shape).rejects.toThrow(/events: expected an array/);
  });
});

describe('readSessionsHere', () => {
  /** A clock where every reading of it moves on by `step` ms. */
  const ticking = (step: number) => {
    let t = 0;
    return () => (t += step);
  };

  it('hands the page back between parts once a slice of time has gone, and reads what parse.ts reads', async () => {
    const body = answer(SESSIONS_PER_PART * 3 + 5);
    const yieldToPage = vi.fn(() => Promise.resolve());

    const page = await readSessionsHere(encode(body), { yieldToPage, now: ticking(SLICE_MS + 1) });

    expect(page).toEqual(parseSessionsPage(body));
    // After each of the four parts: the first with the JSON's parse, the last one short.
    expect(yieldToPage).toHaveBeenCalledTimes(4);
  });

  it('reads a small answer in one go', async () => {
    const yieldToPage = vi.fn(() => Promise.resolve());

    const page = await readSessionsHere(encode(answer(SESSIONS_PER_PART * 2)), {
      yieldToPage,
      now: ticking(1),
    });

    expect(page.sessions).toHaveLength(SESSIONS_PER_PART * 2);
    expect(yieldToPage).not.toHaveBeenCalled();
  });

  it('throws what the reading finds wrong before reading any session', async () => {
    await expect(readSessionsHere(new TextEncoder().encode('oops').buffer)).rejects.toEqual(
      new NotJsonError('oops'),
    );
    await expect(readSessionsHere(encode({ events: 3 }))).rejects.toBeInstanceOf(HyraParseError);
  });
});

describe('reading sessions answers through the client', () => {
  const BASE = 'http://hyra.test/hyra-api';
  const server = setupServer();
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterEach(() => server.resetHandlers());
  afterAll(() => server.close());

  it('returns the sessions page read from the answer', async () => {
    server.use(http.get(`${BASE}/sessions`, () => HttpResponse.json(answer(2))));
    const client = createHyraClient({ baseUrl: BASE });

    const page = await client.request('/sessions', { read: 'sessions' });

    expect(page).toEqual(parseSessionsPage(answer(2)));
  });

  it('turns an answer that is not JSON into a bad-response error with its start', async () => {
    server.use(http.get(`${BASE}/sessions`, () => new HttpResponse('<html>proxy page</html>')));
    const client = createHyraClient({ baseUrl: BASE });

    const error = await client.request('/sessions', { read: 'sessions' }).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(HyraError);
    expect(error).toMatchObject({ kind: 'bad-response', status: 200 });
    expect((error as HyraError).details.hyraMessage).toBe('<html>proxy page</html>');
  });

  it('says the same of a big answer read by the worker', async () => {
    const error = await readSessions(new TextEncoder().encode('<html>big</html>').buffer, 200).catch(
      (e: unknown) => e,
    );

    expect(error).toBeInstanceOf(HyraError);
    expect(error).toMatchObject({ kind: 'bad-response', status: 200 });
    expect((error as HyraError).details.hyraMessage).toBe('<html>big</html>');
  });
});
