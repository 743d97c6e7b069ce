import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import type { DisplayContext } from '../../../hyra/display-context';
import { useApi } from '../../../hyra/api-context';
import { isHyraError } from '../../../hyra/errors';
import { httpLink, logsQueries, type LogEntry } from '../../../hyra/logs';
import { holderName } from '../../../hyra/selectors';
import { dayInZone } from '../../../lib/days';
import { formatDay, formatTime } from '../../../lib/format';
import { Button } from '../../../ui/button';

const URL_PATTERN = /(https?:\/\/[^\s"'<>]+)/g;

/** Text with its http(s) addresses as links; nothing else becomes one. */
function Linked({ text }: { text: string }) {
  return text.split(URL_PATTERN).map((part, i) => {
    const href = i % 2 === 1 ? httpLink(part) : undefined;
    return href ? (
      <a key={i} href={href} target="_blank" rel="noopener noreferrer" className="underline break-all">
        {part}
      </a>
    ) : (
      part
    );
  });
}

function Entry({ entry, context }: { entry: LogEntry; context: DisplayContext }) {
  const actor =
    entry.actor?.name ?? (entry.actor?.id && holderName({ id: entry.actor.id }, context.directory).primary);
  const username = entry.actor?.name ? entry.actor.username : undefined;
  return (
    <li className="py-1.5 text-sm">
      {entry.at !== undefined && (
        <time
          dateTime={new Date(entry.at).toISOString()}
          className="mr-2 text-slate-600 tabular-nums dark:text-slate-300"
        >
          {formatDay(dayInZone(entry.at, context.zone), 'short')}{' '}
          {formatTime(entry.at, context.zone, context.hour12)}
        </time>
      )}
      {/* Each string from Hyra in its own isolate, with real spaces between them: a
          right-to-left name cannot carry the username or the action along with it. */}
      {actor && <bdi className="font-medium">{actor}</bdi>}
      {username && (
        <>
          {' '}
          <span className="text-slate-600 dark:text-slate-300">
            (@<bdi>{username}</bdi>)
          </span>
        </>
      )}
      {actor && ' '}
      <bdi>{entry.action}</bdi>
      {entry.link && (
        <a
          href={entry.link}
          target="_blank"
          rel="noopener noreferrer"
          className="ml-2 text-indigo-700 underline dark:text-indigo-300"
        >
          Link<span className="sr-only"> (opens in a new tab)</span>
        </a>
      )}
    </li>
  );
}

function LogsBody({ sessionId, context }: { sessionId: string; context: DisplayContext }) {
  const query = useQuery(logsQueries.session(useApi(), sessionId));
  if (query.data) {
    const logs = query.data;
    if (logs.kind === 'empty') return <p className="text-sm">No log entries for this session.</p>;
    if (logs.kind === 'text') {
      return (
        <div className="space-y-1">
          <p className="text-sm text-slate-600 dark:text-slate-300">
            Hyra sent the logs in a form the dashboard does not know; here they are as sent:
          </p>
          <pre
            dir="auto"
            className="max-h-80 overflow-auto rounded bg-slate-100 p-2 text-xs break-words whitespace-pre-wrap dark:bg-slate-800"
          >
            <Linked text={logs.text} />
          </pre>
        </div>
      );
    }
    return (
      <>
        <ol
          aria-label="Log entries"
          className="max-h-80 divide-y divide-slate-100 overflow-y-auto dark:divide-slate-800"
        >
          {logs.entries.map((entry, i) => (
            <Entry key={i} entry={entry} context={context} />
          ))}
        </ol>
        {logs.unreadable > 0 && (
          <p className="text-sm text-slate-600 dark:text-slate-300">
            {logs.unreadable === 1 ? '1 entry' : `${logs.unreadable} entries`} could not be read.
          </p>
        )}
      </>
    );
  }
  if (query.error) {
    return (
      <p role="alert" className="text-sm">
        The logs could not be loaded. {isHyraError(query.error) ? query.error.message : ''}{' '}
        <Button size="sm" variant="ghost" onClick={() => void query.refetch()}>
          Try again
        </Button>
      </p>
    );
  }
  return (
    <p role="status" className="text-sm">
      Loading the logs…
    </p>
  );
}

/** The session's logs, collapsed; fetched the first time they are opened. */
export function SessionLogs({ sessionId, context }: { sessionId: string; context: DisplayContext }) {
  const [open, setOpen] = useState(false);
  const id = useId();
  return (
    <section
      aria-label="Session logs"
      className="rounded-lg border border-slate-200 p-3 dark:border-slate-700"
    >
      <Button variant="ghost" aria-expanded={open} aria-controls={id} onClick={() => setOpen(!open)}>
        <span aria-hidden="true">{open ? '▾' : '▸'}</span>
        Session logs
      </Button>
      <div id={id} hidden={!open} className="mt-2">
        {open && <LogsBody sessionId={sessionId} context={context} />}
      </div>
    </section>
  );
}
