/**
 * The words for every failure: one table per situation, each in its own module so a
 * situation's words load with the screen that needs them (load.ts: loading sessions and
 * retries, on every page; connect.ts: the connection test; write.ts: a failed change).
 * Every table has an entry for every error kind: a kind added to `HyraErrorKind` fails
 * the type check until every situation says something about it. This module holds what
 * they share.
 */
import { isHyraError, type HyraError, type HyraErrorKind } from '../errors';
import { HyraParseError } from '../parse-error';

/**
 * One table of words for a situation: an entry per kind of `HyraError`, one for an answer
 * not in the expected shape (`parse`) and one for anything else (`unknown`).
 */
export type MessageTable<Message, Context = undefined> = Record<
  HyraErrorKind,
  (error: HyraError, context: Context) => Message
> & {
  parse: (error: HyraParseError, context: Context) => Message;
  unknown: (error: unknown, context: Context) => Message;
};

export function describe<Message, Context>(
  table: MessageTable<Message, Context>,
  error: unknown,
  context: Context,
): Message {
  if (error instanceof HyraParseError) return table.parse(error, context);
  if (isHyraError(error)) return table[error.kind](error, context);
  return table.unknown(error, context);
}

export const messageOf = (error: unknown) => (error instanceof Error ? error.message : undefined);
/** Hyra's own message, as a sentence of its own. */
export const hyraSaid = (error: HyraError) =>
  error.details.hyraMessage ? `Hyra said: ${error.details.hyraMessage}` : undefined;
export const httpStatus = (error: HyraError) => (error.status === undefined ? '' : ` (HTTP ${error.status})`);

/** What a `HyraError` says about itself: its `message`, for logs and the developer console. */
export const SUMMARY: Record<HyraErrorKind, string> = {
  unauthorized: 'Hyra refused the API token.',
  forbidden: 'This token has no access to that workspace or action.',
  'not-found': 'Hyra could not find that workspace or session.',
  'rate-limited': 'Too many requests to Hyra; waiting before trying again.',
  'bad-request': 'Hyra rejected the request.',
  server: 'Hyra had a problem answering.',
  network: 'Hyra could not be reached. Check your connection.',
  timeout: 'Hyra took too long to answer.',
  'bad-response': 'Hyra sent an answer that is not JSON.',
};

export function summaryFor(kind: HyraErrorKind): string {
  return SUMMARY[kind];
}
