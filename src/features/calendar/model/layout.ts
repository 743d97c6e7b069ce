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

/** How many columns a crowded time of day gets before the rest fold into "+N more". */
export const MAX_COLUMNS = 4;

/** Sessions folded away from a crowded hour: a "+N more" in the last column. */
export interface FoldedSessions {
  /** The hour its sessions start in (grid minutes): one chip an hour, never two on each other. */
  top: number;
  height: number;
  column: number;
  columns: number;
  sessions: Session[];
}

/**
 * Keeps a crowded day readable: where an overlap needs more than `maxColumns` columns, the
 * first `maxColumns - 1` stay and the others fold, per hour they start in, into one "+N more"
 * in the last column (as a month cell does past its limit).
 */
export function foldCrowded(placed: PlacedSession[], maxColumns = MAX_COLUMNS) {
  const shown: PlacedSession[] = [];
  const byHour = new Map<number, FoldedSessions>();
  for (const block of placed) {
    if (block.columns <= maxColumns) shown.push(block);
    else if (block.column < maxColumns - 1) shown.push({ ...block, columns: maxColumns });
    else {
      const hour = Math.floor(block.top / 60);
      const folded = byHour.get(hour);
      if (folded) folded.sessions.push(block.session);
      else
        byHour.set(hour, {
          top: hour * 60,
          height: 60,
          column: maxColumns - 1,
          columns: maxColumns,
          sessions: [block.session],
        });
    }
  }
  return { shown, folded: [...byHour.values()] };
}
