import { loadMessage, type LoadMessage } from '../../../hyra/error-messages/load';
import { cn } from '../../../lib/cn';
import { Button } from '../../../ui/button';
import { useOpenConnect } from './connect-action';

/** A failure to load sessions in words a user can act on (the `load` words of hyra/error-messages). */
export function describeError(error: Error): LoadMessage {
  return loadMessage(error);
}

export interface ErrorPanelProps {
  error: Error;
  onRetry: () => void;
  compact?: boolean;
  /** Opens the connect screen; by default the one the shell provides. */
  onReconnect?: () => void;
}

/** The error panel itself: its own chunk (see error-panel.tsx). */
export function ErrorPanelBody({ error, onRetry, compact, onReconnect }: ErrorPanelProps) {
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
