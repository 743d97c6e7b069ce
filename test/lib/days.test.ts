import { describe, expect, it } from 'vitest';
import { ODD_ZONES } from './odd-zones';
import {
  addDays,
  addMonths,
  dayInZone,
  daysBetween,
  endOfMonth,
  isDay,
  minutesIntoDay,
  startOfDayIn,
  startOfWeek,
  weekdayOf,
} from '../../src/lib/days';

// These run under TZ=UTC, America/New_York and Asia/Tokyo in CI: none may depend on the machine's zone.
describe(`day arithmetic (machine zone ${Intl.DateTimeFormat().resolvedOptions().timeZone})`, () => {
  it('adds days across month, year and DST boundaries', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-03-08', 1)).toBe('2026-03-09'); // US spring forward
    expect(addDays('2026-11-01', -1)).toBe('2026-10-31'); // US fall back
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
  });

  it('lists days between two days, both included', () => {
    expect(daysBetween('2026-03-07', '2026-03-10')).toEqual([
      '2026-03-07',
      '2026-03-08',
      '2026-03-09',
      '2026-03-10',
    ]);
  });

  it('adds months, clamping to the last day', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2026-12-15', 1)).toBe('2027-01-15');
    expect(addMonths('2026-01-15', -1)).toBe('2025-12-15');
    expect(endOfMonth('2024-02-10')).toBe('2024-02-29');
  });

  it('finds the start of a week for any week start', () => {
    expect(weekdayOf('2026-12-02')).toBe(3); // Wednesday
    expect(startOfWeek('2026-12-02', 1)).toBe('2026-11-30');
    expect(startOfWeek('2026-12-02', 0)).toBe('2026-11-29');
    expect(startOfWeek('2026-12-02', 3)).toBe('2026-12-02');
    expect(startOfWeek('2026-12-01', 3)).toBe('2026-11-25');
  });

  it('validates day strings', () => {
    expect(isDay('2026-02-30')).toBe(false);
    expect(isDay('2026-2-3')).toBe(false);
    expect(isDay('2026-02-03')).toBe(true);
  });
});

describe('instants in a named zone', () => {
  it('places an instant on the day of the zone asked for', () => {
    const instant = '2026-12-02T23:30:00Z';
    expect(dayInZone(instant, 'UTC')).toBe('2026-12-02');
    expect(dayInZone(instant, 'Asia/Tokyo')).toBe('2026-12-03');
    expect(dayInZone(instant, 'America/New_York')).toBe('2026-12-02');
    expect(dayInZone('2026-12-03T03:00:00Z', 'America/New_York')).toBe('2026-12-02');
  });

  it('finds the start of a day in a zone', () => {
    expect(startOfDayIn('2026-12-02', 'UTC')).toBe(Date.parse('2026-12-02T00:00:00Z'));
    expect(startOfDayIn('2026-12-02', 'Asia/Tokyo')).toBe(Date.parse('2026-12-01T15:00:00Z'));
    expect(startOfDayIn('2026-12-02', 'America/New_York')).toBe(Date.parse('2026-12-02T05:00:00Z'));
  });

  it('handles the days of a daylight-saving change', () => {
    // New York springs forward on 2026-03-08: the day starts at EST, noon is EDT.
    expect(startOfDayIn('2026-03-08', 'America/New_York')).toBe(Date.parse('2026-03-08T05:00:00Z'));
    expect(startOfDayIn('2026-03-09', 'America/New_York')).toBe(Date.parse('2026-03-09T04:00:00Z'));
    expect(minutesIntoDay(Date.parse('2026-03-08T16:00:00Z'), 'America/New_York')).toBe(11 * 60);
    // And falls back on 2026-11-01: a 25-hour day.
    expect(
      startOfDayIn('2026-11-02', 'America/New_York') - startOfDayIn('2026-11-01', 'America/New_York'),
    ).toBe(25 * 3_600_000);
    expect(dayInZone('2026-11-02T04:30:00Z', 'America/New_York')).toBe('2026-11-01');
  });
});

describe('the cached zone offset', () => {
  // The slow, obviously right way: ask the zone for the calendar date and wall time.
  const formatters = new Map<string, Intl.DateTimeFormat>();
  function wall(ms: number, zone: string) {
    let format = formatters.get(zone);
    if (!format) {
      format = new Intl.DateTimeFormat('en-CA', {
        timeZone: zone,
        hourCycle: 'h23',
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
        hour: '2-digit',
        minute: '2-digit',
      });
      formatters.set(zone, format);
    }
    const part = (type: string) => format.formatToParts(ms).find((p) => p.type === type)!.value;
    const day = `${part('year')}-${part('month')}-${part('day')}`;
    const offset =
      Date.UTC(+part('year'), +part('month') - 1, +part('day'), +part('hour'), +part('minute')) - ms;
    return { day, offset: Math.round(offset / 60_000) };
  }

  // Every 157 minutes through 2026, and every minute of each 157 in which the
  // zone's offset changes (its daylight-saving transitions). The exhaustive 37-minute sweep
  // is `npm run test:sweep` (test/lib/days.sweep.ts): too long for a busy machine's suite.
  it.each(ODD_ZONES)(
    'agrees with Intl through 2026, minute by minute around each transition, in %s',
    (zone) => {
      const start = Date.parse('2026-01-01T00:00:00Z');
      const end = Date.parse('2027-01-01T00:00:00Z');
      // 157 minutes: prime to a day's 1,440, so the samples fall at every minute of the day in turn.
      const step = 157 * 60_000;
      const check = (ms: number) => {
        const { day, offset } = wall(ms, zone);
        const fast = dayInZone(ms, zone);
        if (fast !== day) throw new Error(`${zone} ${new Date(ms).toISOString()}: ${fast} vs ${day}`);
        return offset;
      };
      let transitions = 0;
      let offset = check(start);
      for (let ms = start + step; ms <= end; ms += step) {
        const next = check(ms);
        if (next !== offset) {
          transitions += 1;
          for (let minute = ms - step + 60_000; minute < ms; minute += 60_000) check(minute);
        }
        offset = next;
      }
      expect(transitions).toBe(zone === 'UTC' || zone === 'Asia/Tokyo' || zone === 'Asia/Kathmandu' ? 0 : 2);
    },
  );
});
