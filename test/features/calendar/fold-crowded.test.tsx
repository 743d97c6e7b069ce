import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { TimeGrid } from '../../../src/features/calendar/components/time-grid';
import { foldCrowded, layoutDay } from '../../../src/features/calendar/model/layout';
import { formatDay } from '../../../src/lib/format';
import { makeSession } from '../../factories';

/** Ten sessions at 10:00 UTC and two at 14:00 on 2 December 2026. */
const crowd = [
  ...Array.from({ length: 10 }, (_, i) =>
    makeSession({ _id: `ten-${i}`, start: `2026-12-02T10:${String(i * 5).padStart(2, '0')}:00Z` }),
  ),
  makeSession({ _id: 'two-a', start: '2026-12-02T14:00:00Z' }),
  makeSession({ _id: 'two-b', start: '2026-12-02T14:00:00Z' }),
];

describe('foldCrowded', () => {
  it('keeps three columns of a crowd and folds the rest into one "+N more" per hour', () => {
    const { shown, folded } = foldCrowded(layoutDay(crowd, 'UTC', 60));
    const ids = shown.map((block) => block.session._id);
    expect(ids).toEqual(['ten-0', 'ten-1', 'ten-2', 'two-a', 'two-b']);
    expect(shown.slice(0, 3).map((block) => [block.column, block.columns])).toEqual([
      [0, 4],
      [1, 4],
      [2, 4],
    ]);
    // An overlap that fits stays as it was.
    expect(shown.slice(3).map((block) => [block.column, block.columns])).toEqual([
      [0, 2],
      [1, 2],
    ]);
    expect(folded).toHaveLength(1);
    expect(folded[0]).toMatchObject({ top: 600, height: 60, column: 3, columns: 4 });
    expect(folded[0]!.sessions.map((session) => session._id)).toEqual(
      Array.from({ length: 7 }, (_, i) => `ten-${i + 3}`),
    );
  });

  it('leaves a day of four at a time alone', () => {
    const four = crowd.slice(0, 4);
    const { shown, folded } = foldCrowded(layoutDay(four, 'UTC', 60));
    expect(shown).toHaveLength(4);
    expect(folded).toEqual([]);
  });
});

describe('a crowded day on the time grid', () => {
  it('shows "+7 more", which lists the folded sessions and opens one', async () => {
    const onOpen = vi.fn();
    render(
      <TimeGrid
        days={['2026-12-02']}
        byDay={new Map([['2026-12-02', crowd]])}
        loadingDays={new Set()}
        anchor="2026-12-02"
        today="2026-12-02"
        zone="UTC"
        hour12={false}
        now={Date.parse('2026-12-02T08:00:00Z')}
        displayMinutes={60}
        directory={new Map()}
        onOpen={onOpen}
        onSelectDay={() => {}}
      />,
    );
    const day = screen.getByRole('region', { name: /^.*: 12 sessions$/ });
    const more = await within(day).findByRole('button', {
      name: `7 more sessions on ${formatDay('2026-12-02')} from 10:15`,
    });
    expect(more).toHaveTextContent('+7 more');
    // jsdom has no popovers: what the popover holds is read as the browser would show it
    // (test/e2e/print-and-phone.spec.ts opens it in Chromium).
    const list = screen.getByRole('list', { hidden: true });
    expect(within(list).getAllByRole('button', { hidden: true })).toHaveLength(7);
    await userEvent.click(within(list).getAllByRole('button', { hidden: true })[6]!);
    expect(onOpen).toHaveBeenCalledWith('ten-9');
  });
});
