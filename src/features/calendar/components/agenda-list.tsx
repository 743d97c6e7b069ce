import { measureElement, useVirtualizer } from '@tanstack/react-virtual';
import { memo, useEffect, useMemo, useRef, useState, type FocusEvent, type ReactNode } from 'react';
import type { Day } from '../../../lib/days';
import type { AgendaDay } from '../model/agenda-rows';
import { agendaRows, agendaRowsInPage, type AgendaRow } from '../model/agenda-window';

/** Rows are measured once drawn; until then (and where nothing is laid out) they are this tall. */
const ESTIMATE_PX: Record<AgendaRow['kind'], number> = {
  day: 44,
  ended: 40,
  loading: 128,
  empty: 56,
  session: 84,
};

/**
 * `renderRow` draws a row's content (the agenda view's own parts): this file holds only the
 * virtual list, so its chunk loads nothing the page has already.
 */
export interface AgendaListProps {
  shown: AgendaDay[];
  anchor: Day;
  renderRow: (row: AgendaRow) => ReactNode;
}

const Row = memo(function Row({
  row,
  renderRow,
}: {
  row: AgendaRow;
  renderRow: AgendaListProps['renderRow'];
}) {
  return renderRow(row);
});

/**
 * The agenda of a long period (thousands of sessions) as one list that draws only the rows in
 * sight, in a scrolling box like the roster's. The heading of the day at the top sticks; the
 * focused row and its neighbours stay in the page, so Tab walks the list row by row; the
 * selected day scrolls into view when it changes. On paper the full agenda is drawn instead.
 */
export function AgendaList({ shown, anchor, renderRow }: AgendaListProps) {
  const rows = useMemo(() => agendaRows(shown), [shown]);
  const indexOf = useMemo(() => new Map(rows.map((row, index) => [row.key, index])), [rows]);
  const scroller = useRef<HTMLDivElement>(null);
  const [focusedKey, setFocusedKey] = useState<string | null>(null);
  const focused = focusedKey === null ? -1 : (indexOf.get(focusedKey) ?? -1);
  const stickyIndex = useRef(0);
  // No React Compiler in this build; the virtualizer re-renders this component itself.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: (index) => ESTIMATE_PX[rows[index]?.kind ?? 'session'],
    getItemKey: (index) => rows[index]?.key ?? index,
    // jsdom (and a box not laid out yet) measures 0: keep the estimate then.
    measureElement: (element, entry, instance) =>
      measureElement(element, entry, instance) ||
      instance.options.estimateSize(instance.indexFromElement(element)),
    rangeExtractor: (range) => {
      stickyIndex.current = rows[range.startIndex]?.heading ?? 0;
      return agendaRowsInPage(range, (index) => rows[index]?.heading ?? 0, focused);
    },
    overscan: 8,
    initialRect: { width: 800, height: 640 },
  });

  // When the user picks another day, scroll the list to it (not on first paint).
  const shownAnchor = useRef(anchor);
  useEffect(() => {
    if (shownAnchor.current === anchor) return;
    shownAnchor.current = anchor;
    const index = indexOf.get(`day:${anchor}`);
    if (index === undefined) return;
    virtualizer.scrollToIndex(index, { align: 'start' });
    scroller.current?.scrollIntoView?.({ block: 'nearest' });
  }, [anchor, indexOf, virtualizer]);

  const onFocus = (event: FocusEvent<HTMLDivElement>) => {
    const item = (event.target as HTMLElement).closest<HTMLElement>('[data-index]');
    const row = item ? rows[Number(item.dataset.index)] : undefined;
    if (row) setFocusedKey(row.key);
  };

  const items = virtualizer.getVirtualItems();
  return (
    <div
      ref={scroller}
      className="max-h-[70vh] overflow-auto rounded-lg border border-slate-200 px-2 dark:border-slate-800 print:max-h-none print:overflow-visible"
    >
      <div
        role="list"
        aria-label="Sessions of the period"
        onFocus={onFocus}
        className="relative w-full"
        style={{ height: virtualizer.getTotalSize() }}
      >
        {items.map((item) => {
          const row = rows[item.index]!;
          const sticky = item.index === stickyIndex.current;
          return (
            <div
              key={item.key}
              role="listitem"
              aria-setsize={rows.length}
              aria-posinset={item.index + 1}
              data-index={item.index}
              data-day={row.kind === 'day' ? row.day : undefined}
              ref={virtualizer.measureElement}
              className={`left-0 w-full pb-2 ${row.kind === 'day' ? 'pt-3' : ''} ${
                sticky ? 'sticky top-0 z-10 bg-slate-50/95 dark:bg-slate-950/95' : 'absolute top-0'
              }`}
              style={sticky ? undefined : { transform: `translateY(${item.start}px)` }}
            >
              <Row row={row} renderRow={renderRow} />
            </div>
          );
        })}
      </div>
    </div>
  );
}
