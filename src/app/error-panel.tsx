import { isHyraError } from '../hyra/errors';
import { HyraParseError } from '../hyra/schemas';
import { cn } from '../lib/cn';
import { Button } from '../ui/button';

/** A failure in words a user can act on, with Hyra's own message when it sent one. */
export function describeError(error: Error): { title: string; detail?: string; retry: boolean } {
  if (error instanceof HyraParseError) {
    return {
      title: `Hyra's answer was not in the expected shape.`,
      detail: error.problems.slice(0, 5).join('; '),
      retry: true,
    };
  }
  if (!isHyraError(error)) return { title: 'Something went wrong.', detail: error.message, retry: true };
  const detail = error.details.hyraMessage ? `Hyra said: ${error.details.hyraMessage}` : undefined;
  switch (error.kind) {
    case 'unauthorized':
      return { title: 'The API token was refused. Reconnect with a valid token.', detail, retry: false };
    case 'forbidden':
      return { title: 'This token has no access to this workspace.', detail, retry: false };
    case 'not-found':
      return { title: 'Workspace not found. Check the workspace ID.', detail, retry: false };
    case 'rate-limited':
      return { title: 'Hyra asked us to slow down; waiting before trying again.', detail, retry: true };
    default:
      return { title: error.message, detail, retry: true };
  }
}

export function ErrorPanel({
  error,
  onRetry,
  compact,
}: {
  error: Error;
  onRetry: () => void;
  compact?: boolean;
}) {
  const { title, detail, retry } = describeError(error);
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
      {retry && (
        <Button onClick={onRetry} variant="secondary">
          Try again
        </Button>
      )}
    </div>
  );
}
