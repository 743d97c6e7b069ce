/**
 * The Worker that reads big sessions answers off the main thread (body-reader.ts starts it):
 * decode, JSON.parse, the hand-written readers, the sessions going back in parts as they are read.
 */
import { readInParts, type ReadReply, type ReadRequest } from './read-sessions';

/** The worker's global scope, as much of it as is used (the project's types are the page's). */
const scope = self as unknown as {
  postMessage(reply: ReadReply): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<ReadRequest>) => void): void;
};

scope.addEventListener('message', (event) => {
  readInParts(event.data, (reply) => scope.postMessage(reply));
});
scope.postMessage({ id: 0, type: 'ready' });
