import { act, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CalendarPage } from '../../src/app/calendar-page';
import { SessionSchema, type Session } from '../../src/hyra/schemas';
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

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const WEEK = [
  '2026-11-30',
  '2026-12-01',
  '2026-12-02',
  '2026-12-03',
  '2026-12-04',
  '2026-12-05',
  '2026-12-06',
];

function weekSessions(): Session[] {
  return WEEK.flatMap((day) => demo.store.sessionsOnDay(day).map((raw) => SessionSchema.parse(raw)));
}

/** What someone holds in a session, read straight from Hyra's fields. */
function heldBy(session: Session, id: string) {
  const cohosts = !session.schedule.disable_cohost;
  const hosts = session.servers.length === 0 ? 1 : session.servers.length;
  let host = session.host_id === id && session.host?.exists !== false ? 1 : 0;
  let cohost = cohosts && session.co_host_id === id && session.co_host?.exists !== false ? 1 : 0;
  for (const sub of session.subhosting) {
    if (sub.user_id !== id || !session.servers.slice(1).some((server) => server._id === sub.server_id))
      continue;
    if ((sub.type ?? 'host_id') === 'host_id') host += 1;
    else if (cohosts) cohost += 1;
  }
  const roles = session.servers
    .flatMap((server) => server.groups.flatMap((group) => group.roles))
    .filter((role) => role.user_id === id).length;
  return { host: Math.min(host, hosts), cohost, roles };
}

function renderRoster(url = '/?zone=UTC&view=roster&date=2026-12-02') {
  freezeNow();
  return renderWithApp(<CalendarPage />, { url, presetUserId: demo.store.me.id });
}

describe('the roster view', () => {
  it('is in the view switcher and on the r key', async () => {
    freezeNow();
    const { user } = renderWithApp(<CalendarPage />, {
      url: '/?zone=UTC&view=week&date=2026-12-02',
      presetUserId: demo.store.me.id,
    });
    await screen.findAllByRole('button', { name: /slots open/ });
    await user.keyboard('r');
    expect(new URLSearchParams(window.location.search).get('view')).toBe('roster');
    expect(screen.getByRole('radio', { name: 'Roster' })).toBeChecked();
    expect((await screen.findAllByRole('table', { name: 'Roster' })).filter(onScreen)).toHaveLength(1);
  });

  it('lists the week day by day, each session with its servers, hosts and roles', async () => {
    withLayout();
    renderRoster();
    const table = (await screen.findAllByRole('table', { name: 'Roster' })).filter(onScreen)[0]!;
    const sessions = weekSessions();
    const slots = sessions.reduce((sum, session) => {
      const cohost = session.schedule.disable_cohost ? 0 : 1;
      if (session.servers.length === 0) {
        return sum + 1 + cohost + session.polyfill.reduce((roles, group) => roles + group.roles.length, 0);
      }
      return (
        sum +
        session.servers.reduce(
          (perServer, server) =>
            perServer + 1 + cohost + server.groups.reduce((roles, group) => roles + group.roles.length, 0),
          0,
        )
      );
    }, 0);
    const days = WEEK.filter((day) => demo.store.sessionsOnDay(day).length > 0).length;
    // The header, a row per day, per session and per slot (the long list draws only what is in sight).
    expect(table).toHaveAttribute('aria-rowcount', String(1 + days + sessions.length + slots));
    // By their names as read out (a phone shows "#" for Server, hidden from screen readers).
    const head = within(within(table).getAllByRole('row')[0]!);
    const headers = head.getAllByRole('columnheader');
    expect(
      ['Server', 'Group', 'Slot', 'Holder'].map((name) =>
        headers.indexOf(head.getByRole('columnheader', { name })),
      ),
    ).toEqual([0, 1, 2, 3]);
    const earliest = [...sessions].sort((a, b) => Date.parse(a.start) - Date.parse(b.start))[0]!;
    const first = await within(table).findAllByRole('button', {
      name: new RegExp(`^\u2068${escape(earliest.schedule.name)}\u2069, `),
    });
    expect(first[0]).toBeInTheDocument();
  });

  it('filters to a person from their name, with their slots only, and back to everyone', async () => {
    withLayout();
    const { user } = renderRoster();
    const me = demo.store.me;
    const expected = weekSessions().reduce((sum, session) => {
      const held = heldBy(session, me.id);
      return sum + held.host + held.cohost + held.roles;
    }, 0);
    expect(expected).toBeGreaterThan(0);
    await user.click(await screen.findByRole('radio', { name: 'By person' }));
    const people = (await screen.findAllByRole('table', { name: 'By person' })).filter(onScreen)[0]!;
    await user.click(
      within(people).getByRole('button', { name: new RegExp(`^${escape(me.display_name!)}`) }),
    );
    expect(screen.getAllByText(/^Only/).filter(onScreen)[0]).toHaveTextContent(`Only ${me.display_name}`);
    const table = screen.getAllByRole('table', { name: 'Roster' }).filter(onScreen)[0]!;
    const slotRows = within(table)
      .getAllByRole('row')
      .filter((row) => within(row).queryAllByRole('cell').length === 4);
    expect(slotRows).toHaveLength(expected);
    for (const row of slotRows) expect(row).toHaveTextContent('You');
    await user.click(screen.getByRole('button', { name: 'Show everyone' }));
    expect(screen.queryByText(/^Only/)).not.toBeInTheDocument();
  });

  it('counts each person’s host, co-host and role slots By person, sortable', async () => {
    const { user } = renderRoster();
    await user.click(await screen.findByRole('radio', { name: 'By person' }));
    const table = (await screen.findAllByRole('table', { name: 'By person' })).filter(onScreen)[0]!;
    const me = demo.store.me;
    const mine = weekSessions().reduce(
      (sum, session) => {
        const held = heldBy(session, me.id);
        return {
          host: sum.host + held.host,
          cohost: sum.cohost + held.cohost,
          roles: sum.roles + held.roles,
        };
      },
      { host: 0, cohost: 0, roles: 0 },
    );
    const row = within(table)
      .getAllByRole('row')
      .find((candidate) =>
        within(candidate).queryByRole('rowheader', { name: new RegExp(`^${escape(me.display_name!)}`) }),
      )!;
    expect(
      within(row)
        .getAllByRole('cell')
        .slice(0, 4)
        .map((cell) => cell.textContent),
    ).toEqual([
      String(mine.host),
      String(mine.cohost),
      String(mine.roles),
      String(mine.host + mine.cohost + mine.roles),
    ]);
    const totals = () =>
      within(table)
        .getAllByRole('row')
        .slice(1)
        .map((tableRow) => Number(within(tableRow).getAllByRole('cell')[3]!.textContent));
    expect(totals()).toEqual([...totals()].sort((a, b) => b - a));
    await user.click(within(table).getByRole('button', { name: 'Total' }));
    expect(within(table).getByRole('columnheader', { name: /Total/ })).toHaveAttribute(
      'aria-sort',
      'ascending',
    );
    expect(totals()).toEqual([...totals()].sort((a, b) => a - b));
  });

  it('puts everyone’s slots on paper By person, folded on screen', async () => {
    const { user } = renderRoster();
    await user.click(await screen.findByRole('radio', { name: 'By person' }));
    const table = (await screen.findAllByRole('table', { name: 'By person' })).filter(onScreen)[0]!;
    const me = demo.store.me;
    const row = () =>
      within(table)
        .getAllByRole('row')
        .find((candidate) =>
          within(candidate).queryByRole('rowheader', { name: new RegExp(`^${escape(me.display_name!)}`) }),
        )!;
    const held = weekSessions().reduce((sum, session) => {
      const mine = heldBy(session, me.id);
      return sum + mine.host + mine.cohost + mine.roles;
    }, 0);
    // On screen the slots wait behind "Show N slots" (under the name on a phone, in their column wider).
    expect(within(row()).queryAllByRole('listitem')).toHaveLength(0);
    act(() => {
      window.dispatchEvent(new Event('beforeprint'));
    });
    const column = within(row()).getAllByRole('cell')[4]!;
    expect(within(column).getAllByRole('listitem')).toHaveLength(held);
    act(() => {
      window.dispatchEvent(new Event('afterprint'));
    });
    expect(within(row()).queryAllByRole('listitem')).toHaveLength(0);
  });
});

describe('Needs attention', () => {
  it('lists the coming sessions that lack people, for those who can assign', async () => {
    renderRoster();
    const panel = await screen.findByRole('region', { name: 'Needs attention' });
    const items = await within(panel).findAllByRole('button', { name: /Open to assign$/ });
    expect(items.length).toBeGreaterThan(0);
    expect(items[0]).toHaveAccessibleName(/: (No host|No co-host|Open roles|No server yet)/);
  });

  it('is not there for those who cannot assign', async () => {
    demo.useScenario('readonly');
    renderRoster();
    await screen.findAllByRole('table', { name: 'Roster' });
    await waitFor(() =>
      expect(screen.queryByRole('region', { name: 'Needs attention' })).not.toBeInTheDocument(),
    );
  });
});
