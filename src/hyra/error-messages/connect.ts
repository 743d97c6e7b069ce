/** The words for a connection test that failed. */
import { formatClock } from '../../lib/format';
import { describe, hyraSaid, messageOf, type MessageTable } from './shared';

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
