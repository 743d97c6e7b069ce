import { useMemo, useState } from 'react';
import type { DisplayContext } from '../../../hyra/display-context';
import { slotText } from '../../../hyra/selectors';
import { cn } from '../../../lib/cn';
import { dayInZone } from '../../../lib/days';
import { formatDay } from '../../../lib/format';
import { focusRing } from '../../../ui/button';
import { timeText } from '../model/describe';
import { sortPeople, type PersonSortKey, type PersonSummary } from '../model/roster';
import { usePrinting } from '../hooks/use-print';
import { isolate } from '../../../lib/bidi';

const COLUMNS: { key: PersonSortKey; label: string; numeric: boolean }[] = [
  { key: 'name', label: 'Person', numeric: false },
  { key: 'host', label: 'Host', numeric: true },
  { key: 'cohost', label: 'Co-host', numeric: true },
  { key: 'roles', label: 'Roles', numeric: true },
  { key: 'total', label: 'Total', numeric: true },
];

/** A person's slots, folded behind "Show N slots" on screen, all of them on paper. */
function PersonSlots({
  person,
  context,
  printing,
}: {
  person: PersonSummary;
  context: DisplayContext;
  printing: boolean;
}) {
  const [open, setOpen] = useState(false);
  const count = person.slots.length;
  return (
    <>
      <button
        type="button"
        aria-expanded={open}
        onClick={() => setOpen(!open)}
        className={cn(
          'min-h-6 rounded px-1 text-sm whitespace-nowrap text-indigo-700 underline dark:text-indigo-300 print:hidden',
          focusRing,
        )}
      >
        {open ? 'Hide' : 'Show'} {count} {count === 1 ? 'slot' : 'slots'}
        <span className="sr-only">
          {' '}
          of <bdi>{person.name.primary}</bdi>
        </span>
      </button>
      {(open || printing) && (
        <ul className="mt-1 space-y-0.5 text-sm">
          {person.slots.map(({ session, slot }, index) => (
            <li key={`${session._id}:${index}`} className="break-words">
              <span className="tabular-nums">
                {formatDay(dayInZone(session.start, context.zone), 'short')} {timeText(session, context)}
              </span>{' '}
              · <bdi className={cn(session.cancelled && 'line-through')}>{session.schedule.name}</bdi> ·{' '}
              <bdi>{slotText(slot)}</bdi>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

/** Everyone holding a slot in the period, with their counts, sortable by any column. */
export function RosterPeople({
  people,
  context,
  onPerson,
  empty,
}: {
  people: PersonSummary[];
  context: DisplayContext;
  onPerson: (id: string) => void;
  /** What it says when nobody holds a slot. */
  empty: string;
}) {
  const [sort, setSort] = useState<{ key: PersonSortKey; direction: 'ascending' | 'descending' }>({
    key: 'total',
    direction: 'descending',
  });
  const sorted = useMemo(() => sortPeople(people, sort.key, sort.direction), [people, sort]);
  const printing = usePrinting();
  if (people.length === 0) {
    return (
      <p
        role="status"
        className="rounded-md border border-dashed border-slate-300 p-3 text-sm dark:border-slate-700"
      >
        {empty}
      </p>
    );
  }
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white dark:border-slate-800 dark:bg-slate-900 print:border-0">
      <table aria-label="By person" className="w-full border-collapse text-sm">
        <thead className="text-left text-xs text-slate-600 uppercase dark:text-slate-300">
          <tr>
            {COLUMNS.map((column) => (
              <th
                key={column.key}
                scope="col"
                aria-sort={sort.key === column.key ? sort.direction : undefined}
                className={cn('py-1', column.numeric ? 'px-1 text-right sm:px-2' : 'px-2')}
              >
                <button
                  type="button"
                  onClick={() =>
                    setSort((current) => ({
                      key: column.key,
                      direction:
                        current.key === column.key
                          ? current.direction === 'ascending'
                            ? 'descending'
                            : 'ascending'
                          : column.numeric
                            ? 'descending'
                            : 'ascending',
                    }))
                  }
                  className={cn('min-h-6 rounded uppercase', focusRing)}
                >
                  {column.label}
                  <span aria-hidden="true">
                    {sort.key === column.key ? (sort.direction === 'ascending' ? ' ▲' : ' ▼') : ''}
                  </span>
                </button>
              </th>
            ))}
            {/* On a phone each person's slots are under their name, so the counts fit beside it. */}
            <th scope="col" className="hidden px-2 py-1 sm:table-cell">
              Slots
            </th>
          </tr>
        </thead>
        <tbody>
          {sorted.map((person) => (
            <tr
              key={person.id}
              className={cn(
                'border-t border-slate-200 align-top dark:border-slate-700',
                person.id === context.me && 'bg-indigo-50 dark:bg-indigo-950/50',
              )}
            >
              <th scope="row" className="px-2 py-1 text-left font-normal">
                <button
                  type="button"
                  onClick={() => onPerson(person.id)}
                  title={`Show only the slots of ${isolate(person.name.primary)}`}
                  className={cn('min-h-6 rounded text-left hover:underline', focusRing)}
                >
                  <bdi className="font-medium">{person.name.primary}</bdi>
                  {person.name.secondary && (
                    <bdi className="block text-slate-600 sm:ml-1 sm:inline dark:text-slate-400">
                      {person.name.secondary}
                    </bdi>
                  )}
                </button>
                {person.id === context.me && (
                  <span className="ml-1.5 rounded bg-indigo-700 px-1 text-xs font-bold text-white dark:bg-indigo-300 dark:text-indigo-950">
                    You
                  </span>
                )}
                <div className="sm:hidden">
                  <PersonSlots person={person} context={context} printing={printing} />
                </div>
              </th>
              <td className="px-1 py-1 text-right sm:px-2 tabular-nums">{person.host}</td>
              <td className="px-1 py-1 text-right sm:px-2 tabular-nums">{person.cohost}</td>
              <td className="px-1 py-1 text-right sm:px-2 tabular-nums">{person.roles}</td>
              <td className="px-1 py-1 text-right sm:px-2 font-semibold tabular-nums">{person.total}</td>
              <td className="hidden px-2 py-1 sm:table-cell">
                <PersonSlots person={person} context={context} printing={printing} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
