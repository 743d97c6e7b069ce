/**
 * The roster as CSV for spreadsheets. Quoting and formula escaping come from papaparse:
 * every field is quoted, and a field that starts with =, +, -, @, a tab or a carriage
 * return gets a leading apostrophe, so a name such as `=cmd|' /C calc'!A0` stays text.
 * Loaded only when someone exports.
 */
import Papa from 'papaparse';
import type { User } from '../../../hyra/schemas';
import { holderUser } from '../../../hyra/selectors';
import { dayInZone } from '../../../lib/days';
import { formatTime } from '../../../lib/format';
import type { RosterRow } from './roster';

export const ROSTER_CSV_HEADER = [
  'Date',
  'Time',
  'Session',
  'Status',
  'Server',
  'Group',
  'Slot',
  'Holder',
  'Username',
  'User ID',
] as const;

/** Spreadsheet-safe CSV of the roster's slot rows (CRLF line ends, every field quoted). */
export function rosterCsv(
  rows: readonly RosterRow[],
  context: { zone: string; directory: Map<string, User> },
): string {
  const data: string[][] = [];
  for (const row of rows) {
    if (row.kind !== 'slot') continue;
    const { session, slot } = row;
    const user = slot.holder ? holderUser(slot.holder, context.directory) : undefined;
    const display = user?.display_name?.trim() || user?.username?.trim();
    data.push([
      dayInZone(session.start, context.zone),
      formatTime(session.start, context.zone, false),
      session.schedule.name,
      session.cancelled ? 'Cancelled' : session.in_progress ? 'In progress' : 'Scheduled',
      slot.server === null ? 'No server yet' : `Server ${slot.server}`,
      // Host and co-host belong to no role group: "Hosting" says what they are. The server has its own column.
      slot.group ?? 'Hosting',
      slot.name,
      slot.template ? 'Opens with a server' : slot.holder ? display || `User ${slot.holder.id}` : 'Open',
      user?.username?.trim() ?? '',
      slot.holder?.id ?? '',
    ]);
  }
  return Papa.unparse(
    { fields: [...ROSTER_CSV_HEADER], data },
    { quotes: true, escapeFormulae: true, newline: '\r\n' },
  );
}
