import { act, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CalendarPage } from '../../../src/app/calendar-page';
import { SessionSchema } from '../../../src/hyra/schemas';
import { DEMO_TEST_NOW, setupDemoServer } from '../../demo-server';
import { freezeNow, renderWithApp } from '../../render-app';

const demo = setupDemoServer();
afterEach(() => vi.useRealTimers());

describe('what a refresh changed', () => {
  it('is said once over the page, with when it was seen and what changed', async () => {
    const raw = demo.store
      .sessionsOnDay('2026-12-02')
      .find((s) => !s.cancelled && Date.parse(s.start) > DEMO_TEST_NOW && s.host_id);
    if (!raw) throw new Error('The demo has no hosted session later on 2 December');
    const session = SessionSchema.parse(raw);
    const next = demo.store.people.find(
      (person) => person.id !== raw.host_id && person.id !== raw.co_host_id,
    )!;
    freezeNow();
    const { user } = renderWithApp(<CalendarPage />, {
      url: '/?zone=UTC&view=day&date=2026-12-02',
      presetUserId: demo.store.me.id,
    });
    await screen.findAllByRole('button', { name: new RegExp(session.schedule.name) });
    const notice = await screen.findByRole('status', { name: 'Recent changes' });
    expect(notice).toBeEmptyDOMElement();

    act(() => void demo.store.change(session._id, { prop: 'host', value: next.id }));
    await user.click(screen.getByRole('button', { name: 'Refresh' }));

    await vi.waitFor(() => expect(notice).toHaveTextContent(/^Changed at \d{1,2}:\d{2}( [AP]M)? — /));
    expect(notice).toHaveTextContent(session.schedule.name);
    const said = notice.textContent ?? '';
    expect(said).toMatch(/Host.*: .+ → /);
    expect(said.slice(said.indexOf(' → '))).toContain(next.display_name);
  });
});
