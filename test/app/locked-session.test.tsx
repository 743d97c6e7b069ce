import { act, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CalendarPage } from '../../src/app/calendar-page';
import { lockTime } from '../../src/hyra/permissions';
import { SessionSchema, type Session } from '../../src/hyra/schemas';
import { selectHost } from '../../src/hyra/selectors';
import { recordChange } from '../../src/hyra/recent-changes';
import { clearToasts } from '../../src/ui/toaster';
import { DEMO_TEST_NOW, setupDemoServer } from '../demo-server';
import { freezeNow, renderWithApp } from '../render-app';

const demo = setupDemoServer();
afterEach(() => {
  vi.useRealTimers();
  act(() => clearToasts());
});

/** A session of the demo's day, hosted, that locked before now and was not cancelled. */
function lockedSession(): Session {
  const found = demo.store
    .sessionsOnDay('2026-12-02')
    .map((raw) => SessionSchema.parse(raw))
    .find((s) => !s.cancelled && lockTime(s) < DEMO_TEST_NOW && selectHost(s));
  if (!found) throw new Error('The demo has no locked, hosted session on 2 December');
  return found;
}

async function open(session: Session) {
  freezeNow();
  renderWithApp(<CalendarPage />, {
    url: `/?zone=UTC&view=week&date=${session.start.slice(0, 10)}&session=${session._id}`,
    presetUserId: demo.store.me.id,
  });
  const dialog = await screen.findByRole('dialog', { name: session.schedule.name });
  await within(dialog).findByText('Server unlocks');
  return dialog;
}

describe('the session sheet', () => {
  it('is described by the session’s day and time, in the calendar’s zone', async () => {
    const session = lockedSession();
    const dialog = await open(session);
    const start = new Date(session.start);
    const time = `${String(start.getUTCHours()).padStart(2, '0')}:${String(start.getUTCMinutes()).padStart(2, '0')}`;
    expect(dialog).toHaveAccessibleDescription(`Session on Wed, Dec 2, ${time} UTC`);
  });
});

describe('a locked session', () => {
  it('offers nothing to watch, on the session or on its held slots', async () => {
    const session = lockedSession();
    const dialog = await open(session);
    expect(within(dialog).getByText('Locked')).toBeInTheDocument();
    expect(within(dialog).queryByRole('button', { name: 'Watch this session' })).not.toBeInTheDocument();
    expect(within(dialog).queryByRole('button', { name: /^Watch / })).not.toBeInTheDocument();
  });

  it('while open, a held slot and the session can be watched', async () => {
    const session = demo.store
      .sessionsOnDay('2026-12-02')
      .map((raw) => SessionSchema.parse(raw))
      .find((s) => !s.cancelled && lockTime(s) > DEMO_TEST_NOW + 3_600_000 && selectHost(s));
    if (!session) throw new Error('The demo has no open, hosted session on 2 December');
    const dialog = await open(session);
    expect(within(dialog).getByRole('button', { name: 'Watch this session' })).toBeInTheDocument();
    expect(within(dialog).getAllByRole('button', { name: /^Watch (Host|Co-host)/ }).length).toBeGreaterThan(
      0,
    );
  });
});

describe('what a refresh changed', () => {
  it('is said with the time it was seen, after the detail rather than above it', async () => {
    const session = lockedSession();
    const dialog = await open(session);
    const copy = within(dialog).getByRole('button', { name: 'Copy link to this session' });
    act(() =>
      recordChange(session._id, {
        at: Date.parse('2026-12-02T11:59:30Z'),
        changes: [],
        text: 'Host: Nova → Max',
      }),
    );
    const said = within(dialog)
      .getAllByRole('status')
      .find((status) => status.textContent?.includes('Host: Nova → Max'));
    expect(said).toHaveTextContent('Changed at 11:59 — Host: Nova → Max');
    // It follows the detail (held at the foot of the sheet), so nothing above it moves.
    expect(copy.compareDocumentPosition(said!) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(within(dialog).getByText('Server unlocks').compareDocumentPosition(said!)).toBe(
      Node.DOCUMENT_POSITION_FOLLOWING,
    );
  });
});
