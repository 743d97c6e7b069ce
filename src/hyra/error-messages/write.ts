/** The words for a change Hyra did not take. */
import type { HyraError } from '../errors';
import { describe, messageOf, SUMMARY, type MessageTable } from './shared';

/** Hyra's own message, quoted, after a sentence of ours. */
const quoted = (error: HyraError) =>
  error.details.hyraMessage ? ` Hyra said: "${error.details.hyraMessage}".` : '';

const WRITE: MessageTable<string> = {
  forbidden: (error) => `You do not have permission to do this.${quoted(error)}`,
  unauthorized: (error) => `The API token was refused.${quoted(error)}`,
  'not-found': (error) => `The session or server no longer exists.${quoted(error)}`,
  'rate-limited': () => 'Too many requests to Hyra; try again in a moment.',
  'bad-request': (error) =>
    error.details.hyraMessage ? `Hyra said: "${error.details.hyraMessage}".` : 'Hyra rejected the change.',
  server: (error) => `${SUMMARY.server}${quoted(error)}`,
  network: (error) => `${SUMMARY.network}${quoted(error)}`,
  timeout: (error) => `${SUMMARY.timeout}${quoted(error)}`,
  'bad-response': (error) => `${SUMMARY['bad-response']}${quoted(error)}`,
  parse: (error) => error.message,
  unknown: (error) => messageOf(error) ?? String(error),
};

/** Why a write failed, in words: Hyra's own message when it gave one. */
export function writeMessage(error: unknown): string {
  return describe(WRITE, error, undefined);
}
