import { isHyraError } from '../../../hyra/errors';
import { HyraParseError } from '../../../hyra/parse';
import { cn } from '../../../lib/cn';
import { Button } from '../../../ui/button';
import { useOpenConnect } from './connect-action';

export interface ErrorDescription {
  title: string;
  detail?: string;
  /** Trying again without changing anything may help. */
  retry: boolean;
  /** The fix is another token or workspace: the label of the button that opens the connect screen. */
  reconnect?: string;
}

/** A failure in words a user can act on, with Hyra's own message when it sent one. */
export function describeError(error: Error): ErrorDescription {
  if (error instanceof HyraParseError) {
    return {
      title: `Hyra's answer was not in the expected shape.`,
      detail: error.problems.slice(0, 5).join('; '),
      retry: true,
    };
  }
  if (!isHyraError(error)) return { title: 'Something went wrong.', detail: error.message, retry: true };
  const detail = error.details.hyraMessage ? `Hyra said: ${error.details.hyraMessage}` : undefined;
  const status = error.status === undefined ? '' : ` (HTTP ${error.status})`;
  switch (error.kind) {
    case 'unauthorized':
      return {
        title: 'The API token was refused. Reconnect with a valid token.',
        detail,
        retry: false,
        reconnect: 'Reconnect',
      };
    case 'forbidden':
      return {
        title: 'This token has no access to this workspace.',
        detail,
        retry: false,
        reconnect: 'Change workspace or token',
      };
    case 'not-found':
      return {
        title: 'Workspace not found. Check the workspace ID.',
        detail,
        retry: false,
        reconnect: 'Change workspace',
      };
    case 'rate-limited':
      return { title: 'Hyra asked us to slow down; waiting before trying again.', detail, retry: true };
    case 'network':
      return { title: 'Hyra could not be reached. Check your connection.', detail, retry: true };
    case 'timeout':
      return { title: 'Hyra did not answer in time.', detail, retry: true };
    case 'server':
      return { title: `Hyra had a problem answering${status}.`, detail, retry: true };
    case 'bad-response':
      return { title: `Hyra sent an answer that is not JSON${status}.`, detail, retry: true };
    default:
      return { title: `${error.message.replace(/\.$/, '')}${status}.`, detail, retry: true };
  }
}

export function ErrorPanel({
  error,
  onRetry,
  compact,
  onReconnect,
}: {
  error: Error;
  onRetry: () => void;
  compact?: boolean;
  /** Opens the connect screen; by default the one the shell provides. */
  onReconnect?: () => void;
}) {
  const { title, detail, retry, reconnect } = describeError(error);
  const openConnect = useOpenConnect();
  const reconnectAction = onReconnect ?? openConnect;
  return (
    <div
      role="alert"
      className={cn(
        'rounded-lg border border-rose-300 bg-rose-50 text-rose-950 dark:border-rose-800 dark:bg-rose-950 dark:text-rose-50',
        compact ? 'flex flex-wrap items-center gap-2 px-3 py-2 text-sm' : 'space-y-2 p-4',
      )}
    >
      <p className="font-semibold">
        {compact ? `Some days could not be loaded. ${title}` : `Sessions could not be loaded. ${title}`}
      </p>
      {detail && <p className="text-sm break-words">{detail}</p>}
      {(retry || (reconnect && reconnectAction)) && (
        <div className="flex flex-wrap gap-2">
          {reconnect && reconnectAction && (
            <Button onClick={reconnectAction} variant="primary">
              {reconnect}
            </Button>
          )}
          {retry && (
            <Button onClick={onRetry} variant="secondary">
              Try again
            </Button>
          )}
        </div>
      )}
    </div>
  );
}
