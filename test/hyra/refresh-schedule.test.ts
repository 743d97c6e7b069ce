import {
  dayPace,
  isLive,
  REFRESH,
  refreshInterval,
  type RefreshInput,
} from '../../src/hyra/refresh-schedule';

const NOW = Date.parse('2026-12-02T12:00:00Z');
const at = (minutesFromNow: number) => new Date(NOW + minutesFromNow * 60_000).toISOString();
const session = (minutesFromNow: number, fields: { in_progress?: boolean; cancelled?: boolean } = {}) => ({
  start: at(minutesFromNow),
  in_progress: fields.in_progress ?? false,
  cancelled: fields.cancelled ?? false,
});
const input = (fields: Partial<RefreshInput>): RefreshInput => ({
  day: '2026-12-02',
  sessions: [],
  now: NOW,
  failures: 0,
  waitMs: 0,
  headroom: 90,
  ...fields,
});

describe('isLive', () => {
  it('is a session starting within the hour, or running', () => {
    expect(isLive(session(59), NOW)).toBe(true);
    expect(isLive(session(61), NOW)).toBe(false);
    expect(isLive(session(-10), NOW)).toBe(true);
    expect(isLive(session(-45), NOW)).toBe(false);
    expect(isLive(session(-300, { in_progress: true }), NOW)).toBe(true);
    expect(isLive(session(10, { cancelled: true }), NOW)).toBe(false);
  });
});

describe('dayPace', () => {
  it('live, open, slow or past', () => {
    expect(dayPace('2026-12-02', [session(30)], NOW)).toBe('live');
    expect(dayPace('2026-12-05', [session(3 * 24 * 60)], NOW)).toBe('slow');
    expect(dayPace('2026-12-05', [session(3 * 24 * 60)], NOW, true)).toBe('open');
    expect(dayPace('2026-11-29', [session(-3 * 24 * 60)], NOW)).toBe('past');
    // Yesterday (UTC) may hold sessions of today: not past yet.
    expect(dayPace('2026-12-01', [], NOW)).toBe('slow');
  });
});

describe('refreshInterval', () => {
  it('refreshes a day with a session starting soon every 30 seconds, the open one every minute', () => {
    expect(refreshInterval(input({ sessions: [session(20)] }))).toBe(REFRESH.liveMs);
    expect(REFRESH.liveMs).toBeGreaterThanOrEqual(30_000);
    expect(REFRESH.liveMs).toBeLessThanOrEqual(60_000);
    expect(refreshInterval(input({ day: '2026-12-09', sessions: [session(7 * 24 * 60)], open: true }))).toBe(
      REFRESH.openMs,
    );
  });

  it('refreshes other days at a slow pace, spread by day, and past days never', () => {
    const slow = [3, 4, 5, 6].map((n) => refreshInterval(input({ day: `2026-12-0${n}` })) as number);
    for (const ms of slow) {
      expect(ms).toBeGreaterThanOrEqual(REFRESH.slowMs);
      expect(ms).toBeLessThanOrEqual(REFRESH.slowMs + REFRESH.slowSpreadMs);
    }
    expect(new Set(slow).size).toBeGreaterThan(1);
    expect(refreshInterval(input({ day: '2026-11-20' }))).toBe(false);
  });

  it('backs off after failures, up to a cap', () => {
    const live = { sessions: [session(20)] };
    expect(refreshInterval(input({ ...live, failures: 1 }))).toBe(2 * REFRESH.liveMs);
    expect(refreshInterval(input({ ...live, failures: 2 }))).toBe(4 * REFRESH.liveMs);
    expect(refreshInterval(input({ failures: 9 }))).toBe(REFRESH.maxBackoffMs);
  });

  it('waits at least until the rate limiter lets a request go (a Retry-After pause)', () => {
    expect(refreshInterval(input({ sessions: [session(20)], waitMs: 90_000 }))).toBe(91_000);
  });

  it('leaves the budget to browsing: with few requests left, even live days wait for the slow pace', () => {
    expect(refreshInterval(input({ sessions: [session(20)], headroom: REFRESH.reserve - 1 }))).toBe(
      REFRESH.slowMs,
    );
    expect(refreshInterval(input({ sessions: [session(20)], headroom: REFRESH.reserve }))).toBe(
      REFRESH.liveMs,
    );
  });
});
