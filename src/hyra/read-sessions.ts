/**
 * Reading a sessions answer, the part that can run in a Worker: bytes in, a parsed
 * `SessionsPage` out, in messages small enough that taking each one in on the main thread
 * is a short task. The same functions run on the main thread when there is no Worker
 * (tests, jsdom) or the answer is small (see body-reader.ts).
 */
import { parseSessionFast, whySessionRejected } from './fast-parse';
import { HyraParseError, parseSessionsPage, type DroppedSession, type SessionsPage } from './parse';
import type { Session } from './schemas';

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

/** One step of reading an answer: a part of its sessions, or the rest of the page once all are read. */
export type ReadStep =
  | { type: 'part'; sessions: Session[] }
  | { type: 'done'; page: Omit<SessionsPage, 'sessions'>; total: number };

/**
 * Reads an answer a step at a time: the first step decodes and parses the JSON (throwing
 * `NotJsonError` or `HyraParseError`), each step then reads `SESSIONS_PER_PART` sessions, and
 * the last one gives the rest of the page. What the parts add up to is exactly
 * `parseSessionsPage` of the answer (test/hyra/body-reader.test.ts).
 */
export function* readSteps(body: ArrayBuffer | string): Generator<ReadStep, void, undefined> {
  const json = readJson(body);
  // The envelope (permissions, week start, the shape of `events`) as parse.ts reads it.
  const envelope = json as { events?: unknown } | undefined;
  const hasEvents = typeof envelope === 'object' && envelope !== null && Array.isArray(envelope.events);
  const events = hasEvents ? (envelope.events as unknown[]) : [];
  const head = parseSessionsPage(hasEvents ? { ...envelope, events: [] } : json);
  const dropped: DroppedSession[] = [];
  let part: Session[] = [];
  let total = 0;
  for (const [index, value] of events.entries()) {
    const session = parseSessionFast(value);
    if (session) {
      part.push(session);
      total += 1;
      if (part.length === SESSIONS_PER_PART) {
        yield { type: 'part', sessions: part };
        part = [];
      }
      continue;
    }
    const rawId = typeof value === 'object' && value !== null ? (value as { _id?: unknown })._id : undefined;
    dropped.push({
      index,
      id: typeof rawId === 'string' ? rawId : undefined,
      problem: `events[${index}]${whySessionRejected(value)}`,
    });
  }
  if (part.length > 0) yield { type: 'part', sessions: part };
  yield { type: 'done', page: { ...head, dropped }, total };
}

/**
 * The Worker's way: reads one request and posts its replies as it goes, a part as soon as its
 * sessions are read, so the page takes in the first parts while the worker reads the rest.
 */
export function readInParts({ id, body }: ReadRequest, post: (reply: ReadReply) => void): void {
  try {
    for (const step of readSteps(body)) {
      // Parts go as JSON text: the page reads it back with JSON.parse several times faster
      // than it takes the same objects in by structured clone.
      if (step.type === 'part') post({ id, type: 'part', sessions: JSON.stringify(step.sessions) });
      else post({ id, ...step });
    }
  } catch (error) {
    if (error instanceof NotJsonError) return post({ id, type: 'not-json', sample: error.sample });
    if (error instanceof HyraParseError)
      return post({ id, type: 'bad-shape', what: error.what, problems: error.problems });
    return post({ id, type: 'failed', message: error instanceof Error ? error.message : String(error) });
  }
}

/** Main-thread work between two hand-backs to the page, in the reading of a big answer here. */
export const SLICE_MS = 16;

/** A task later: `scheduler.yield()` where the browser has it (it keeps the reading's place in line), else a timer. */
export function nextTask(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return scheduler?.yield ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * The page's way: reads an answer here, handing the main thread back (`yieldToPage`) between
 * parts once `SLICE_MS` of reading has gone by, so that reading a 9 MB week is the parse of
 * its JSON and then short tasks, not one long one. A small answer is read in one go.
 */
export async function readSessionsHere(
  body: ArrayBuffer | string,
  { yieldToPage = nextTask, now = () => performance.now() } = {},
): Promise<SessionsPage> {
  const sessions: Session[] = [];
  let sliceStart = now();
  for (const step of readSteps(body)) {
    if (step.type === 'done') return { ...step.page, sessions };
    for (const session of step.sessions) sessions.push(session);
    if (now() - sliceStart > SLICE_MS) {
      await yieldToPage();
      sliceStart = now();
    }
  }
  throw new Error('The sessions answer ended without its last step');
}

/** The replies for one request, in the order they are posted. */
export function readReplies(request: ReadRequest): ReadReply[] {
  const replies: ReadReply[] = [];
  readInParts(request, (reply) => replies.push(reply));
  return replies;
}
