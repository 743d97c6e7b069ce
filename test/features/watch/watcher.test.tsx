import { QueryClient } from '@tanstack/react-query';
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AppProviders } from '../../../src/app/app';
import { WatchMenu } from '../../../src/features/watch/components/watch-menu';
import { WatchSessionToggle, WatchSlotToggle } from '../../../src/features/watch/components/watch-toggle';
import { watchQueryCache } from '../../../src/features/watch/components/watcher';
import type { Watch, WatchAlert } from '../../../src/features/watch/model/watch-rules';
import { resetWatchesCache } from '../../../src/features/watch/model/watch-store';
import { createHyraApi } from '../../../src/hyra/api';
import { createHyraClient } from '../../../src/hyra/client';
import type { SessionsPage } from '../../../src/hyra/parse';
import { sessionsQueries } from '../../../src/hyra/queries';
import type { Session } from '../../../src/hyra/schemas';
import { clearToasts, Toaster } from '../../../src/ui/toaster';
import { hostedBy, hyraServer, makePermissions, makeSession, noHosts, scheduleWith } from '../../factories';

const api = createHyraApi({
  client: createHyraClient({ baseUrl: 'http://localhost/none' }),
  workspaceId: 'ws1',
});

function session(fields: Record<string, unknown> = {}): Session {
  return makeSession({
    _id: 's1',
    start: '2026-12-02T14:00:00Z',
    schedule: scheduleWith({ name: 'Evening shift' }),
    ...hostedBy('1', { username: 'nova', display_name: 'Nova' }),
    ...fields,
  });
}

const page = (...sessions: Session[]): SessionsPage => ({
  permissions: makePermissions(),
  sessions,
  dropped: [],
});
const dayKey = (day: string) => sessionsQueries.day(api, day as never).queryKey;
const watch: Watch = {
  workspaceId: 'ws1',
  sessionId: 's1',
  name: 'Evening shift',
  start: '2026-12-02T14:00:00Z',
};

afterEach(() => {
  resetWatchesCache();
  act(() => clearToasts());
  vi.unstubAllGlobals();
});

describe('watchQueryCache', () => {
  it('compares each day that arrives with the version seen before, and says each change once', () => {
    const client = new QueryClient();
    client.setQueryData(dayKey('2026-12-02'), page(session()));
    const alerts: WatchAlert[] = [];
    const follow = watchQueryCache(
      client,
      'ws1',
      () => [watch],
      (alert) => alerts.push(alert),
      (start) => start,
    );

    client.setQueryData(dayKey('2026-12-02'), page(session({ updatedAt: '2026-12-02T11:00:00Z' })));
    expect(alerts).toEqual([]);
    const hostless = session({ ...noHosts(), updatedAt: '2026-12-02T11:05:00Z' });
    client.setQueryData(dayKey('2026-12-02'), page(hostless));
    expect(alerts.map((alert) => alert.code)).toEqual(['host-lost']);
    // The margin day holds the same session: not said twice.
    client.setQueryData(dayKey('2026-12-03'), page(hostless));
    // Another workspace's days are not followed.
    const otherApi = createHyraApi({
      client: createHyraClient({ baseUrl: 'http://localhost/none' }),
      workspaceId: 'ws2',
    });
    client.setQueryData(
      sessionsQueries.day(otherApi, '2026-12-02' as never).queryKey,
      page(session({ cancelled: true })),
    );
    expect(alerts).toHaveLength(1);
    follow.stop();
    client.setQueryData(dayKey('2026-12-02'), page(session({ cancelled: true })));
    expect(alerts).toHaveLength(1);
  });

  it('a session first seen after watching is only remembered', () => {
    const client = new QueryClient();
    const alerts: WatchAlert[] = [];
    watchQueryCache(
      client,
      'ws1',
      () => [watch],
      (alert) => alerts.push(alert),
      (start) => start,
    );
    client.setQueryData(dayKey('2026-12-02'), page(session({ cancelled: true })));
    expect(alerts).toEqual([]);
  });
});

function renderWatching(client: QueryClient, onOpen = vi.fn()) {
  return render(
    <AppProviders queryClient={client} api={api}>
      <WatchMenu zone="UTC" onOpen={onOpen} />
      <WatchSessionToggle session={session()} />
      <WatchSlotToggle session={session()} slot={{ kind: 'host' }} holder={{ id: '1' }} label="Host" />
      <Toaster />
    </AppProviders>,
  );
}

describe('watching from the detail', () => {
  it('a keyboard user watches a session; when it is cancelled, a toast and a notification; the list stops it', async () => {
    const shown: string[] = [];
    vi.stubGlobal(
      'Notification',
      Object.assign(
        function (title: string) {
          shown.push(title);
        },
        { permission: 'granted', requestPermission: async () => 'granted' },
      ),
    );
    const user = userEvent.setup();
    const client = new QueryClient();
    client.setQueryData(dayKey('2026-12-02'), page(session()));
    renderWatching(client);
    expect(screen.queryByRole('button', { name: /Watching/ })).not.toBeInTheDocument();

    const toggle = screen.getByRole('button', { name: 'Watch this session' });
    expect(toggle).toHaveAttribute('aria-pressed', 'false');
    toggle.focus();
    await user.keyboard('{Enter}');
    expect(toggle).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByRole('button', { name: 'Watching (1)' })).toBeInTheDocument();

    act(() => {
      client.setQueryData(
        dayKey('2026-12-02'),
        page(session({ cancelled: true, updatedAt: '2026-12-02T11:00:00Z' })),
      );
    });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('A session you watch was cancelled: \u2068Evening shift\u2069');
    expect(alert).toHaveTextContent('Wed, Dec 2, 14:00 UTC');
    expect(shown).toEqual(['A session you watch was cancelled: \u2068Evening shift\u2069']);

    await user.click(screen.getByRole('button', { name: 'Watching (1)' }));
    const dialog = screen.getByRole('dialog', { name: 'What you watch' });
    expect(within(dialog).getByText('Evening shift')).toBeInTheDocument();
    await user.click(
      within(dialog).getByRole('button', { name: 'Stop watching Evening shift: Whole session' }),
    );
    expect(within(dialog).getByText('You watch nothing in this workspace.')).toBeInTheDocument();
    expect(toggle).toHaveAttribute('aria-pressed', 'false');
  });

  it('a full slot can be watched; an open one offers no watch', async () => {
    const user = userEvent.setup();
    const client = new QueryClient();
    render(
      <AppProviders queryClient={client} api={api}>
        <WatchSlotToggle session={session()} slot={{ kind: 'host' }} holder={{ id: '1' }} label="Host" />
        <WatchSlotToggle session={session()} slot={{ kind: 'cohost' }} holder={null} label="Co-host" />
      </AppProviders>,
    );
    expect(screen.queryByRole('button', { name: 'Watch Co-host' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Watch Host' }));
    expect(screen.getByRole('button', { name: 'Watch Host' })).toHaveAttribute('aria-pressed', 'true');
  });

  it("a role's name from Hyra is isolated in the watch button's name, so it cannot reverse our words", () => {
    const client = new QueryClient();
    const hostile = 'Cashier \u202Eone';
    render(
      <AppProviders queryClient={client} api={api}>
        <WatchSlotToggle
          session={session()}
          slot={{ kind: 'role', serverId: 'v1', groupId: 'g1', roleId: 'r1' }}
          holder={{ id: '1' }}
          label={hostile}
        />
      </AppProviders>,
    );
    expect(screen.getByRole('button', { name: `Watch \u2068${hostile}\u2069` })).toBeInTheDocument();
  });
});

describe('what an alert and the watch list say, and opening from them', () => {
  const twoServers = () =>
    session({
      servers: [hyraServer('a', []), hyraServer('b', [])],
      subhosting: [
        { server_id: 'a', user_id: '2', user: { exists: true, id: '2' } },
        { server_id: 'b', user_id: '4', user: { exists: true, id: '4' } },
      ],
    });

  it('a watched server slot that opens says the session, its day and time, the server and the slot, and Open opens it', async () => {
    const user = userEvent.setup();
    const onOpen = vi.fn();
    const client = new QueryClient();
    client.setQueryData(dayKey('2026-12-02'), page(twoServers()));
    render(
      <AppProviders queryClient={client} api={api}>
        <WatchMenu zone="Asia/Tokyo" onOpen={onOpen} />
        <WatchSlotToggle
          session={twoServers()}
          slot={{ kind: 'host', serverId: 'b' }}
          holder={{ id: '4' }}
          label="Host of server 2"
        />
        <Toaster />
      </AppProviders>,
    );
    await user.click(screen.getByRole('button', { name: 'Watch Host of server 2' }));
    act(() => {
      client.setQueryData(
        dayKey('2026-12-02'),
        page({
          ...twoServers(),
          subhosting: [{ server_id: 'a', user_id: '2', user: { exists: true, id: '2' } }],
          updatedAt: '2026-12-02T11:00:00Z',
        }),
      );
    });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('A slot you watch opened: Host · Server 2');
    expect(alert).toHaveTextContent('\u2068Evening shift\u2069, Wed, Dec 2, 23:00 GMT+9');
    await user.click(within(alert).getByRole('button', { name: /^Open/ }));
    expect(onOpen).toHaveBeenCalledWith('s1', '2026-12-02T14:00:00Z');
    expect(screen.queryByRole('button', { name: /^Open/ })).not.toBeInTheDocument();
  });

  it('the watch list tells two host slots apart and opens the session of each', async () => {
    const user = userEvent.setup();
    const onOpen = vi.fn();
    const client = new QueryClient();
    render(
      <AppProviders queryClient={client} api={api}>
        <WatchMenu zone="UTC" onOpen={onOpen} />
        <WatchSlotToggle session={twoServers()} slot={{ kind: 'host' }} holder={{ id: '1' }} label="Host" />
        <WatchSlotToggle
          session={twoServers()}
          slot={{ kind: 'host', serverId: 'b' }}
          holder={{ id: '4' }}
          label="Host of server 2"
        />
      </AppProviders>,
    );
    await user.click(screen.getByRole('button', { name: 'Watch Host' }));
    await user.click(screen.getByRole('button', { name: 'Watch Host of server 2' }));
    await user.click(screen.getByRole('button', { name: 'Watching (2)' }));
    const list = within(screen.getByRole('dialog', { name: 'What you watch' })).getByRole('list', {
      name: 'Watched',
    });
    const items = within(list).getAllByRole('listitem');
    expect(items.map((item) => item.textContent)).toEqual([
      'Evening shiftWed, Dec 2, 14:00 UTC · HostOpenStop watching',
      'Evening shiftWed, Dec 2, 14:00 UTC · Host · Server 2OpenStop watching',
    ]);
    await user.click(screen.getByRole('button', { name: 'Open Evening shift: Host · Server 2' }));
    expect(onOpen).toHaveBeenCalledWith('s1', '2026-12-02T14:00:00Z');
    // The list closes, so the session's detail is what shows.
    expect(screen.queryByRole('dialog', { name: 'What you watch' })).not.toBeInTheDocument();
  });
});
