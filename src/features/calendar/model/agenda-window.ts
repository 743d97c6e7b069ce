import type { Day } from '../../../lib/days';
import type { Session } from '../../../hyra/schemas';
import type { AgendaDay } from './agenda-rows';

/** One row of the agenda drawn as a virtual list. `heading` is the index of its day's heading row. */
export type AgendaRow = { key: string; day: Day; heading: number } & (
  | { kind: 'day' }
  | { kind: 'ended'; count: number }
  | { kind: 'loading' }
  | { kind: 'empty' }
  | { kind: 'session'; session: Session }
);

/** The shown days as a flat list of rows: a heading per day, then its fold, sessions or placeholder. */
export function agendaRows(shown: readonly AgendaDay[]): AgendaRow[] {
  const rows: AgendaRow[] = [];
  for (const { day, all, sessions, ended, loading } of shown) {
    const heading = rows.length;
    rows.push({ kind: 'day', key: `day:${day}`, day, heading });
    if (ended > 0) rows.push({ kind: 'ended', key: `ended:${day}`, day, heading, count: ended });
    if (loading) rows.push({ kind: 'loading', key: `loading:${day}`, day, heading });
    else if (all.length === 0) rows.push({ kind: 'empty', key: `empty:${day}`, day, heading });
    else
      for (const session of sessions)
        rows.push({ kind: 'session', key: `session:${session._id}`, day, heading, session });
  }
  return rows;
}

/**
 * The rows a virtual agenda keeps in the page: those in sight and `overscan` either side,
 * the heading of the day at the top (it sticks there), and the focused row with its
 * neighbours, so focus is never lost by scrolling and Tab or Shift+Tab reach the next row
 * even when it is out of sight. Sorted, so the page order is the list order.
 */
export function agendaRowsInPage(
  range: { startIndex: number; endIndex: number; overscan: number; count: number },
  headingOf: (index: number) => number,
  focused: number,
): number[] {
  const { startIndex, endIndex, overscan, count } = range;
  if (count === 0) return [];
  const kept = new Set<number>();
  const from = Math.max(0, startIndex - overscan);
  const to = Math.min(count - 1, endIndex + overscan);
  for (let index = from; index <= to; index++) kept.add(index);
  kept.add(headingOf(Math.min(Math.max(startIndex, 0), count - 1)));
  if (focused >= 0 && focused < count) {
    for (const index of [focused - 1, focused, focused + 1]) if (index >= 0 && index < count) kept.add(index);
  }
  return [...kept].sort((a, b) => a - b);
}
