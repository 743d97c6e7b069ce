import { useQueryClient } from '@tanstack/react-query';
import { memo, useId, useState } from 'react';
import { daysToFetch, type HyraApi } from '../../../hyra/api';
import { MARGIN_DAYS } from '../../../hyra/contract';
import { mergePages } from '../../../hyra/merge';
import { sessionsQueries } from '../../../hyra/queries';
import type { User } from '../../../hyra/schemas';
import { holdsAnySlot } from '../../../hyra/selectors';
import { dayInZone, diffDays, isDay, type Day } from '../../../lib/days';
import { Button } from '../../../ui/button';
import { Field } from '../../../ui/field';
import { downloadText } from '../../../lib/download';

/** At most two months at a time: each day is one request, and Hyra allows about 100 a minute. */
export const MAX_EXPORT_DAYS = 62;

const field =
  'rounded-md border border-slate-300 bg-white px-2 py-1 dark:border-slate-600 dark:bg-slate-800 focus-visible:outline-2 focus-visible:outline-indigo-600';

/** An .ics file of the sessions where I hold a slot, for a range of days I choose. */
// Memoised: it stays put while the calendar moves from period to period.
export const ExportMySessions = memo(function ExportMySessions({
  api,
  me,
  zone,
  displayMinutes,
  directory,
  initialFirst,
  initialLast,
}: {
  api: HyraApi;
  me: string | undefined;
  zone: string;
  displayMinutes: number;
  directory: Map<string, User>;
  initialFirst: Day;
  initialLast: Day;
}) {
  const queryClient = useQueryClient();
  const titleId = useId();
  const [first, setFirst] = useState(initialFirst);
  const [last, setLast] = useState(initialLast);
  const [state, setState] = useState<{ kind: 'idle' | 'busy' } | { kind: 'done' | 'error'; message: string }>(
    {
      kind: 'idle',
    },
  );

  const span = isDay(first) && isDay(last) ? diffDays(last, first) + 1 : 0;
  const problem = !me
    ? 'Set your Roblox user ID in settings to export your sessions.'
    : span <= 0
      ? 'Choose a start day on or before the end day.'
      : span > MAX_EXPORT_DAYS
        ? `Choose at most ${MAX_EXPORT_DAYS} days.`
        : undefined;

  async function exportRange() {
    if (problem || !me) return;
    setState({ kind: 'busy' });
    try {
      const pages = await Promise.all(
        daysToFetch(first, last, MARGIN_DAYS).map(async (day) => {
          const options = sessionsQueries.day(api, day);
          const page = await queryClient.fetchQuery(options);
          return { page, receivedAt: queryClient.getQueryState(options.queryKey)?.dataUpdatedAt ?? 0 };
        }),
      );
      const mine = mergePages(pages).sessions.filter((session) => {
        const day = dayInZone(session.start, zone);
        return day >= first && day <= last && holdsAnySlot(session, me);
      });
      const { sessionsToIcs } = await import('../model/ics');
      downloadText(
        `my-hyra-sessions-${first}-to-${last}.ics`,
        sessionsToIcs(mine, { displayMinutes, directory, me }),
      );
      setState({
        kind: 'done',
        message: `Exported ${mine.length} ${mine.length === 1 ? 'session' : 'sessions'}.`,
      });
    } catch (error) {
      setState({ kind: 'error', message: error instanceof Error ? error.message : 'The export failed.' });
    }
  }

  return (
    <form
      className="space-y-2 rounded-lg border border-slate-200 bg-white p-3 text-sm dark:border-slate-800 dark:bg-slate-900"
      onSubmit={(event) => {
        event.preventDefault();
        void exportRange();
      }}
      aria-labelledby={titleId}
    >
      <h3 id={titleId} className="font-semibold">
        Export my sessions
      </h3>
      <div className="flex flex-wrap gap-2">
        <Field label="From" look="compact">
          {(control) => (
            <input
              {...control}
              type="date"
              value={first}
              onChange={(event) => setFirst(event.target.value)}
              className={field}
            />
          )}
        </Field>
        <Field label="To" look="compact">
          {(control) => (
            <input
              {...control}
              type="date"
              value={last}
              onChange={(event) => setLast(event.target.value)}
              className={field}
            />
          )}
        </Field>
      </div>
      {problem && <p className="text-amber-800 dark:text-amber-300">{problem}</p>}
      <Button type="submit" disabled={Boolean(problem) || state.kind === 'busy'} className="w-full">
        {state.kind === 'busy' ? 'Exporting…' : 'Download .ics'}
      </Button>
      <p role="status" className={state.kind === 'error' ? 'text-rose-700 dark:text-rose-300' : ''}>
        {state.kind === 'done' || state.kind === 'error' ? state.message : ''}
      </p>
    </form>
  );
});
