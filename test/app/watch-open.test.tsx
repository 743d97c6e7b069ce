import { QueryClient } from '@tanstack/react-query';
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AppProviders } from '../../src/app/app';
import { WatchMenu } from '../../src/app/session-panel';
import { addWatch, resetWatchesCache } from '../../src/features/watch/model/watch-store';
import { testApi } from '../render-app';

afterEach(() => {
  window.localStorage.clear();
  resetWatchesCache();
});

describe('opening a watched session from the header', () => {
  it('opens it on its own day in the calendar’s zone, and says its time there', async () => {
    const user = userEvent.setup();
    const api = testApi();
    act(() =>
      addWatch({
        workspaceId: api.workspaceId,
        sessionId: 's9',
        name: 'Late training',
        start: '2026-12-02T23:30:00Z',
      }),
    );
    const setUrl = vi.fn();
    render(
      <AppProviders queryClient={new QueryClient()} api={api}>
        <WatchMenu
          url={{ types: [], mine: false, openForMe: false, hideCancelled: false, zone: 'Asia/Tokyo' }}
          setUrl={setUrl}
        />
      </AppProviders>,
    );
    await user.click(screen.getByRole('button', { name: 'Watching (1)' }));
    expect(screen.getByText(/Thu, Dec 3, 08:30 GMT\+9/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Open Late training: Whole session' }));
    expect(setUrl).toHaveBeenCalledWith({ session: 's9', date: '2026-12-03' });
  });
});
