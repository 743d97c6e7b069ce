import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CalendarPage } from '../../src/app/calendar-page';
import { setupDemoServer } from '../demo-server';
import { freezeNow, renderWithApp } from '../render-app';

const demo = setupDemoServer();
afterEach(() => {
  vi.useRealTimers();
});

function renderPage(url: string) {
  freezeNow();
  return renderWithApp(<CalendarPage />, { url, presetUserId: demo.store.me.id });
}

describe('a period with no session offers no filter and no open slots to show', () => {
  it('an empty workspace: the empty text, no filters, and the quota without "Show open slots I can take"', async () => {
    demo.useScenario('empty');
    renderPage('/?zone=UTC&view=week&date=2026-12-02');
    expect(await screen.findByText('No sessions this week.')).toBeInTheDocument();
    expect(screen.queryByRole('group', { name: 'Filters' })).not.toBeInTheDocument();
    expect(screen.queryByRole('checkbox', { name: 'Open slots I can take' })).not.toBeInTheDocument();
    const quota = await screen.findByRole('region', { name: 'Your quota' });
    await within(quota).findAllByRole('meter');
    expect(
      within(quota).queryByRole('button', { name: 'Show open slots I can take' }),
    ).not.toBeInTheDocument();
  });

  it('a filter already on stays, with Clear filters', async () => {
    demo.useScenario('empty');
    renderPage('/?zone=UTC&view=week&date=2026-12-02&mine=1');
    expect(await screen.findByText('No sessions this week.')).toBeInTheDocument();
    const filters = screen.getByRole('group', { name: 'Filters' });
    expect(within(filters).getByRole('checkbox', { name: 'My sessions' })).toBeChecked();
    expect(within(filters).getByRole('button', { name: 'Clear filters' })).toBeInTheDocument();
  });

  it('a busy workspace keeps both', async () => {
    renderPage('/?zone=UTC&view=week&date=2026-12-02');
    const quota = await screen.findByRole('region', { name: 'Your quota' });
    expect(
      await within(quota).findByRole('button', { name: 'Show open slots I can take' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: 'Open slots I can take' })).toBeInTheDocument();
  });
});
