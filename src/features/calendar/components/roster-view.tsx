import { useCallback, useId, useMemo, useState } from 'react';
import type { DisplayContext } from '../../../hyra/display-context';
import { holderName } from '../../../hyra/selectors';
import { downloadText } from '../../../lib/download';
import { cn } from '../../../lib/cn';
import { Button, focusRing } from '../../../ui/button';
import { rosterIndex, rosterPeople } from '../model/roster';
import { RosterPeople } from './roster-people';
import { RosterTable } from './roster-table';
import type { ViewProps } from './view-props';

type Tab = 'roster' | 'people';
const TABS: { tab: Tab; label: string }[] = [
  { tab: 'roster', label: 'By session' },
  { tab: 'people', label: 'By person' },
];

/**
 * The roster view: who holds what in every session of the period (servers, role groups,
 * roles, open slots), or the same by person. A person's name filters the roster to them.
 * Everything comes from the sessions the calendar already has.
 */
export function RosterView(props: ViewProps) {
  const { days, byDay, loadingDays, zone, zone2, hour12, now, displayMinutes, directory, me, onOpen } = props;
  const [tab, setTab] = useState<Tab>('roster');
  const [person, setPerson] = useState<string>();
  const [exportError, setExportError] = useState<string>();
  const name = useId();
  const context: DisplayContext = useMemo(
    () => ({ zone, zone2, hour12, now, displayMinutes, directory, me }),
    [zone, zone2, hour12, now, displayMinutes, directory, me],
  );
  const roster = rosterIndex(days, byDay, { person, me });
  // Worked out only when the tab is open: a busy week has tens of thousands of slots.
  const people = useMemo(
    () =>
      tab === 'people'
        ? rosterPeople(
            days.flatMap((day) => byDay.get(day) ?? []),
            directory,
          )
        : [],
    [tab, days, byDay, directory],
  );
  const personName = person ? holderName({ id: person }, directory).primary : undefined;
  const showPerson = useCallback((id: string) => {
    setPerson(id);
    setTab('roster');
  }, []);

  async function exportCsv() {
    try {
      const { rosterCsv } = await import('../model/roster-csv');
      downloadText(
        `roster-${days[0]}-to-${days.at(-1)}.csv`,
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
        <div
          role="radiogroup"
          aria-label="Show the roster"
          className="inline-flex rounded-md border border-slate-300 p-0.5 dark:border-slate-600"
        >
          {TABS.map((option) => (
            <label
              key={option.tab}
              className={cn(
                'relative rounded px-3 py-1 text-sm has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-indigo-600',
                tab === option.tab
                  ? 'bg-indigo-600 text-white'
                  : 'hover:bg-slate-100 dark:hover:bg-slate-800',
              )}
            >
              <input
                type="radio"
                name={name}
                className="absolute inset-0 cursor-pointer opacity-0"
                checked={tab === option.tab}
                onChange={() => setTab(option.tab)}
              />
              {option.label}
            </label>
          ))}
        </div>
        {person && (
          <p className="flex items-center gap-1 rounded-full bg-indigo-50 py-0.5 pr-0.5 pl-3 text-sm dark:bg-indigo-950">
            <span>
              Only <bdi className="font-semibold">{personName}</bdi>
            </span>
            <button
              type="button"
              onClick={() => setPerson(undefined)}
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
        <RosterPeople people={people} context={context} onPerson={showPerson} />
      ) : roster.count === 0 ? (
        <p
          role="status"
          className="rounded-md border border-dashed border-slate-300 p-3 text-sm dark:border-slate-700"
        >
          {person ? 'This person holds no slot in this period.' : 'No sessions in this period.'}
        </p>
      ) : (
        <RosterTable roster={roster} context={context} onOpen={onOpen} onPerson={showPerson} />
      )}
    </div>
  );
}
