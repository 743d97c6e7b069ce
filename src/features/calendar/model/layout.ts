import type { Session } from '../../../hyra/schemas';
import { wallMinutesIn } from '../../../lib/days';
import { gridMinutes, type HourRow } from './hour-rows';

/** Minutes after local midnight on the wall clock of `zone` (what a time grid shows). */
export const wallMinutes = wallMinutesIn;

export interface PlacedSession {
  session: Session;
  /** Minutes after midnight where the block starts. */
  top: number;
  /** Display length in minutes (cut at midnight): not a real duration. */
  height: number;
  /** Column among overlapping blocks, and how many columns the overlap group has. */
  column: number;
  columns: number;
}

/**
 * Places one day's sessions on a time grid. Hyra has no end time, so each block is
 * `displayMinutes` long; overlapping blocks share the width in columns. With the grid's
 * `rows` (model/hour-rows.ts), a session in an hour lived twice goes in its own row.
 */
export function layoutDay(
  sessions: Session[],
  zone: string,
  displayMinutes: number,
  rows?: HourRow[],
): PlacedSession[] {
  const gridEnd = (rows?.length ?? 24) * 60;
  const blocks = sessions
    .map((session) => {
      const start = Date.parse(session.start);
      const top = rows ? gridMinutes(start, zone, rows) : wallMinutes(start, zone);
      return {
        session,
        top,
        height: Math.max(15, Math.min(displayMinutes, gridEnd - top)),
        column: 0,
        columns: 1,
      };
    })
    .sort((a, b) => a.top - b.top);

  let group: PlacedSession[] = [];
  let groupEnd = -1;
  const closeGroup = () => {
    const columns = Math.max(1, ...group.map((block) => block.column + 1));
    for (const block of group) block.columns = columns;
    group = [];
  };
  for (const block of blocks) {
    if (block.top >= groupEnd) {
      closeGroup();
      groupEnd = -1;
    }
    const used = new Set(group.filter((other) => other.top + other.height > block.top).map((o) => o.column));
    let column = 0;
    while (used.has(column)) column += 1;
    block.column = column;
    group.push(block);
    groupEnd = Math.max(groupEnd, block.top + block.height);
  }
  closeGroup();
  return blocks;
}
