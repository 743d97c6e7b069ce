import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { SessionDetail } from '../../../src/features/session/components/session-detail';
import { buildDirectory } from '../../../src/hyra/selectors';
import { hostedBy, hyraServer, hyraUser, makeSession, role, roleGroup, scheduleWith } from '../../factories';

const NOW = Date.parse('2026-12-02T12:00:00Z');
const LONG = 'Ω'.repeat(300);

function session(extra: Record<string, unknown> = {}) {
  return makeSession({
    _id: 's1',
    start: '2026-12-02T14:00:00Z',
    cancelled: false,
    in_progress: false,
    adhoc: false,
    schedule: scheduleWith({
      name: 'Training',
      public_start_offset: 15,
      public_slock_offset: 10,
      disable_cohost: false,
      game_link: 'https://www.roblox.com/games/1',
      thumbnail_url: 'https://evil.example/track.png',
    }),
    ...hostedBy('1', { username: 'ann_r', display_name: 'ليلى 🌙' }),
    co_host_id: '',
    co_host: { exists: false },
    servers: [
      hyraServer(
        'a',
        [
          roleGroup('g2', 'Assistants', 2, [role('r3', 'Assistant 1', '999')]),
          roleGroup('g1', 'Trainers', 1, [role('r1', 'Trainer 1', '2'), role('r2', 'Trainer 2')]),
        ],
        { status: 'active', source: 'web', created_by: '1' },
      ),
      hyraServer('b', [], { status: 'starting' }),
    ],
    subhosting: [
      {
        server_id: 'b',
        user_id: '2',
        user: hyraUser('2', { username: 'bob', display_name: '<img src=x onerror=alert(1)>' }),
      },
      {
        server_id: 'b',
        type: 'co_host_id',
        user_id: '3',
        user: hyraUser('3', { username: 'cat', display_name: LONG }),
      },
    ],
    ...extra,
  });
}

function show(s = session()) {
  const directory = buildDirectory([s]);
  return render(
    <SessionDetail
      session={s}
      context={{ zone: 'UTC', hour12: false, now: NOW, displayMinutes: 60, directory }}
    />,
  );
}

describe('SessionDetail', () => {
  it('shows when the server unlocks and locks, from the offsets', () => {
    show();
    // eslint-disable-next-line testing-library/no-node-access -- a term and its value sit side by side
    expect(screen.getByText('Server unlocks').nextElementSibling).toHaveTextContent('13:45 UTC');
    // eslint-disable-next-line testing-library/no-node-access -- a term and its value sit side by side
    expect(screen.getByText('Server locks').nextElementSibling).toHaveTextContent('14:10 UTC');
  });

  it('lists servers in order with their own hosts, groups by priority and role holders', () => {
    show();
    const first = screen.getByRole('region', { name: 'Server 1' });
    const groups = within(first)
      .getAllByRole('heading', { level: 5 })
      .map((h) => h.textContent);
    expect(groups).toEqual(['Trainers', 'Assistants']);
    const trainers = within(first).getByRole('region', { name: '\u2068Trainers\u2069 roles' });
    // eslint-disable-next-line testing-library/no-node-access -- a term and its value sit side by side
    expect(within(trainers).getByText('Trainer 2').parentElement).toHaveTextContent('Open');
    // Known only by ID: shown as the ID.
    expect(within(first).getByText('User 999')).toBeInTheDocument();
    expect(within(first).getByLabelText('\u2068Trainers\u2069: 1 of 2 filled')).toBeInTheDocument();

    const second = screen.getByRole('region', { name: 'Server 2' });
    expect(within(second).getByText('starting')).toBeInTheDocument();
    expect(within(second).getByText('@cat')).toBeInTheDocument();
    // eslint-disable-next-line testing-library/no-node-access -- a term and its value sit side by side
    expect(screen.getByText('Slots').nextElementSibling).toHaveTextContent('5 of 7 filled, 2 open');
  });

  it('renders hostile and unusual names as plain text', () => {
    const { container } = show();
    expect(screen.getAllByText('<img src=x onerror=alert(1)>').length).toBeGreaterThan(0);
    // eslint-disable-next-line testing-library/no-node-access, testing-library/no-container -- no image at all
    expect(container.querySelector('img[src="x"]')).toBeNull();
    // eslint-disable-next-line testing-library/no-node-access -- direction isolation is markup
    expect(screen.getAllByText('ليلى 🌙')[0]!.closest('[dir="auto"]')).not.toBeNull();
    // eslint-disable-next-line testing-library/no-node-access -- wrapping is markup
    expect(screen.getByText(LONG).closest('.break-words')).not.toBeNull();
  });

  it('never loads a remote thumbnail and only links http(s) game links', () => {
    const { container } = show();
    // eslint-disable-next-line testing-library/no-node-access, testing-library/no-container -- no image at all
    expect(container.querySelector('img')).toBeNull();
    const link = screen.getByRole('link', { name: /Open the game/ });
    expect(link).toHaveAttribute('href', 'https://www.roblox.com/games/1');
    expect(link).toHaveAttribute('target', '_blank');
    expect(link).toHaveAttribute('rel', 'noopener noreferrer');
  });

  it('does not link a javascript: game link', () => {
    show(session({ schedule: { ...session().schedule, game_link: 'javascript:alert(1)' } }));
    expect(screen.queryByRole('link')).not.toBeInTheDocument();
    expect(screen.getByText('No link')).toBeInTheDocument();
  });

  it('hides the co-host slot when the schedule disables it', () => {
    show(session({ schedule: { ...session().schedule, disable_cohost: true } }));
    expect(screen.queryByText('Co-host')).not.toBeInTheDocument();
  });

  it('shows the template in a clear "no servers yet" state', () => {
    show(
      session({
        servers: [],
        subhosting: [],
        polyfill: [{ _id: 'p', name: 'Trainers', priority: 1, roles: [{ _id: 'x', name: 'Trainer 1' }] }],
      }),
    );
    expect(screen.getByRole('status')).toHaveTextContent('No servers yet');
    expect(screen.getByText('These roles will exist once a server is created.')).toBeInTheDocument();
    expect(screen.getByText('Opens with a server')).toBeInTheDocument();
  });
});
