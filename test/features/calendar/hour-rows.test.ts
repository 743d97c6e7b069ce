import { describe, expect, it } from 'vitest';
import {
  gridMinutes,
  hourRows,
  hoursOfDay,
  rowLabel,
  zoneLabelOfDay,
} from '../../../src/features/calendar/model/hour-rows';
import { daysBetween } from '../../../src/lib/days';

const NY = 'America/New_York';
// Clocks go back on Sunday 1 November 2026, 2:00 EDT → 1:00 EST: a 25-hour day.
const week = daysBetween('2026-10-26', '2026-11-01');

describe('hour rows across a change of clocks', () => {
  it('gives the 25-hour day both its 1 am hours, and the grid a second 1 am row', () => {
    expect(hoursOfDay('2026-11-01', NY)).toHaveLength(25);
    expect(hoursOfDay('2026-10-31', NY)).toHaveLength(24);
    const rows = hourRows(week, NY);
    expect(rows).toHaveLength(25);
    expect(rows.slice(0, 4)).toEqual([
      { hour: 0, repeat: false },
      { hour: 1, repeat: false },
      { hour: 1, repeat: true },
      { hour: 2, repeat: false },
    ]);
    expect(hourRows(daysBetween('2026-11-02', '2026-11-08'), NY)).toHaveLength(24);
  });

  it('places the second 1:30 am an hour below the first, and later hours after both', () => {
    const rows = hourRows(week, NY);
    expect(gridMinutes(Date.parse('2026-11-01T05:30:00Z'), NY, rows)).toBe(90); // 1:30 EDT
    expect(gridMinutes(Date.parse('2026-11-01T06:30:00Z'), NY, rows)).toBe(150); // 1:30 EST
    expect(gridMinutes(Date.parse('2026-11-01T08:00:00Z'), NY, rows)).toBe(240); // 3:00 EST
    expect(gridMinutes(Date.parse('2026-10-31T07:00:00Z'), NY, rows)).toBe(240); // 3:00 EDT
  });

  it("names each day's own offset", () => {
    expect(zoneLabelOfDay('2026-10-30', NY)).toBe('EDT');
    expect(zoneLabelOfDay('2026-11-01', NY)).toBe('EDT → EST');
    expect(zoneLabelOfDay('2026-11-02', NY)).toBe('EST');
  });

  it('labels both 1 am rows with their offsets, and marks the other zone on another date', () => {
    const rows = hourRows(week, NY);
    expect(rowLabel(rows[1]!, '2026-11-01', NY, NY, true, true)).toBe('1:00 AM EDT');
    expect(rowLabel(rows[2]!, '2026-11-01', NY, NY, true, true)).toBe('1:00 AM EST');
    // The other days never live the second 1 am.
    expect(rowLabel(rows[2]!, '2026-10-30', NY, NY, true, true)).toBe('');
    // 8 pm in New York is 1 am the next day in London (GMT), or midnight before the change.
    const eight = rows.findIndex((row) => row.hour === 20);
    expect(rowLabel(rows[eight]!, '2026-11-02', NY, 'Europe/London', true, false)).toBe('1:00 AM +1 day');
    expect(rowLabel(rows[eight]!, '2026-10-30', NY, 'Europe/London', true, false)).toBe('12:00 AM +1 day');
    expect(rowLabel(rows[1]!, '2026-11-02', NY, 'Asia/Tokyo', false, false)).toBe('15:00');
    expect(rowLabel(rows[1]!, '2026-11-02', NY, 'Pacific/Honolulu', false, false)).toBe('20:00 −1 day');
  });
});
