import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CalendarPage } from '../../../src/app/calendar-page';
import { SessionSchema } from '../../../src/hyra/schemas';
import { holdsAnySlot, selectHost } from '../../../src/hyra/selectors';
import { DEMO_TEST_BASE_URL, DEMO_TEST_NOW, setupDemoServer } from '../../demo-server';
import { freezeNow, renderWithApp } from '../../render-app';

// The quota tells one story: used and left, done and booked, and what one more take does;
// the Take button behaves as the panel says.
const demo = setupDemoServer();
afterEach(() => vi.useRealTimers());
const me = () => demo.store.me.id;

/** The demo's answers with other claim counters. */
function withCounters(counters: { host_quota_used: number }) {
  demo.server.use(
    http.get(`${DEMO_TEST_BASE_URL}/activity/sessions/:ws`, ({ request }) => {
      const [year, month, day] = new URL(request.url).searchParams.get('day')!.split('-');
      const iso = `${year}-${month!.padStart(2, '0')}-${day!.padStart(2, '0')}`;
      return HttpResponse.json({
        permissions: { ...demo.store.permissions(), ...counters },
        events: demo.store.sessionsOnDay(iso),
        week_starts_on: 'monday',
      });
    }),
  );
}

async function hostLine(zone: string) {
  freezeNow();
  renderWithApp(<CalendarPage />, {
    url: `/?zone=${encodeURIComponent(zone)}&view=week&date=2026-12-02`,
    presetUserId: me(),
  });
  const panel = await screen.findByRole('region', { name: 'Your quota' });
  const heading = await within(panel).findByRole('heading', { name: 'Host' });
  return heading.parentElement!.parentElement!;
}

describe('the quota story', () => {
  it.each(['UTC', 'America/New_York', 'Asia/Tokyo'])(
    'in %s, the demo counts what it shows: 2 of 5 used, 1 done and 1 booked',
    async (zone) => {
      const line = await hostLine(zone);
      expect(within(line).getByText('2 of 5 used · 3 left')).toBeInTheDocument();
      expect(within(line).getByText('1 done, 1 booked. Taking one more leaves 2.')).toBeInTheDocument();
    },
  );

  it('at the limit, says so, and Take host is off with the reason beside it', async () => {
    withCounters({ host_quota_used: 5 });
    const open = demo.store
      .sessionsBetween(DEMO_TEST_NOW + 3_600_000, DEMO_TEST_NOW + 2 * 86_400_000)
      .map((raw) => SessionSchema.parse(raw))
      .find((s) => !s.cancelled && !selectHost(s) && !holdsAnySlot(s, me()))!;
    freezeNow();
    const { user } = renderWithApp(<CalendarPage />, {
      url: `/?zone=UTC&view=week&date=${open.start.slice(0, 10)}&session=${open._id}`,
      presetUserId: me(),
    });
    const panel = await screen.findByRole('region', { name: 'Your quota' });
    expect(await within(panel).findByText('5 of 5 used · 0 left')).toBeInTheDocument();
    expect(
      within(panel).getByText(/Limit reached: Take host is off until the week ends/),
    ).toBeInTheDocument();
    const dialog = await screen.findByRole('dialog', { name: open.schedule.name });
    const take = await within(dialog).findByRole('button', { name: /^Take Host/ });
    expect(take).toBeDisabled();
    expect(within(dialog).getAllByText('Host quota reached').length).toBeGreaterThan(0);
    await user.click(take);
    expect(demo.store.session(open._id)?.host_id).not.toBe(me());
  });
});
