/**
 * Reading a sessions answer, the part that can run in a Worker: bytes in, a parsed
 * `SessionsPage` out, in messages small enough that taking each one in on the main thread
 * is a short task. The same functions run on the main thread when there is no Worker
 * (tests, jsdom) or the answer is small (see body-reader.ts).
 */
import { parseSessionFast, whySessionRejected } from './fast-parse';
import { HyraParseError, parseSessionsPage, type DroppedSession, type SessionsPage } from './parse';
import type { Session } from './schemas';

/** Answers at least this big are read in the Worker (a day of 5,000 sessions is about 1.1 MB). */
export const WORKER_MIN_BYTES = 512 * 1024;

/** Sessions per message back to the page: a few milliseconds of structured-clone reading each. */
export const SESSIONS_PER_PART = 200;

/** What the page sends: the answer's bytes (transferred, not copied). */
export interface ReadRequest {
  id: number;
  body: ArrayBuffer;
}

/** What comes back: the sessions in parts, then the rest of the page, or an error. */
export type ReadReply =
  | { id: 0; type: 'ready' }
  | { id: number; type: 'part'; sessions: string }
  | { id: number; type: 'done'; page: Omit<SessionsPage, 'sessions'>; total: number }
  | { id: number; type: 'not-json'; sample: string }
  | { id: number; type: 'bad-shape'; what: string; problems: string[] }
  | { id: number; type: 'failed'; message: string };

/** An answer that is not JSON: what `client.ts` turns into a `bad-response` error. */
export class NotJsonError extends Error {
  override readonly name = 'NotJsonError';
  constructor(
    /** The start of the body, for the error's details. */
    readonly sample: string,
  ) {
    super('The answer was not JSON');
  }
}

const decoder = new TextDecoder();

/** Bytes to a parsed page, throwing `NotJsonError` or `HyraParseError`. */
export function readSessionsBody(body: ArrayBuffer | string): SessionsPage {
  const text = typeof body === 'string' ? body : decoder.decode(body);
  // An empty answer is read as JSON.parse-less `undefined`, as client.ts reads one: a shape error.
  if (text.trim() === '') return parseSessionsPage(undefined);
  let json: unknown;
  try {
    json = JSON.parse(text) as unknown;
  } catch {
    throw new NotJsonError(text.slice(0, 200));
  }
  return parseSessionsPage(json);
}

/** The text of a sessions answer as JSON, throwing `NotJsonError` (undefined when empty, as client.ts reads it). */
function readJson(body: ArrayBuffer | string): unknown {
  const text = typeof body === 'string' ? body : decoder.decode(body);
  if (text.trim() === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new NotJsonError(text.slice(0, 200));
  }
}

/**
 * Reads one request and posts its replies as it goes: a part as soon as its sessions are
 * read, so the page takes in the first parts while the worker reads the rest. What the parts
 * add up to is exactly `parseSessionsPage` of the answer (test/hyra/body-reader.test.ts).
 */
export function readInParts({ id, body }: ReadRequest, post: (reply: ReadReply) => void): void {
  let events: unknown[];
  let head: SessionsPage;
  try {
    const json = readJson(body);
    // The envelope (permissions, week start, the shape of `events`) as parse.ts reads it.
    const envelope = json as { events?: unknown } | undefined;
    const hasEvents = typeof envelope === 'object' && envelope !== null && Array.isArray(envelope.events);
    events = hasEvents ? (envelope.events as unknown[]) : [];
    head = parseSessionsPage(hasEvents ? { ...envelope, events: [] } : json);
  } catch (error) {
    if (error instanceof NotJsonError) return post({ id, type: 'not-json', sample: error.sample });
    if (error instanceof HyraParseError)
      return post({ id, type: 'bad-shape', what: error.what, problems: error.problems });
    return post({ id, type: 'failed', message: error instanceof Error ? error.message : String(error) });
  }
  const dropped: DroppedSession[] = [];
  let part: Session[] = [];
  // As JSON text: the page reads it back with JSON.parse several times faster than it takes
  // the same objects in by structured clone.
  const flush = () => {
    if (part.length > 0) post({ id, type: 'part', sessions: JSON.stringify(part) });
    part = [];
  };
  let total = 0;
  events.forEach((value, index) => {
    const session = parseSessionFast(value);
    if (session) {
      part.push(session);
      total += 1;
      if (part.length === SESSIONS_PER_PART) flush();
      return;
    }
    const rawId = typeof value === 'object' && value !== null ? (value as { _id?: unknown })._id : undefined;
    dropped.push({
      index,
      id: typeof rawId === 'string' ? rawId : undefined,
      problem: `events[${index}]${whySessionRejected(value)}`,
    });
  });
  flush();
  post({ id, type: 'done', page: { ...head, dropped }, total });
}

/** The replies for one request, in the order they are posted. */
export function readReplies(request: ReadRequest): ReadReply[] {
  const replies: ReadReply[] = [];
  readInParts(request, (reply) => replies.push(reply));
  return replies;
}
