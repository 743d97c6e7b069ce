/**
 * How client.ts reads answers (it loads this module with the first client, not with the
 * page). A big sessions answer is read in a Worker, so that decoding, JSON.parse and the
 * readers of a 49 MB month (about 400 ms) do not hold the main thread; the worker hands the
 * sessions back in parts of `SESSIONS_PER_PART`, each taken in by the page as a short task of
 * its own. A smaller answer, or any where there is no Worker (tests, jsdom) or it cannot start,
 * is read right here, in slices that hand the main thread back (`readSessionsHere`).
 */
import { summaryFor } from './error-messages/shared';
import { HyraError } from './errors';
import { shareTexts } from './fast-parse';
import { HyraParseError, type SessionsPage } from './parse';

export { parseErrorMessage } from './parse';
import { NotJsonError, readSessionsHere, type ReadReply, type ReadRequest } from './read-sessions';
import type { Session } from './schemas';

/** The part of a Worker this needs, so a test can hand in a fake one. */
export interface WorkerLike {
  postMessage(message: ReadRequest, transfer: Transferable[]): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<ReadReply>) => void): void;
  addEventListener(type: 'error', listener: (event: Event) => void): void;
}

export interface SessionsReader {
  /** Reads the bytes of a successful answer (handed over, not copied): throws `NotJsonError` or `HyraParseError`. */
  read(body: ArrayBuffer): Promise<SessionsPage>;
  /** Starts the Worker ahead of the first big answer (range mode). */
  warm(): void;
}

function defaultWorker(): WorkerLike | undefined {
  if (typeof Worker === 'undefined') return undefined;
  return new Worker(new URL('./read-sessions.worker.ts', import.meta.url), {
    type: 'module',
    name: 'read-sessions',
  }) as WorkerLike;
}

interface Waiting {
  sessions: Session[];
  resolve: (page: SessionsPage) => void;
  reject: (error: unknown) => void;
}

export function createSessionsReader({
  createWorker = defaultWorker,
}: { createWorker?: () => WorkerLike | undefined } = {}): SessionsReader {
  /** The worker once it has said it is ready; undefined when it could not start. */
  let ready: Promise<WorkerLike | undefined> | undefined;
  let nextId = 1;
  const waiting = new Map<number, Waiting>();

  function onReply({ data }: MessageEvent<ReadReply>) {
    const entry = waiting.get(data.id);
    if (!entry || data.type === 'ready') return;
    if (data.type === 'part') {
      // Parsed again here, the part's texts are new copies: kept once, as the readers keep them.
      for (const session of JSON.parse(data.sessions) as Session[]) entry.sessions.push(shareTexts(session));
      return;
    }
    waiting.delete(data.id);
    if (data.type === 'done') entry.resolve({ ...data.page, sessions: entry.sessions });
    else if (data.type === 'not-json') entry.reject(new NotJsonError(data.sample));
    else if (data.type === 'bad-shape') entry.reject(new HyraParseError(data.what, data.problems));
    else entry.reject(new Error(data.message));
  }

  /**
   * Starts the worker once. Nothing is handed to it before it has said it is ready, so a
   * worker that cannot load (a blocked script, an old browser) costs no answer: the bytes
   * are then read here.
   */
  function start(): Promise<WorkerLike | undefined> {
    ready ??= new Promise((resolve) => {
      let worker: WorkerLike | undefined;
      try {
        worker = createWorker();
      } catch {
        worker = undefined;
      }
      if (!worker) return resolve(undefined);
      const started = worker;
      started.addEventListener('message', (event) => {
        if (event.data.type === 'ready') resolve(started);
        else onReply(event);
      });
      started.addEventListener('error', () => {
        resolve(undefined);
        ready = Promise.resolve(undefined);
        const failed = [...waiting.values()];
        waiting.clear();
        for (const entry of failed) entry.reject(new Error('The sessions reader stopped'));
      });
    });
    return ready;
  }

  return {
    warm() {
      void start();
    },
    async read(body) {
      const target = await start();
      if (!target) return readSessionsHere(body);
      const id = nextId++;
      return new Promise<SessionsPage>((resolve, reject) => {
        waiting.set(id, { sessions: [], resolve, reject });
        target.postMessage({ id, body }, [body]);
      });
    },
  };
}

let shared: SessionsReader | undefined;

/** The one reader (and Worker) of the page, for every client. */
export function sharedSessionsReader(): SessionsReader {
  return (shared ??= createSessionsReader());
}

/**
 * Sessions answers at least this big are read in the Worker. Below it, reading here is faster
 * to paint and short enough: a month of 1,000 sessions (9.7 MB) takes about 50 ms to parse
 * here (then its sessions are read in slices), while the trip through the worker added 100
 * to 250 ms before the month could be drawn (docs/PERFORMANCE.md). A month of 5,000 sessions in one answer is 49 MB: JSON.parse alone
 * is about 180 ms of it.
 */
export const WORKER_MIN_BYTES = 16_000_000;

/** client.ts's way in: the bytes of a successful sessions answer, as a page. */
export async function readSessions(bytes: ArrayBuffer, status: number): Promise<SessionsPage> {
  try {
    return bytes.byteLength >= WORKER_MIN_BYTES && typeof Worker !== 'undefined'
      ? await sharedSessionsReader().read(bytes)
      : await readSessionsHere(bytes);
  } catch (error) {
    if (!(error instanceof NotJsonError)) throw error;
    throw new HyraError('bad-response', summaryFor('bad-response'), { status, hyraMessage: error.sample });
  }
}
