import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { CalendarPage } from '../../src/app/calendar-page';
import { formatDay, formatMonth } from '../../src/lib/format';
import { DEMO_TEST_BASE_URL, setupDemoServer } from '../demo-server';
import { freezeNow, renderWithApp } from '../render-app';

const demo = setupDemoServer();
const weekTitle = (first: string, last: string) =>
  `${formatDay(first, 'short')} – ${formatDay(last, 'short')} ${last.slice(0, 4)}`;
const title = () => screen.getByRole('heading', { level: 2 });

function renderPage(url: string) {
  freezeNow();
  return renderWithApp(<CalendarPage />, { url, presetUserId: demo.store.me.id });
}

describe('the workspace week start', () => {
  it('shapes the week as the newest response says, not as the locale does', async () => {
    demo.server.use(
      http.get(`${DEMO_TEST_BASE_URL}/activity/sessions/:ws`, () =>
        HttpResponse.json({ permissions: demo.store.permissions(), events: [], week_starts_on: 'saturday' }),
      ),
    );
    renderPage('/?zone=UTC&view=week&date=2026-12-02');
    // Before any answer the locale's (or a remembered) week applies; then Hyra's.
    await waitFor(() => expect(title()).toHaveTextContent(weekTitle('2026-11-28', '2026-12-04')));
    await waitFor(() => expect(screen.getAllByText('No sessions this week.').length).toBeGreaterThan(0));
    expect(title()).toHaveTextContent(weekTitle('2026-11-28', '2026-12-04'));
  });
});

describe('switching views from the keyboard', () => {
  it('goes to the day, week, month and agenda with d, w, m and a', async () => {
    const { user } = renderPage('/?zone=UTC&view=week&date=2026-12-02');
    await screen.findAllByRole('button', { name: /slots open/ });
    await user.keyboard('m');
    expect(new URLSearchParams(window.location.search).get('view')).toBe('month');
    await waitFor(() => expect(title()).toHaveTextContent(formatMonth('2026-12-02')));
    await user.keyboard('d');
    await waitFor(() => expect(title()).toHaveTextContent(formatDay('2026-12-02')));
    await user.keyboard('a');
    expect(new URLSearchParams(window.location.search).get('view')).toBe('agenda');
    expect(screen.getByRole('radio', { name: 'Agenda' })).toBeChecked();
    await user.keyboard('w');
    await waitFor(() => expect(title()).toHaveTextContent(weekTitle('2026-11-30', '2026-12-06')));
  });

  it('lists the view keys in the shortcuts panel, from the same table the keys use', async () => {
    const { user } = renderPage('/?zone=UTC&view=week&date=2026-12-02');
    await screen.findAllByRole('button', { name: /slots open/ });
    await user.keyboard('?');
    const panel = await screen.findByRole('dialog', { name: 'Keyboard shortcuts' });
    expect(
      within(panel).getByText('Switch to the day, week, month, agenda or roster view'),
    ).toBeInTheDocument();
    const keys = within(panel).getAllByText(/^[dwmar]$/, { selector: 'kbd' });
    expect(keys.map((key) => key.textContent)).toEqual(['d', 'w', 'm', 'a', 'r']);
  });
});
