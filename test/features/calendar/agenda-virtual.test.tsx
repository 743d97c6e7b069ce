import { act, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AgendaView } from '../../../src/features/calendar/components/agenda-view';
import {
  AGENDA_VIRTUAL_FROM,
  agendaDays,
  agendaIsVirtual,
} from '../../../src/features/calendar/model/agenda-rows';
import { agendaRows, agendaRowsInPage } from '../../../src/features/calendar/model/agenda-window';
import type { Session } from '../../../src/hyra/schemas';
import { makeSession } from '../../factories';

const WEEK = [
  '2026-03-09',
  '2026-03-10',
  '2026-03-11',
  '2026-03-12',
  '2026-03-13',
  '2026-03-14',
  '2026-03-15',
];
const base = makeSession({ cancelled: false, in_progress: false });

/** `count` sessions spread over the week, a minute apart within each day. */
function week(count: number): Map<string, Session[]> {
  const byDay = new Map<string, Session[]>(WEEK.map((day) => [day, []]));
  for (let index = 0; index < count; index++) {
    const day = WEEK[index % 7]!;
    const minute = Math.floor(index / 7);
    const start = new Date(Date.parse(`${day}T00:00:00Z`) + minute * 60_000).toISOString();
    byDay.get(day)!.push({ ...base, _id: `s${String(index).padStart(5, '0')}`, start });
  }
  return byDay;
}

function agenda(byDay: Map<string, Session[]>, { printing = false } = {}) {
  return render(
    <AgendaView
      days={WEEK}
      byDay={byDay}
      loadingDays={new Set()}
      anchor={WEEK[0]!}
      today="2026-03-01"
      zone="UTC"
      hour12={false}
      now={Date.parse('2026-03-01T12:00:00Z')}
      displayMinutes={60}
      directory={new Map()}
      onOpen={() => {}}
      onSelectDay={() => {}}
      printing={printing}
    />,
  );
}

/** jsdom lays nothing out: give elements a size, so the virtual list has rows in sight. */
function withLayout() {
  vi.spyOn(Element.prototype, 'clientHeight', 'get').mockReturnValue(640);
  vi.spyOn(Element.prototype, 'clientWidth', 'get').mockReturnValue(800);
}
afterEach(() => vi.restoreAllMocks());

/** The session focused (by its data-session-id: what the live highlight keys on). */
// eslint-disable-next-line testing-library/no-node-access -- focus is the point
const focusedSession = () => (document.activeElement as HTMLElement | null)?.dataset.sessionId;

const sessionRows = () => screen.queryAllByRole('button', { name: /slots open/ });

describe('the agenda of a long period', () => {
  it('is a virtual list from a few hundred rows, and never on paper', () => {
    const shown = (count: number) =>
      agendaDays({
        days: WEEK,
        byDay: week(count),
        loadingDays: new Set(),
        today: '2026-03-01',
        anchor: WEEK[0]!,
        now: 0,
        displayMinutes: 60,
        showPast: false,
        showEnded: false,
        printing: false,
      }).shown;
    // A heading a day counts as a row.
    expect(agendaIsVirtual(shown(AGENDA_VIRTUAL_FROM - 8), false)).toBe(false);
    expect(agendaIsVirtual(shown(AGENDA_VIRTUAL_FROM - 7), false)).toBe(true);
    expect(agendaIsVirtual(shown(5000), false)).toBe(true);
    expect(agendaIsVirtual(shown(5000), true)).toBe(false);
    const rows = agendaRows(shown(14));
    expect(rows.map((row) => row.kind).slice(0, 4)).toEqual(['day', 'session', 'session', 'day']);
    expect(rows[2]!.heading).toBe(0);
  });

  it('keeps in the page the rows in sight, the heading on top, and the focused row with its neighbours', () => {
    const headingOf = (index: number) => (index < 100 ? 0 : 100);
    expect(
      agendaRowsInPage({ startIndex: 120, endIndex: 125, overscan: 2, count: 300 }, headingOf, 10),
    ).toEqual([9, 10, 11, 100, 118, 119, 120, 121, 122, 123, 124, 125, 126, 127]);
    expect(agendaRowsInPage({ startIndex: 0, endIndex: 1, overscan: 1, count: 2 }, () => 0, 1)).toEqual([
      0, 1,
    ]);
  });

  it('draws a bounded number of rows for a week of 5,000 sessions, and says how many there are', async () => {
    withLayout();
    agenda(week(5000));
    const list = await screen.findByRole('list', { name: 'Sessions of the period' });
    const items = within(list).getAllByRole('listitem');
    expect(items.length).toBeLessThan(40);
    expect(items[0]).toHaveAttribute('aria-setsize', String(5000 + 7));
    expect(items[0]).toHaveAttribute('aria-posinset', '1');
    expect(within(items[0]!).getByRole('heading', { name: 'Monday, March 9, 2026' })).toBeInTheDocument();
    expect(sessionRows().length).toBeGreaterThan(3);
    expect(sessionRows()[0]).toHaveAttribute('data-session-id', 's00000');
  });

  it('draws every row on paper', () => {
    withLayout();
    agenda(week(AGENDA_VIRTUAL_FROM + 100), { printing: true });
    expect(screen.queryByRole('list', { name: 'Sessions of the period' })).not.toBeInTheDocument();
    expect(sessionRows()).toHaveLength(AGENDA_VIRTUAL_FROM + 100);
  });

  it('brings back a row out of sight when focus moves to it, and keeps the focused row when scrolled away', async () => {
    withLayout();
    const user = userEvent.setup();
    agenda(week(5000));
    const list = await screen.findByRole('list', { name: 'Sessions of the period' });
    const drawn = sessionRows().map((row) => row.dataset.sessionId);
    sessionRows()[0]!.focus();
    // Well past the rows drawn at first: each Tab reaches the next session of the day.
    for (let step = 0; step < 40; step++) await user.tab();
    const expected = `s${String(40 * 7).padStart(5, '0')}`;
    expect(drawn).not.toContain(expected);
    expect(focusedSession()).toBe(expected);
    expect(sessionRows().length).toBeLessThan(40);

    // Scrolled far away, the focused row stays (and the rows now in sight are drawn).
    // eslint-disable-next-line testing-library/no-node-access -- the list's scrolling box: jsdom does not scroll
    const scroller = list.parentElement!;
    Object.defineProperty(scroller, 'scrollTop', { configurable: true, value: 84 * 2000 });
    act(() => void fireEvent.scroll(scroller));
    expect(focusedSession()).toBe(expected);
    expect(sessionRows().length).toBeLessThan(40);
    const places = within(list)
      .getAllByRole('listitem')
      .map((item) => Number(item.getAttribute('aria-posinset')));
    expect(places.some((place) => place > 1990 && place < 2020)).toBe(true);
    await user.tab({ shift: true });
    expect(focusedSession()).toBe(`s${String(39 * 7).padStart(5, '0')}`);
  });
});
