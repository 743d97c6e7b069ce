import { isHyraError } from '../../../hyra/errors';
import { HyraParseError } from '../../../hyra/parse';
import { formatClock } from '../../../lib/format';

/**
 * A failed connection test in words: what went wrong and what to do about it.
 * `serverHasToken`: the token that was refused is the server's, not one the user typed.
 */
export function describeConnectionFailure(
  error: unknown,
  context: { workspaceId: string; serverHasToken: boolean; hour12?: boolean },
): { title: string; detail?: string } {
  if (error instanceof HyraParseError) {
    return {
      title: 'Hyra answered, but not with sessions in the expected shape.',
      detail: error.problems.slice(0, 3).join('; '),
    };
  }
  if (!isHyraError(error)) {
    return {
      title: 'The connection test failed.',
      detail: error instanceof Error ? error.message : undefined,
    };
  }
  const said = error.details.hyraMessage ? `Hyra said: ${error.details.hyraMessage}` : undefined;
  switch (error.kind) {
    case 'unauthorized':
      return context.serverHasToken
        ? {
            title: "Hyra refused the server's API token.",
            detail: 'Whoever runs this dashboard should check HYRA_API_TOKEN.',
          }
        : {
            title: 'Hyra refused this token.',
            detail: 'Copy the whole key again from Workspace Settings → Developer API in Hyra.',
          };
    case 'forbidden':
      return {
        title: `This token has no access to the workspace ${context.workspaceId}.`,
        detail: said ?? 'Use a token made in that workspace.',
      };
    case 'not-found':
      return {
        title: `Hyra found no workspace ${context.workspaceId}.`,
        detail: said ?? 'Check the workspace ID.',
      };
    case 'network':
      return {
        title: 'Hyra could not be reached.',
        detail:
          'Check your connection. If it works, the dashboard’s server may not reach Hyra (HYRA_API_URL).',
      };
    case 'timeout':
      return { title: 'Hyra did not answer in time.', detail: 'Try again in a moment.' };
    case 'rate-limited': {
      const wait = error.details.retryAfterMs ?? 60_000;
      return {
        title: `Hyra asked us to slow down. Try again after ${formatClock(Date.now() + wait, context.hour12 ?? false, true)}.`,
      };
    }
    case 'server':
      return {
        title: `Hyra had a problem answering (HTTP ${error.status ?? 500}).`,
        detail: said ?? 'Try again in a moment.',
      };
    case 'bad-response':
      return {
        title: 'Hyra answered with something that is not JSON.',
        detail: 'The server’s HYRA_API_URL may point at the wrong address.',
      };
    default:
      return {
        title: `Hyra rejected the request (HTTP ${error.status ?? 400}).`,
        detail: said ?? 'In range mode, try day mode: its parameters are the ones known to work.',
      };
  }
}
