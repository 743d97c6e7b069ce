import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { TimeGrid } from '../../../src/features/calendar/components/time-grid';
import type { ViewProps } from '../../../src/features/calendar/components/view-props';
import type { Session } from '../../../src/hyra/schemas';
import { daysBetween } from '../../../src/lib/days';
import { formatDay } from '../../../src/lib/format';
import { makeSession } from '../../factories';

const NY = 'America/New_York';

function grid(props: Partial<ViewProps>) {
  const days = props.days ?? daysBetween('2026-10-26', '2026-11-01');
  return render(
    <TimeGrid
      days={days}
      byDay={new Map<string, Session[]>()}
      loadingDays={new Set()}
      anchor={days[0]!}
      today="2026-12-03"
      zone={NY}
      hour12
      now={Date.parse('2026-12-03T12:00:00Z')}
      displayMinutes={60}
      directory={new Map()}
      onOpen={() => {}}
      onSelectDay={() => {}}
      {...props}
    />,
  );
}

describe('time grid across a change of clocks (New York, 1 November 2026)', () => {
  it("names each day's own offset and shows both 1 am hours", () => {
    const { container } = grid({});
    expect(screen.getByRole('button', { name: `Show ${formatDay('2026-10-30')}` })).toHaveTextContent('EDT');
    expect(screen.getByRole('button', { name: `Show ${formatDay('2026-11-01')}` })).toHaveTextContent(
      'EDT → EST',
    );
    expect(screen.getByText('New York')).toBeInTheDocument();
    // The hour labels are drawn for the eye only (aria-hidden), as text.
    expect(container).toHaveTextContent('1:00 AM EDT');
    expect(container).toHaveTextContent('1:00 AM EST');
  });

  it('places a session in the second 1 am below the first', () => {
    const first = makeSession({ _id: 'a', start: '2026-11-01T05:30:00Z' });
    const second = makeSession({ _id: 'b', start: '2026-11-01T06:30:00Z' });
    grid({ byDay: new Map([['2026-11-01', [first, second]]]) });
    const tops = screen
      .getAllByRole('button')
      .filter((button) => button.dataset.sessionId)
      .map((button) => [button.dataset.sessionId, button.style.top]);
    expect(tops).toEqual([
      ['a', '72px'],
      ['b', '120px'],
    ]);
  });

  it("a week without a change keeps one zone name above the hours, and marks the other zone's day", () => {
    const { container } = grid({ days: daysBetween('2026-11-02', '2026-11-08'), zone2: 'Europe/London' });
    expect(screen.getByText('EST')).toBeInTheDocument();
    expect(screen.getByText('GMT')).toBeInTheDocument();
    expect(screen.queryByText('New York')).not.toBeInTheDocument();
    expect(container).toHaveTextContent('1:00 AM +1 day');
  });
});
