// @vitest-environment node
import { describe, it } from 'vitest';
import { ODD_ZONES } from './odd-zones';
import { dayInZone } from '../../src/lib/days';

// The exhaustive check behind test/lib/days.test.ts's sampled one: every 37 minutes of
// 2026 in zones with odd offsets and half-hour daylight saving. `npm run test:sweep`.
describe('the cached zone offset, exhaustively', () => {
  function slowDay(ms: number, zone: string) {
    return new Intl.DateTimeFormat('en-CA', {
      timeZone: zone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    }).format(ms);
  }

  it.each(ODD_ZONES)('agrees with Intl every 37 minutes through 2026 in %s', (zone) => {
    const start = Date.parse('2026-01-01T00:00:00Z');
    const end = Date.parse('2027-01-01T00:00:00Z');
    for (let ms = start; ms < end; ms += 37 * 60_000) {
      const fast = dayInZone(ms, zone);
      if (fast !== slowDay(ms, zone))
        throw new Error(`${zone} ${new Date(ms).toISOString()}: ${fast} vs ${slowDay(ms, zone)}`);
    }
  });
});
