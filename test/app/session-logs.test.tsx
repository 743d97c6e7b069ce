import { act, screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CalendarPage } from '../../src/app/calendar-page';
import { SessionSchema, type Session } from '../../src/hyra/schemas';
import { clearToasts } from '../../src/ui/toaster';
import { DEMO_TEST_BASE_URL, setupDemoServer } from '../demo-server';
import { freezeNow, renderWithApp } from '../render-app';

const demo = setupDemoServer();
afterEach(() => {
  vi.useRealTimers();
  act(() => clearToasts());
});

function aSession(): Session {
  return SessionSchema.parse(demo.store.sessionsOnDay('2026-12-03').find((raw) => !raw.cancelled));
}

async function openSession(session: Session) {
  freezeNow();
  const view = renderWithApp(<CalendarPage />, {
    url: `/?zone=UTC&view=week&date=${session.start.slice(0, 10)}&session=${session._id}`,
    presetUserId: demo.store.me.id,
  });
  const dialog = await screen.findByRole('dialog', { name: session.schedule.name });
  await within(dialog).findByText('Server unlocks');
  return { ...view, dialog };
}

const noAssign = () => ({
  ...demo.store.permissions(),
  assign_host: false,
  assign_cohost: false,
  assign_roles: false,
});

describe('session logs in the detail', () => {
  it('are collapsed, and fetched and listed when opened by someone who may assign', async () => {
    const session = aSession();
    let asked = 0;
    demo.server.events.on('request:start', ({ request }) => {
      if (request.url.endsWith('/logs')) asked += 1;
    });
    const { dialog, user } = await openSession(session);
    const toggle = await within(dialog).findByRole('button', { name: 'Session logs' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(asked).toBe(0);
    await user.click(toggle);
    const list = await within(dialog).findByRole('list', { name: 'Log entries' });
    expect(
      within(list).getByText(session.adhoc ? 'Ad-hoc session created' : 'Session scheduled'),
    ).toBeInTheDocument();
    expect(asked).toBe(1);
  });

  it('are not offered to someone who may not assign', async () => {
    demo.server.use(
      http.get(`${DEMO_TEST_BASE_URL}/activity/sessions/:ws`, async ({ request }) => {
        const day = new URL(request.url).searchParams.get('day')!;
        const [y, m, d] = day.split('-');
        const key = `${y}-${m!.padStart(2, '0')}-${d!.padStart(2, '0')}`;
        return HttpResponse.json({ permissions: noAssign(), events: demo.store.sessionsOnDay(key) });
      }),
    );
    const { dialog } = await openSession(aSession());
    await within(dialog).findByRole('button', { name: 'Watch this session' });
    expect(within(dialog).queryByRole('button', { name: 'Session logs' })).not.toBeInTheDocument();
  });

  it('an unknown reply is readable text, with only http(s) links, and the detail stays', async () => {
    demo.server.use(
      http.get(`${DEMO_TEST_BASE_URL}/activity/sessions/:ws/:id/logs`, () =>
        HttpResponse.json({
          history: 'see https://hyra.io/logs and javascript:alert(1)',
          who: '<img src=x onerror=alert(1)>',
        }),
      ),
    );
    const { dialog, user } = await openSession(aSession());
    await user.click(await within(dialog).findByRole('button', { name: 'Session logs' }));
    await within(dialog).findByText(/in a form the dashboard does not know/);
    expect(within(dialog).getByRole('link', { name: 'https://hyra.io/logs' })).toHaveAttribute(
      'href',
      'https://hyra.io/logs',
    );
    expect(within(dialog).queryByRole('link', { name: /javascript/ })).not.toBeInTheDocument();
    expect(within(dialog).getByText(/<img src=x onerror=alert\(1\)>/)).toBeInTheDocument();
    expect(within(dialog).getByText('Server unlocks')).toBeInTheDocument();
  });

  it('a right-to-left display name, its username and the action are each isolated, with spaces between', async () => {
    demo.server.use(
      http.get(`${DEMO_TEST_BASE_URL}/activity/sessions/:ws/:id/logs`, () =>
        HttpResponse.json([
          {
            createdAt: '2026-12-03T10:00:00Z',
            user: { id: '7', username: 'fatima_zahra', display_name: 'فاطمة الزهراء' },
            message: 'Created server 2',
          },
        ]),
      ),
    );
    const { dialog, user } = await openSession(aSession());
    await user.click(await within(dialog).findByRole('button', { name: 'Session logs' }));
    const list = await within(dialog).findByRole('list', { name: 'Log entries' });
    const [entry] = within(list).getAllByRole('listitem');
    // eslint-disable-next-line testing-library/no-node-access -- the isolates are the point
    const isolated = [...entry!.querySelectorAll('bdi')].map((bdi) => bdi.textContent);
    expect(isolated).toEqual(['فاطمة الزهراء', 'fatima_zahra', 'Created server 2']);
    expect(entry).toHaveTextContent(/فاطمة الزهراء \(@fatima_zahra\) Created server 2$/);
  });

  it('a failure says so inside the logs, and the detail stays', async () => {
    demo.server.use(
      http.get(`${DEMO_TEST_BASE_URL}/activity/sessions/:ws/:id/logs`, () =>
        HttpResponse.json({ statusCode: 500, message: 'boom' }, { status: 500 }),
      ),
    );
    const { dialog, user } = await openSession(aSession());
    await user.click(await within(dialog).findByRole('button', { name: 'Session logs' }));
    expect(await within(dialog).findByText(/The logs could not be loaded/)).toBeInTheDocument();
    expect(within(dialog).getByRole('button', { name: 'Try again' })).toBeInTheDocument();
    expect(within(dialog).getByText('Server unlocks')).toBeInTheDocument();
  });
});
