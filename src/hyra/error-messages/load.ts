/** The words for a load of sessions that failed, and for a retry under way. */
import type { HyraErrorKind } from '../errors';
import { describe, hyraSaid, httpStatus, messageOf, type MessageTable } from './shared';

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
