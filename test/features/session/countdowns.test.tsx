import { act, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SessionDetail } from '../../../src/features/session/components/session-detail';
import { countdownText, needsSeconds } from '../../../src/features/session/model/countdown';
import type { DetailSlots } from '../../../src/features/session/model/detail';
import { buildDirectory, selectServers } from '../../../src/hyra/selectors';
import { hostedBy, makeSession, scheduleWith } from '../../factories';

// Counts how often the detail itself renders (it reads the servers once a render).
vi.mock('../../../src/hyra/selectors', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../../src/hyra/selectors')>();
  return { ...actual, selectServers: vi.fn(actual.selectServers) };
});

// Start 14:00, the server unlocks at 13:45 and locks at 14:10 (UTC).
const session = makeSession({
  _id: 's1',
  start: '2026-12-02T14:00:00Z',
  schedule: scheduleWith({ name: 'Training', public_start_offset: 15, public_slock_offset: 10 }),
  ...hostedBy('1'),
  in_progress: false,
});

function show(nowIso: string, slots?: DetailSlots) {
  vi.setSystemTime(Date.parse(nowIso));
  const directory = buildDirectory([session]);
  render(
    <SessionDetail
      session={session}
      context={{ zone: 'UTC', hour12: false, now: Date.parse(nowIso), displayMinutes: 60, directory }}
      slots={slots}
    />,
  );
  return { detailPasses: () => vi.mocked(selectServers).mock.calls.length };
}

const value = (term: string) =>
  // eslint-disable-next-line testing-library/no-node-access -- a term and its value sit side by side
  screen.getByText(term).nextElementSibling;

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('countdownText', () => {
  it.each([
    [3 * 60 * 60_000, 'in 3 h'],
    [60 * 60_000, 'in 60:00'],
    [12 * 60_000 + 5_000, 'in 12:05'],
    [400, 'in 0:01'],
    [-5 * 60_000, '5 min ago'],
    [0, 'less than a minute ago'],
  ])('%i ms is "%s"', (ms, text) => {
    expect(countdownText(ms)).toBe(text);
  });

  it('asks for seconds only while something is less than an hour ahead', () => {
    expect(needsSeconds([1000 + 3_600_000], 1000)).toBe(true);
    expect(needsSeconds([1000 + 3_600_001], 1000)).toBe(false);
    expect(needsSeconds([500], 1000)).toBe(false);
  });
});

describe('the detail counts down', () => {
  it('to the unlock, the lock and the start, each second while under an hour', () => {
    show('2026-12-02T13:40:00Z');
    expect(value('Server unlocks')).toHaveTextContent('13:45 UTC · in 5:00');
    expect(value('Server locks')).toHaveTextContent('14:10 UTC · in 30:00');
    expect(screen.getByText('in 20:00')).toBeInTheDocument();
    act(() => vi.advanceTimersByTime(1000));
    expect(value('Server unlocks')).toHaveTextContent('in 4:59');
    expect(value('Server locks')).toHaveTextContent('in 29:59');
    expect(screen.getByText('in 4 minutes 59 seconds')).toBeInTheDocument();
  });

  it('says "Locked" once when the lock time passes while the detail is open, and drops Watch', () => {
    show('2026-12-02T14:09:58Z', { watch: <button type="button">Watch this session</button> });
    expect(screen.queryByText('Locked')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Watch this session' })).toBeInTheDocument();
    act(() => vi.advanceTimersByTime(2000));
    expect(screen.getByText('Locked')).toBeInTheDocument();
    // Said to screen readers as it happens, not shown a second time.
    const notice = screen.getByText('Locked at 14:10 UTC: no slot can change now.');
    expect(notice).toHaveClass('sr-only');
    expect(screen.getAllByText(/locked/i).filter((node) => !node.classList.contains('sr-only'))).toHaveLength(
      1,
    );
    expect(value('Server locks')).toHaveTextContent('less than a minute ago');
    // A locked session cannot change: nothing to watch.
    expect(screen.queryByRole('button', { name: 'Watch this session' })).not.toBeInTheDocument();
  });

  it.each([
    ['2026-12-02T13:59:00Z', 'Scheduled'],
    ['2026-12-02T14:20:00Z', 'Started at 14:00'],
    // Past the display length (Hyra sends no end time).
    ['2026-12-02T15:00:00Z', 'Ended'],
  ])('at %s says "%s"', (now, words) => {
    show(now);
    expect(screen.getByText(words)).toBeInTheDocument();
    expect(screen.queryByText(/Started or ended/)).not.toBeInTheDocument();
  });

  it('ticks only the countdowns: the rest of the detail does not re-render each second', () => {
    const { detailPasses } = show('2026-12-02T13:40:00Z');
    const passesBefore = detailPasses();
    act(() => vi.advanceTimersByTime(10_000));
    expect(value('Server unlocks')).toHaveTextContent('in 4:50');
    expect(detailPasses()).toBe(passesBefore);
  });

  it('far from the session, the clock ticks every 30 s, not every second', () => {
    show('2026-12-02T10:00:00Z');
    expect(value('Server unlocks')).toHaveTextContent('in 4 h');
    const timers = vi.getTimerCount();
    act(() => vi.advanceTimersByTime(29_000));
    expect(value('Server unlocks')).toHaveTextContent('in 4 h');
    expect(vi.getTimerCount()).toBe(timers);
    // Within the hour it switches to seconds by itself.
    act(() => vi.advanceTimersByTime(2 * 60 * 60_000 + 50 * 60_000));
    act(() => vi.advanceTimersByTime(30_000));
    expect(value('Server unlocks')).toHaveTextContent(/in \d+:\d\d/);
  });
});
