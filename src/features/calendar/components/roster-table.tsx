import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useRef } from 'react';
import type { DisplayContext } from '../../../hyra/display-context';
import { holderName } from '../../../hyra/selectors';
import { cn } from '../../../lib/cn';
import { formatDay } from '../../../lib/format';
import { focusRing } from '../../../ui/button';
import { sessionLabel, timeText } from '../model/describe';
import type { RosterIndex, RosterRow } from '../model/roster';
import { usePrinting } from '../hooks/use-print';
import { SessionBadges } from './session-badges';
import { YouMark } from './you-mark';
import { isolate } from '../../../lib/bidi';

/** Fixed row heights: the virtual list places rows without measuring them. */
const ROW_PX = { day: 32, session: 36, slot: 28 } as const;
/** Below this many rows every row is drawn; above it, only those in sight (and on paper, all). */
export const VIRTUAL_FROM = 300;

/** Cut to one line on screen (the rows have fixed heights); whole on paper. */
const cell = 'truncate px-2 align-middle print:overflow-visible print:whitespace-normal';

const Row = memo(function Row({
  row,
  index,
  context,
  onOpen,
  onPerson,
}: {
  row: RosterRow;
  index: number;
  context: DisplayContext;
  onOpen: (id: string) => void;
  onPerson: (id: string) => void;
}) {
  const height = { height: ROW_PX[row.kind] };
  if (row.kind === 'day') {
    return (
      <tr
        aria-rowindex={index + 2}
        style={height}
        className="bg-slate-100 dark:bg-slate-800 print:bg-transparent"
      >
        <th colSpan={4} scope="colgroup" className={cn(cell, 'text-left text-sm font-semibold')}>
          {formatDay(row.day)}{' '}
          <span className="font-normal text-slate-600 tabular-nums dark:text-slate-300">
            ({row.count} {row.count === 1 ? 'session' : 'sessions'})
          </span>
        </th>
      </tr>
    );
  }
  if (row.kind === 'session') {
    const { session, counts } = row;
    return (
      <tr
        aria-rowindex={index + 2}
        style={height}
        className="border-t border-slate-300 dark:border-slate-600"
      >
        <th colSpan={4} scope="rowgroup" className={cn(cell, 'text-left font-normal')}>
          <button
            type="button"
            onClick={() => onOpen(session._id)}
            aria-label={sessionLabel(session, context)}
            className={cn('inline-flex max-w-full min-h-6 items-center gap-2 rounded text-left', focusRing)}
          >
            <span className="shrink-0 font-semibold tabular-nums">{timeText(session, context)}</span>
            <bdi className={cn('truncate font-semibold', session.cancelled && 'line-through')}>
              {session.schedule.name}
            </bdi>
            <SessionBadges session={session} />
            {row.mine && <YouMark />}
            <span
              className={cn(
                'shrink-0 text-xs tabular-nums',
                counts.open > 0
                  ? 'font-semibold text-amber-800 dark:text-amber-300'
                  : 'text-slate-600 dark:text-slate-300',
              )}
            >
              {counts.open === 0 ? 'Full' : `${counts.open} of ${counts.total} open`}
            </span>
          </button>
        </th>
      </tr>
    );
  }
  const { slot } = row;
  const open = !slot.holder && !slot.template;
  const name = slot.holder && holderName(slot.holder, context.directory);
  return (
    <tr
      aria-rowindex={index + 2}
      style={height}
      className={cn(
        'text-sm',
        open && 'bg-amber-50 dark:bg-amber-950/40 print:bg-transparent',
        row.mine && 'bg-indigo-50 dark:bg-indigo-950/50',
      )}
    >
      <td className={cn(cell, 'text-center tabular-nums')}>
        {slot.server ?? (
          <>
            <span aria-hidden="true">–</span>
            <span className="sr-only">No server yet</span>
          </>
        )}
      </td>
      <td className={cn(cell, 'text-slate-600 dark:text-slate-300')} title={slot.group}>
        <bdi>{slot.group ?? 'Hosting'}</bdi>
      </td>
      <td className={cell} title={slot.name}>
        <bdi>{slot.name}</bdi>
      </td>
      <td className={cell}>
        {slot.template ? (
          <span className="text-slate-600 italic dark:text-slate-400">Opens with a server</span>
        ) : slot.holder && name ? (
          <button
            type="button"
            onClick={() => onPerson(slot.holder!.id)}
            title={`Show only the slots of ${isolate(name.primary)}`}
            className={cn(
              'inline-flex max-w-full min-h-6 items-center gap-1.5 rounded text-left hover:underline',
              focusRing,
            )}
          >
            <bdi className="truncate font-medium">{name.primary}</bdi>
            {row.mine && (
              <span className="shrink-0 rounded bg-indigo-700 px-1 text-xs font-bold text-white dark:bg-indigo-300 dark:text-indigo-950">
                You
              </span>
            )}
          </button>
        ) : (
          <strong className="text-amber-800 dark:text-amber-300">Open</strong>
        )}
      </td>
    </tr>
  );
});

/**
 * Every session of the period, its servers, role groups and roles, one dense row each.
 * Long rosters (a busy week runs to thousands of rows) draw only the rows in sight.
 */
export function RosterTable({
  roster,
  context,
  onOpen,
  onPerson,
}: {
  roster: RosterIndex;
  context: DisplayContext;
  onOpen: (id: string) => void;
  onPerson: (id: string) => void;
}) {
  const scroller = useRef<HTMLDivElement>(null);
  const printing = usePrinting();
  const { count, rowAt, kindAt } = roster;
  const virtual = count >= VIRTUAL_FROM && !printing;
  // No React Compiler in this build; the virtualizer re-renders this component itself.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: virtual ? count : 0,
    getScrollElement: () => scroller.current,
    estimateSize: (index) => ROW_PX[kindAt(index)],
    overscan: 12,
    initialRect: { width: 800, height: 640 },
  });
  const items = virtual ? virtualizer.getVirtualItems() : [];
  const before = items[0]?.start ?? 0;
  const after = virtual ? virtualizer.getTotalSize() - (items.at(-1)?.end ?? 0) : 0;
  const shown = virtual
    ? items.map((item) => item.index)
    : Array.from({ length: count }, (_, index) => index);

  return (
    <div
      ref={scroller}
      className="max-h-[70vh] overflow-auto rounded-lg border border-slate-200 bg-white dark:border-slate-800 dark:bg-slate-900 print:max-h-none print:overflow-visible print:border-0"
    >
      <table aria-label="Roster" aria-rowcount={count + 1} className="w-full table-fixed border-collapse">
        <colgroup>
          {/* Narrower server and group columns on a phone, to leave the names room. */}
          <col className="w-10 sm:w-[4.5rem]" />
          <col className="w-[20%] sm:w-[28%]" />
          <col className="w-[28%]" />
          <col />
        </colgroup>
        <thead className="sticky top-0 z-10 bg-white text-left text-xs text-slate-600 uppercase shadow-sm dark:bg-slate-900 dark:text-slate-300 print:static">
          <tr aria-rowindex={1} className="h-8">
            <th scope="col" className="px-1 text-center sm:px-2">
              <span aria-hidden="true" className="sm:hidden">
                #
              </span>
              <span className="sr-only sm:not-sr-only">Server</span>
            </th>
            <th scope="col" className="px-2">
              Group
            </th>
            <th scope="col" className="px-2">
              Slot
            </th>
            <th scope="col" className="px-2">
              Holder
            </th>
          </tr>
        </thead>
        <tbody>
          {before > 0 && (
            <tr aria-hidden="true" style={{ height: before }}>
              <td colSpan={4} />
            </tr>
          )}
          {shown.map((index) => (
            <Row
              key={rowAt(index).key}
              row={rowAt(index)}
              index={index}
              context={context}
              onOpen={onOpen}
              onPerson={onPerson}
            />
          ))}
          {after > 0 && (
            <tr aria-hidden="true" style={{ height: after }}>
              <td colSpan={4} />
            </tr>
          )}
        </tbody>
      </table>
    </div>
  );
}
