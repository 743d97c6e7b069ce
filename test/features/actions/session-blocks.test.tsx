import { QueryClientProvider } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ActionsProvider, type ActionEnv } from '../../../src/features/actions/components/actions-provider';
import { SessionActions } from '../../../src/features/actions/components/server-actions';
import { SlotActions } from '../../../src/features/actions/components/slot-actions';
import { recordChange } from '../../../src/hyra/recent-changes';
import type { Permissions, Session } from '../../../src/hyra/schemas';
import { makePermissions, makeSession, noHosts, scheduleWith } from '../../factories';
import { testApi, testQueryClient } from '../../render-app';

const NOW = Date.parse('2026-12-02T12:00:00Z');
const LOCKED = Date.parse('2026-12-02T14:10:00Z');
const STAFF = makePermissions({ host_quota: 5, host_quota_used: 1, cohost_quota: 5, cohost_quota_used: 1 });

const session = (fields: Record<string, unknown> = {}) =>
  makeSession({
    _id: 's1',
    start: '2026-12-02T14:00:00Z',
    cancelled: false,
    ...noHosts(),
    schedule: scheduleWith({ name: 'Training', disable_cohost: false, public_slock_offset: 10 }),
    ...fields,
  });

/** The session-wide actions and the host slot's actions, as the session panel shows them. */
function showActions(
  target: Session,
  { permissions = STAFF, now = NOW }: { permissions?: Permissions; now?: number } = {},
) {
  const env: ActionEnv = {
    api: testApi(),
    permissions,
    me: '42',
    now,
    zone: 'UTC',
    hour12: false,
    displayMinutes: 60,
    sessions: [target],
    directory: new Map(),
    webUrl: 'https://hyra.example',
  };
  return render(
    <QueryClientProvider client={testQueryClient()}>
      <ActionsProvider env={env}>
        <SessionActions session={target} />
        <SlotActions session={target} slot={{ kind: 'host' }} holder={null} label="Host" />
      </ActionsProvider>
    </QueryClientProvider>,
  );
}

describe('blocks of the whole session are said once, above the slots', () => {
  it('offers the slot while the server is open, with no notice', () => {
    showActions(session());
    expect(screen.getByRole('button', { name: 'Take Host' })).toBeEnabled();
    expect(screen.queryByRole('note')).not.toBeInTheDocument();
  });

  it('says the server is locked once and drops the slot buttons', () => {
    showActions(session(), { now: LOCKED });
    expect(screen.getByRole('note')).toHaveTextContent('Slots can’t be changed: server locked.');
    expect(screen.queryByRole('button', { name: 'Take Host' })).not.toBeInTheDocument();
    expect(screen.queryByText('Server locked')).not.toBeInTheDocument();
  });

  it('says the session is cancelled once and drops the slot buttons', () => {
    showActions(session({ cancelled: true }));
    expect(screen.getByRole('note')).toHaveTextContent('Slots can’t be changed: session cancelled.');
    expect(screen.queryByRole('button', { name: 'Take Host' })).not.toBeInTheDocument();
  });

  it('says a block of one slot under that slot, with no session notice', () => {
    showActions(session(), { permissions: { ...STAFF, host_quota: 2, host_quota_used: 2 } });
    expect(screen.getByRole('button', { name: 'Take Host' })).toBeDisabled();
    expect(screen.getByText('Host quota reached')).toBeInTheDocument();
    expect(screen.queryByRole('note')).not.toBeInTheDocument();
  });
});

describe('a slot someone else took in the last refresh', () => {
  afterEach(() => vi.useRealTimers());

  it('says who took it where Take was, as text, and keeps Assign… for those who may assign', () => {
    vi.useFakeTimers({ toFake: ['setTimeout'] });
    const taken = session({ host: { exists: true, id: '77', username: 'bean', display_name: 'Bean' } });
    recordChange('s1', {
      at: Date.now(),
      changes: [{ kind: 'slot', slot: 'host:', what: 'Host', toId: '77', to: 'Bean' }],
      text: 'Host taken by Bean',
    });
    const env: ActionEnv = {
      api: testApi(),
      permissions: makePermissions({ ...STAFF, assign_host: true }),
      me: '42',
      now: NOW,
      zone: 'UTC',
      hour12: false,
      displayMinutes: 60,
      sessions: [taken],
      directory: new Map(),
      webUrl: 'https://hyra.example',
    };
    render(
      <QueryClientProvider client={testQueryClient()}>
        <ActionsProvider env={env}>
          <SlotActions session={taken} slot={{ kind: 'host' }} holder={{ id: '77' }} label="Host" />
        </ActionsProvider>
      </QueryClientProvider>,
    );
    expect(screen.getByText(/Taken by/)).toHaveTextContent('Taken by Bean just now');
    expect(screen.queryByRole('button', { name: /Taken by/ })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Assign Host' })).toBeEnabled();
  });
});
