import { isHyraError } from '../../../hyra/errors';

/** Why a write failed, in words: Hyra's own message when it gave one. */
export function describeWriteError(error: Error): string {
  if (!isHyraError(error)) return error.message;
  const said = error.details.hyraMessage ? ` Hyra said: "${error.details.hyraMessage}".` : '';
  switch (error.kind) {
    case 'forbidden':
      return `You do not have permission to do this.${said}`;
    case 'unauthorized':
      return `The API token was refused.${said}`;
    case 'not-found':
      return `The session or server no longer exists.${said}`;
    case 'rate-limited':
      return 'Too many requests to Hyra; try again in a moment.';
    case 'bad-request':
      return error.details.hyraMessage
        ? `Hyra said: "${error.details.hyraMessage}".`
        : 'Hyra rejected the change.';
    default:
      return `${error.message}${said}`;
  }
}
