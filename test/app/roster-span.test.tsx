import { act, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CalendarPage } from '../../src/app/calendar-page';
import { SessionSchema, type Session } from '../../src/hyra/schemas';
import { holdsAnySlot } from '../../src/hyra/selectors';
import { formatDay } from '../../src/lib/format';
import { setupDemoServer } from '../demo-server';
import { freezeNow, renderWithApp } from '../render-app';
import { withLayout, onScreen } from '../layout';

const demo = setupDemoServer();
// Whole weeks of the demo rendered on a shared 2-core machine.
vi.setConfig({ testTimeout: 20_000 });
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

const param = (key: string) => new URLSearchParams(window.location.search).get(key);

function sessionsOn(day: string): Session[] {
  return demo.store.sessionsOnDay(day).map((raw) => SessionSchema.parse(raw));
}
/** The roster's rows of one day: its day row, and a row per session and per slot. */
function rowsOf(day: string, keep: (session: Session) => boolean = () => true) {
  const sessions = sessionsOn(day).filter(keep);
  const slots = sessions.reduce((sum, session) => {
    const hosts = session.schedule.disable_cohost ? 1 : 2;
    const groups = session.servers.length === 0 ? [session.polyfill] : session.servers.map((s) => s.groups);
    return sum + groups.reduce((n, list) => n + hosts + list.reduce((r, g) => r + g.roles.length, 0), 0);
  }, 0);
  return sessions.length === 0 ? 0 : 1 + sessions.length + slots;
}

const shownRoster = async () =>
  (await screen.findAllByRole('table', { name: 'Roster' })).filter(onScreen)[0]!;

function renderAt(search: string) {
  freezeNow();
  return renderWithApp(<CalendarPage />, {
    url: `/?zone=UTC&date=2026-12-02&${search}`,
    presetUserId: demo.store.me.id,
  });
}

describe('the roster’s span', () => {
  it('shows the selected day with span=day: its title, steps, print label and rows', async () => {
    withLayout();
    const { user } = renderAt('view=roster&span=day');
    const table = await shownRoster();
    expect(rowsOf('2026-12-02')).toBeGreaterThan(0);
    expect(table).toHaveAttribute('aria-rowcount', String(1 + rowsOf('2026-12-02')));
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent(formatDay('2026-12-02'));
    expect(screen.getByRole('radiogroup', { name: 'Roster span' })).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'One day', checked: true })).toBeInTheDocument();
    // Still the roster in the view switcher.
    expect(
      within(screen.getByRole('radiogroup', { name: 'View' })).getByRole('radio', { name: 'Roster' }),
    ).toBeChecked();
    // By label and text: a role query by name walks the thousands of buttons of the roster.
    expect(screen.getByText('Print this day')).toHaveRole('button');

    await user.click(screen.getByLabelText('Next day'));
    expect(param('date')).toBe('2026-12-03');
    expect(param('span')).toBe('day');
    await waitFor(async () =>
      expect(await shownRoster()).toHaveAttribute('aria-rowcount', String(1 + rowsOf('2026-12-03'))),
    );
  });

  it('switches between day and week from the keyboard, keeping the focus on the toggle', async () => {
    withLayout();
    const { user } = renderAt('view=roster');
    await shownRoster();
    const week = screen.getByRole('radio', { name: 'Whole week' });
    expect(week).toBeChecked();
    expect(screen.getByLabelText('Next week')).toHaveRole('button');
    expect(screen.getByText('Print this week')).toHaveRole('button');
    week.focus();
    await user.keyboard('{ArrowLeft}');
    expect(param('span')).toBe('day');
    const day = await screen.findByRole('radio', { name: 'One day', checked: true });
    await waitFor(() => expect(day).toHaveFocus());
    expect(screen.getByLabelText('Next day')).toHaveRole('button');
    await waitFor(async () =>
      expect(await shownRoster()).toHaveAttribute('aria-rowcount', String(1 + rowsOf('2026-12-02'))),
    );

    await user.keyboard('{ArrowRight}');
    expect(param('span')).toBeNull();
    await waitFor(() => expect(screen.getByRole('radio', { name: 'Whole week' })).toHaveFocus());
    expect(screen.getByLabelText('Next week')).toHaveRole('button');
  });
});

describe('the roster’s tab and person in the URL', () => {
  it('opens By person from tab=people, and a name there filters the roster, in the URL', async () => {
    const { user } = renderAt('view=roster&tab=people');
    const people = (await screen.findAllByRole('table', { name: 'By person' })).filter(onScreen)[0]!;
    expect(screen.getByRole('radio', { name: 'By person' })).toBeChecked();
    const me = demo.store.me;
    await user.click(within(people).getByRole('button', { name: new RegExp(`^${me.display_name!}`) }));
    expect(param('person')).toBe(me.id);
    expect(param('tab')).toBeNull();
    await shownRoster();
    expect(screen.getByRole('radio', { name: 'By session' })).toBeChecked();

    // Back: By person again, everyone; forward: the person again.
    act(() => window.history.back());
    await waitFor(() => expect(screen.getByRole('radio', { name: 'By person' })).toBeChecked());
    expect(screen.queryByRole('button', { name: 'Show everyone' })).not.toBeInTheDocument();
    act(() => window.history.forward());
    await user.click(await screen.findByRole('button', { name: 'Show everyone' }));
    expect(param('person')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Show everyone' })).not.toBeInTheDocument();
  });

  it('restores a person from a link, and says when they hold nothing that day', async () => {
    const me = demo.store.me;
    const { unmount } = renderAt(`view=roster&person=${me.id}`);
    await shownRoster();
    expect(screen.getAllByText(/^Only/).filter(onScreen)[0]).toHaveTextContent(`Only ${me.display_name}`);
    unmount();

    renderAt('view=roster&span=day&person=1');
    expect((await screen.findAllByText(/^Only/)).filter(onScreen)[0]).toHaveTextContent('Only User 1');
    expect(screen.getByText('This person holds no slot this day.')).toBeInTheDocument();
  });

  it('ignores what it cannot read in the URL', async () => {
    withLayout();
    renderAt(
      `view=roster&span=${encodeURIComponent('<img src=x onerror=alert(1)>')}&tab=__proto__&person=${encodeURIComponent("1' OR 1=1")}`,
    );
    const table = await shownRoster();
    expect(screen.getByRole('radio', { name: 'Whole week' })).toBeChecked();
    expect(screen.getByRole('radio', { name: 'By session' })).toBeChecked();
    expect(screen.queryByRole('button', { name: 'Show everyone' })).not.toBeInTheDocument();
    const week = [
      '2026-11-30',
      '2026-12-01',
      '2026-12-02',
      '2026-12-03',
      '2026-12-04',
      '2026-12-05',
      '2026-12-06',
    ];
    expect(table).toHaveAttribute(
      'aria-rowcount',
      String(1 + week.reduce((sum, day) => sum + rowsOf(day), 0)),
    );
  });

  it('applies the calendar’s filters: types, mine and hide cancelled', async () => {
    withLayout();
    const me = demo.store.me.id;
    const day = '2026-12-02';
    const all = sessionsOn(day);
    const type = all.find((session) => holdsAnySlot(session, me))!.schedule;
    const keep = (session: Session) =>
      (session.schedule._id ?? session.schedule.name) === (type._id ?? type.name) &&
      holdsAnySlot(session, me) &&
      !session.cancelled;
    expect(rowsOf(day, keep)).toBeGreaterThan(0);
    expect(rowsOf(day, keep)).toBeLessThan(rowsOf(day));
    renderAt(
      `view=roster&span=day&types=${encodeURIComponent(type._id ?? type.name)}&mine=1&hideCancelled=1`,
    );
    await waitFor(async () =>
      expect(await shownRoster()).toHaveAttribute('aria-rowcount', String(1 + rowsOf(day, keep))),
    );
  });
});
