import { useCallback, useMemo, useState } from 'react';
import type { DisplayContext } from '../../../hyra/display-context';
import { holderName } from '../../../hyra/selectors';
import { downloadText } from '../../../lib/download';
import { cn } from '../../../lib/cn';
import { Button, focusRing } from '../../../ui/button';
import { rosterIndex, rosterPeople } from '../model/roster';
import type { Span } from '../model/views';
import { RosterPeople } from './roster-people';
import { RosterTable } from './roster-table';
import { RosterToggle } from './roster-toggle';
import type { ViewProps } from './view-props';

type Tab = 'roster' | 'people';
const TABS = [
  { value: 'roster', label: 'By session' },
  { value: 'people', label: 'By person' },
] as const;
const SPAN_CHOICES = [
  { value: 'day', label: 'One day' },
  { value: 'week', label: 'Whole week' },
] as const;

/**
 * The roster view: who holds what in every session of the day or week (servers, role
 * groups, roles, open slots), or the same by person. A person's name filters the roster to
 * them. The span, the tab and the person are in the URL (the page passes them); everything
 * else comes from the sessions the calendar already has.
 */
export function RosterView(props: ViewProps) {
  const { days, byDay, loadingDays, zone, zone2, hour12, now, displayMinutes, directory, me, onOpen } = props;
  const { person, onOptions } = props;
  const span: Span = props.span ?? 'week';
  const tab: Tab = props.tab ?? 'roster';
  const [exportError, setExportError] = useState<string>();
  const context: DisplayContext = useMemo(
    () => ({ zone, zone2, hour12, now, displayMinutes, directory, me }),
    [zone, zone2, hour12, now, displayMinutes, directory, me],
  );
  const roster = rosterIndex(days, byDay, { person, me });
  // Worked out only when the tab is open: a busy week has tens of thousands of slots.
  const people = useMemo(() => {
    if (tab !== 'people') return [];
    const all = rosterPeople(
      days.flatMap((day) => byDay.get(day) ?? []),
      directory,
    );
    return person ? all.filter((candidate) => candidate.id === person) : all;
  }, [tab, days, byDay, directory, person]);
  const personName = person ? holderName({ id: person }, directory).primary : undefined;
  const showPerson = useCallback((id: string) => onOptions?.({ person: id, tab: undefined }), [onOptions]);

  async function exportCsv() {
    try {
      const { rosterCsv } = await import('../model/roster-csv');
      downloadText(
        days.length === 1 ? `roster-${days[0]}.csv` : `roster-${days[0]}-to-${days.at(-1)}.csv`,
        rosterCsv(roster.all(), context),
        'text/csv;charset=utf-8',
      );
      setExportError(undefined);
    } catch {
      setExportError('The CSV file could not be made.');
    }
  }

  if (roster.count === 0 && !person && loadingDays.size > 0) {
    return <p role="status">Loading the roster…</p>;
  }
  return (
    <div className="space-y-2">
      <div className="flex flex-wrap items-center gap-2 print:hidden">
        <RosterToggle
          label="Roster span"
          options={SPAN_CHOICES}
          value={span}
          onChange={(next) => onOptions?.({ span: next })}
          keepFocus
        />
        <RosterToggle
          label="Show the roster"
          options={TABS}
          value={tab}
          onChange={(next) => onOptions?.({ tab: next === 'people' ? 'people' : undefined })}
        />
        {person && (
          <p className="flex items-center gap-1 rounded-full bg-indigo-50 py-0.5 pr-0.5 pl-3 text-sm dark:bg-indigo-950">
            <span>
              Only <bdi className="font-semibold">{personName}</bdi>
            </span>
            <button
              type="button"
              onClick={() => onOptions?.({ person: undefined })}
              className={cn(
                'min-h-6 rounded-full px-2 hover:bg-indigo-100 dark:hover:bg-indigo-900',
                focusRing,
              )}
            >
              Show everyone
            </button>
          </p>
        )}
        <Button
          variant="ghost"
          size="sm"
          className="ml-auto"
          onClick={() => void exportCsv()}
          disabled={roster.count === 0}
        >
          Export CSV
        </Button>
        {exportError && (
          <p role="alert" className="text-sm text-rose-700 dark:text-rose-300">
            {exportError}
          </p>
        )}
      </div>
      {person && (
        <p className="hidden print:block">
          Slots of <bdi>{personName}</bdi>
        </p>
      )}
      {tab === 'people' ? (
        <RosterPeople
          people={people}
          context={context}
          onPerson={showPerson}
          empty={person ? `This person holds no slot this ${span}.` : `Nobody holds a slot this ${span}.`}
        />
      ) : roster.count === 0 ? (
        // Without a person, the page says the period is empty, in the registry's words.
        person && (
          <p
            role="status"
            className="rounded-md border border-dashed border-slate-300 p-3 text-sm dark:border-slate-700"
          >
            This person holds no slot this {span}.
          </p>
        )
      ) : (
        <RosterTable roster={roster} context={context} onOpen={onOpen} onPerson={showPerson} />
      )}
    </div>
  );
}
