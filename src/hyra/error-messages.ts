/**
 * The words for every failure, in one place: one table per situation (a load of sessions,
 * a connection test, a write, a retry under way), each with an entry for every error kind.
 * A kind added to `HyraErrorKind` fails the type check here until every situation says
 * something about it.
 */
import { formatClock } from '../lib/format';
import { isHyraError, type HyraError, type HyraErrorKind } from './errors';
import { HyraParseError } from './parse';

/**
 * One table of words for a situation: an entry per kind of `HyraError`, one for an answer
 * not in the expected shape (`parse`) and one for anything else (`unknown`).
 */
type MessageTable<Message, Context = undefined> = Record<
  HyraErrorKind,
  (error: HyraError, context: Context) => Message
> & {
  parse: (error: HyraParseError, context: Context) => Message;
  unknown: (error: unknown, context: Context) => Message;
};

function describe<Message, Context>(
  table: MessageTable<Message, Context>,
  error: unknown,
  context: Context,
): Message {
  if (error instanceof HyraParseError) return table.parse(error, context);
  if (isHyraError(error)) return table[error.kind](error, context);
  return table.unknown(error, context);
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : undefined);
/** Hyra's own message, as a sentence of its own. */
const hyraSaid = (error: HyraError) =>
  error.details.hyraMessage ? `Hyra said: ${error.details.hyraMessage}` : undefined;
const httpStatus = (error: HyraError) => (error.status === undefined ? '' : ` (HTTP ${error.status})`);

/** What a `HyraError` says about itself: its `message`, for logs and the developer console. */
const SUMMARY: Record<HyraErrorKind, string> = {
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

/** Sessions could not be loaded: what went wrong, and whether retrying or reconnecting helps. */
export interface LoadMessage {
  title: string;
  detail?: string;
  /** Trying again without changing anything may help. */
  retry: boolean;
  /** The fix is another token or workspace: the label of the button that opens the connect screen. */
  reconnect?: string;
}

const LOAD: MessageTable<LoadMessage> = {
  unauthorized: (error) => ({
    title: 'The API token was refused. Reconnect with a valid token.',
    detail: hyraSaid(error),
    retry: false,
    reconnect: 'Reconnect',
  }),
  forbidden: (error) => ({
    title: 'This token has no access to this workspace.',
    detail: hyraSaid(error),
    retry: false,
    reconnect: 'Change workspace or token',
  }),
  'not-found': (error) => ({
    title: 'Workspace not found. Check the workspace ID.',
    detail: hyraSaid(error),
    retry: false,
    reconnect: 'Change workspace',
  }),
  'rate-limited': (error) => ({
    title: 'Hyra asked us to slow down; waiting before trying again.',
    detail: hyraSaid(error),
    retry: true,
  }),
  network: (error) => ({
    title: 'Hyra could not be reached. Check your connection.',
    detail: hyraSaid(error),
    retry: true,
  }),
  timeout: (error) => ({ title: 'Hyra did not answer in time.', detail: hyraSaid(error), retry: true }),
  server: (error) => ({
    title: `Hyra had a problem answering${httpStatus(error)}.`,
    detail: hyraSaid(error),
    retry: true,
  }),
  'bad-response': (error) => ({
    title: `Hyra sent an answer that is not JSON${httpStatus(error)}.`,
    detail: hyraSaid(error),
    retry: true,
  }),
  'bad-request': (error) => ({
    title: `Hyra rejected the request${httpStatus(error)}.`,
    detail: hyraSaid(error),
    retry: true,
  }),
  parse: (error) => ({
    title: `Hyra's answer was not in the expected shape.`,
    detail: error.problems.slice(0, 5).join('; '),
    retry: true,
  }),
  unknown: (error) => ({ title: 'Something went wrong.', detail: messageOf(error), retry: true }),
};

/** A failure to load sessions in words a user can act on, with Hyra's own message when it sent one. */
export function loadMessage(error: unknown): LoadMessage {
  return describe(LOAD, error, undefined);
}

/** A failed connection test: what went wrong and what to do about it. */
export interface ConnectMessage {
  title: string;
  detail?: string;
}

export interface ConnectContext {
  workspaceId: string;
  /** The token that was refused is the server's, not one the user typed. */
  serverHasToken: boolean;
  hour12?: boolean;
}

const CONNECT: MessageTable<ConnectMessage, ConnectContext> = {
  unauthorized: (_error, { serverHasToken }) =>
    serverHasToken
      ? {
          title: "Hyra refused the server's API token.",
          detail: 'Whoever runs this dashboard should check HYRA_API_TOKEN.',
        }
      : {
          title: 'Hyra refused this token.',
          detail: 'Copy the whole key again from Workspace Settings → Developer API in Hyra.',
        },
  forbidden: (error, { workspaceId }) => ({
    title: `This token has no access to the workspace ${workspaceId}.`,
    detail: hyraSaid(error) ?? 'Use a token made in that workspace.',
  }),
  'not-found': (error, { workspaceId }) => ({
    title: `Hyra found no workspace ${workspaceId}.`,
    detail: hyraSaid(error) ?? 'Check the workspace ID.',
  }),
  network: () => ({
    title: 'Hyra could not be reached.',
    detail: 'Check your connection. If it works, the dashboard’s server may not reach Hyra (HYRA_API_URL).',
  }),
  timeout: () => ({ title: 'Hyra did not answer in time.', detail: 'Try again in a moment.' }),
  'rate-limited': (error, { hour12 }) => ({
    title: `Hyra asked us to slow down. Try again after ${formatClock(
      Date.now() + (error.details.retryAfterMs ?? 60_000),
      hour12 ?? false,
      true,
    )}.`,
  }),
  server: (error) => ({
    title: `Hyra had a problem answering (HTTP ${error.status ?? 500}).`,
    detail: hyraSaid(error) ?? 'Try again in a moment.',
  }),
  'bad-response': () => ({
    title: 'Hyra answered with something that is not JSON.',
    detail: 'The server’s HYRA_API_URL may point at the wrong address.',
  }),
  'bad-request': (error) => ({
    title: `Hyra rejected the request (HTTP ${error.status ?? 400}).`,
    detail: hyraSaid(error) ?? 'In range mode, try day mode: its parameters are the ones known to work.',
  }),
  parse: (error) => ({
    title: 'Hyra answered, but not with sessions in the expected shape.',
    detail: error.problems.slice(0, 3).join('; '),
  }),
  unknown: (error) => ({ title: 'The connection test failed.', detail: messageOf(error) }),
};

export function connectMessage(error: unknown, context: ConnectContext): ConnectMessage {
  return describe(CONNECT, error, context);
}

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

const notProperly = () => 'Hyra did not answer properly; trying again…';

/** A request failed and is being tried again: the status line while it is. */
const RETRYING: Record<HyraErrorKind, (status?: number) => string> = {
  timeout: () => 'Hyra did not answer in time; trying again…',
  network: () => 'Hyra could not be reached; trying again…',
  server: (status) => `Hyra had a problem answering${status ? ` (HTTP ${status})` : ''}; trying again…`,
  'rate-limited': notProperly,
  unauthorized: notProperly,
  forbidden: notProperly,
  'not-found': notProperly,
  'bad-request': notProperly,
  'bad-response': notProperly,
};

export function retryingMessage(kind: HyraErrorKind, status?: number): string {
  return RETRYING[kind](status);
}
