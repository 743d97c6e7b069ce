import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { AgendaView } from '../../../src/features/calendar/components/agenda-view';
import { makeSession } from '../../factories';

const today = '2026-12-02';
const over = makeSession({
  _id: 'over',
  start: '2026-12-02T08:00:00Z',
  cancelled: false,
  in_progress: false,
});
const later = makeSession({
  _id: 'later',
  start: '2026-12-02T18:00:00Z',
  cancelled: false,
  in_progress: false,
});

function agenda() {
  return render(
    <AgendaView
      days={[today]}
      byDay={new Map([[today, [over, later]]])}
      loadingDays={new Set()}
      anchor={today}
      today={today}
      zone="UTC"
      hour12={false}
      now={Date.parse('2026-12-02T12:00:00Z')}
      displayMinutes={60}
      directory={new Map()}
      onOpen={() => {}}
      onSelectDay={() => {}}
    />,
  );
}

const sessionTimes = () =>
  screen.getAllByRole('button', { name: /slots open/ }).map((button) => button.textContent?.slice(0, 5));

describe("today's sessions already over", () => {
  it('fold away behind a button, so what is to come leads', async () => {
    agenda();
    expect(sessionTimes()).toEqual(['18:00']);
    await userEvent.click(screen.getByRole('button', { name: 'Show 1 session already over today' }));
    expect(sessionTimes()).toEqual(['08:00', '18:00']);
  });
});
