import { QueryClient } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { vi } from 'vitest';
import { AppProviders } from '../src/app/app';
import { createHyraApi, type FetchMode } from '../src/hyra/api';
import { createHyraClient } from '../src/hyra/client';
import { RateLimiter } from '../src/hyra/rate-limit';
import { DEMO_TEST_BASE_URL, DEMO_TEST_NOW } from './demo-server';

/** Freezes "now" by faking only Date (faking timers would stall fetch and MSW). */
export function freezeNow(ms = DEMO_TEST_NOW) {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(ms);
}

export function testQueryClient() {
  return new QueryClient({
    defaultOptions: { queries: { retry: false, gcTime: Infinity }, mutations: { retry: false } },
  });
}

export function testApi(options: { workspaceId?: string; mode?: FetchMode } = {}) {
  return createHyraApi({
    client: createHyraClient({ baseUrl: DEMO_TEST_BASE_URL, limiter: new RateLimiter({ requests: 10_000 }) }),
    workspaceId: options.workspaceId ?? 'demo',
    mode: options.mode ?? 'day',
  });
}

/** Renders UI the way the app does, against the demo handlers, at a given URL. */
export function renderWithApp(
  ui: ReactNode,
  options: {
    url?: string;
    presetUserId?: string;
    signedIn?: { id: string; name: string };
    api?: ReturnType<typeof testApi>;
    queryClient?: QueryClient;
  } = {},
) {
  window.history.replaceState(null, '', options.url ?? '/');
  const queryClient = options.queryClient ?? testQueryClient();
  const api = options.api ?? testApi();
  const user = userEvent.setup();
  const view = render(
    <AppProviders
      queryClient={queryClient}
      api={api}
      presetUserId={options.presetUserId}
      signedIn={options.signedIn}
    >
      {ui}
    </AppProviders>,
  );
  return { ...view, user, queryClient, api };
}
