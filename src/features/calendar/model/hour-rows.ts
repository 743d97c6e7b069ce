import { addDays, dayInZone, startOfDayIn, wallMinutesIn, zoneOffset, type Day } from '../../../lib/days';
import { formatTime, zoneAbbreviation } from '../../../lib/format';

const HOUR_MS = 3_600_000;

/** A row of the time grid: a wall-clock hour, or the second time a day lives it (a 25-hour day). */
export interface HourRow {
  hour: number;
  repeat: boolean;
}

/** Whether an instant is in the second run of its wall-clock hour (after the clocks went back). */
function isRepeat(instant: number, zone: string): boolean {
  const earlier = instant - HOUR_MS;
  return (
    zoneOffset(earlier, zone) - zoneOffset(instant, zone) === HOUR_MS &&
    Math.floor(wallMinutesIn(earlier, zone) / 60) === Math.floor(wallMinutesIn(instant, zone) / 60)
  );
}

/** The hours `day` has in `zone` (23, 24 or 25), each with the instant it starts. */
export function hoursOfDay(day: Day, zone: string): (HourRow & { instant: number })[] {
  const end = startOfDayIn(addDays(day, 1), zone);
  const hours: (HourRow & { instant: number })[] = [];
  for (let instant = startOfDayIn(day, zone); instant < end; instant += HOUR_MS) {
    hours.push({
      instant,
      hour: Math.floor(wallMinutesIn(instant, zone) / 60),
      repeat: isRepeat(instant, zone),
    });
  }
  return hours;
}

/**
 * The rows of a grid showing `days`: the 24 hours of the clock, and a second row for an hour
 * one of the days lives twice (so a 25-hour day shows both its 1 am hours).
 */
export function hourRows(days: Day[], zone: string): HourRow[] {
  const rows: HourRow[] = Array.from({ length: 24 }, (_, hour) => ({ hour, repeat: false }));
  for (const day of days) {
    for (const { hour, repeat } of hoursOfDay(day, zone)) {
      if (!repeat || rows.some((row) => row.hour === hour && row.repeat)) continue;
      rows.splice(rows.findIndex((row) => row.hour === hour) + 1, 0, { hour, repeat: true });
    }
  }
  return rows;
}

/** Minutes from the top of a grid of `rows` at which an instant sits. */
export function gridMinutes(instant: number, zone: string, rows: HourRow[]): number {
  const wall = wallMinutesIn(instant, zone);
  const hour = Math.floor(wall / 60);
  const repeat = isRepeat(instant, zone);
  const row = rows.findIndex((candidate) => candidate.hour === hour && candidate.repeat === repeat);
  return (row === -1 ? hour : row) * 60 + (wall % 60);
}

/** The zone's name on a day: "EST", or "EDT → EST" on the day the clocks change. */
export function zoneLabelOfDay(day: Day, zone: string): string {
  const start = zoneAbbreviation(startOfDayIn(day, zone), zone);
  const end = zoneAbbreviation(startOfDayIn(addDays(day, 1), zone) - 1, zone);
  return start === end ? start : `${start} → ${end}`;
}

/**
 * The label of a row in a gutter of `labelZone`, for the hour it starts on `day` of `zone`:
 * "1:00 am", with the zone's name where the day lives that hour twice, and "+1 day" (or
 * "−1 day") where the other zone's clock is on another date. Empty for an hour the day skips.
 */
export function rowLabel(
  row: HourRow,
  day: Day,
  zone: string,
  labelZone: string,
  hour12: boolean,
  twice: boolean,
): string {
  const hour = hoursOfDay(day, zone).find((h) => h.hour === row.hour && h.repeat === row.repeat);
  if (!hour) return '';
  const time = formatTime(hour.instant, labelZone, hour12);
  if (labelZone === zone) return twice ? `${time} ${zoneAbbreviation(hour.instant, zone)}` : time;
  const shift = Math.round(
    (Date.parse(dayInZone(hour.instant, labelZone)) - Date.parse(day)) / (24 * HOUR_MS),
  );
  return shift === 0 ? time : `${time} ${shift > 0 ? '+' : '−'}${Math.abs(shift)} day`;
}
