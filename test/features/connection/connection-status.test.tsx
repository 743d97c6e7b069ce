import { QueryObserver } from '@tanstack/react-query';
import { act, screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it, onTestFinished, vi } from 'vitest';
import { ConnectActionProvider } from '../../../src/features/connection/components/connect-action';
import { ErrorPanel } from '../../../src/features/connection/components/error-panel';
import { describeError } from '../../../src/features/connection/components/error-panel-body';
import { createQueryClient } from '../../../src/app/query-client';
import { Shell } from '../../../src/app/shell';
import { StatusBanner } from '../../../src/features/connection/components/status-banner';
import { resetTokenMemory } from '../../../src/features/connection/model/token-store';
import { HyraError } from '../../../src/hyra/errors';
import { sessionsQueries } from '../../../src/hyra/queries';
import { DEFAULT_RUNTIME_CONFIG } from '../../../src/hyra/runtime-config';
import { HyraParseError } from '../../../src/hyra/parse';
import { DEMO_TEST_BASE_URL, DEMO_TEST_TODAY, setupDemoServer } from '../../demo-server';
import { renderWithApp, testApi } from '../../render-app';

const demo = setupDemoServer();
afterEach(() => {
  resetTokenMemory();
  vi.restoreAllMocks();
  // TanStack Query's onlineManager is global: leave it online for the next test.
  act(() => {
    window.dispatchEvent(new Event('online'));
  });
});

const SESSIONS = `${DEMO_TEST_BASE_URL}/activity/sessions/:ws`;
const clock = (ms: number, seconds = false) =>
  new Intl.DateTimeFormat(undefined, {
    hour: 'numeric',
    minute: '2-digit',
    ...(seconds ? { second: '2-digit' } : {}),
    hour12: false,
  }).format(ms);

/**
 * The banner with the app's own retry policy. `watch()` observes today's sessions the way
 * the calendar does (so retries and refetch on reconnect apply).
 */
function renderBanner() {
  const api = testApi();
  const queryClient = createQueryClient();
  const view = renderWithApp(<StatusBanner />, { api, queryClient });
  const watch = () => {
    const observer = new QueryObserver(queryClient, sessionsQueries.day(api, DEMO_TEST_TODAY));
    const stop = observer.subscribe(() => {});
    onTestFinished(stop);
    return observer;
  };
  return { ...view, api, watch };
}

function setOnline(online: boolean) {
  vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(online);
  act(() => {
    window.dispatchEvent(new Event(online ? 'online' : 'offline'));
  });
}

describe('StatusBanner', () => {
  it('offline: says since when the data is, and loads again on reconnect', async () => {
    const { watch } = renderBanner();
    const observer = watch();
    await waitFor(() => expect(observer.getCurrentResult().isSuccess).toBe(true));
    const loadedAt = observer.getCurrentResult().dataUpdatedAt;
    let requests = 0;
    demo.server.events.on('request:start', () => {
      requests += 1;
    });

    setOnline(false);
    expect(await screen.findByText(`Offline — showing data from ${clock(loadedAt)}.`)).toBeInTheDocument();
    expect(screen.getByText(/refreshes when the connection is back/)).toBeInTheDocument();

    // The data is fresh (under a minute old), and still it is asked again on reconnect.
    setOnline(true);
    await waitFor(() => expect(screen.queryByText(/Offline/)).not.toBeInTheDocument());
    await waitFor(() => expect(requests).toBe(1));
  });

  it('offline before anything loaded says so', async () => {
    renderBanner();
    setOnline(false);
    expect(await screen.findByText('Offline — nothing has loaded yet.')).toBeInTheDocument();
  });

  it('429: says Hyra asked to slow down and until when, then clears when the data comes', async () => {
    let calls = 0;
    demo.server.use(
      http.get(SESSIONS, () => {
        calls += 1;
        if (calls === 1) {
          return HttpResponse.json(
            { statusCode: 429, error: 'Too Many Requests', message: 'slow down' },
            { status: 429, headers: { 'Retry-After': '1' } },
          );
        }
        return HttpResponse.json({ permissions: {}, events: [] });
      }),
    );
    const { watch } = renderBanner();
    const before = Date.now();
    const observer = watch();
    const banner = await screen.findByText(/^Hyra asked us to slow down; retrying at/);
    const [, time] = /retrying at (.+)\.$/.exec(banner.textContent ?? '') ?? [];
    expect([clock(before + 1000, true), clock(before + 2000, true)]).toContain(time);
    await waitFor(() => expect(observer.getCurrentResult().isSuccess).toBe(true), { timeout: 5_000 });
    await waitFor(() => expect(screen.queryByText(/slow down/)).not.toBeInTheDocument());
    expect(calls).toBe(2);
  }, 10_000);

  it('5xx: says it is trying again while it retries', async () => {
    let calls = 0;
    demo.server.use(
      http.get(SESSIONS, () => {
        calls += 1;
        return calls < 3
          ? HttpResponse.json({ statusCode: 503, error: 'Unavailable', message: 'down' }, { status: 503 })
          : HttpResponse.json({ permissions: {}, events: [] });
      }),
    );
    const { watch } = renderBanner();
    const observer = watch();
    expect(
      await screen.findByText('Hyra had a problem answering (HTTP 503); trying again…'),
    ).toBeInTheDocument();
    await waitFor(() => expect(observer.getCurrentResult().isSuccess).toBe(true), { timeout: 8_000 });
    await waitFor(() => expect(screen.queryByText(/trying again/)).not.toBeInTheDocument());
    expect(calls).toBe(3);
  }, 15_000);
});

describe('describeError and ErrorPanel', () => {
  it.each([
    [
      '401',
      new HyraError('unauthorized', 'x', { status: 401 }),
      'The API token was refused.',
      'Reconnect',
      false,
    ],
    [
      '403',
      new HyraError('forbidden', 'x', { status: 403 }),
      'no access to this workspace',
      'Change workspace or token',
      false,
    ],
    [
      '404',
      new HyraError('not-found', 'x', { status: 404 }),
      'Workspace not found',
      'Change workspace',
      false,
    ],
    [
      '500',
      new HyraError('server', 'x', { status: 500 }),
      'Hyra had a problem answering (HTTP 500).',
      undefined,
      true,
    ],
    ['timeout', new HyraError('timeout', 'x'), 'Hyra did not answer in time.', undefined, true],
    ['network', new HyraError('network', 'x'), 'Hyra could not be reached.', undefined, true],
  ] as const)('%s: says what happened and offers the way out', (_name, error, title, reconnect, retry) => {
    const described = describeError(error);
    expect(described.title).toContain(title);
    expect(described.reconnect).toBe(reconnect);
    expect(described.retry).toBe(retry);
  });

  it('says where a response went wrong', () => {
    expect(describeError(new HyraParseError('sessions', ['events: expected array']))).toMatchObject({
      title: "Hyra's answer was not in the expected shape.",
      detail: 'events: expected array',
    });
  });

  it("a refused token offers Reconnect, which opens the shell's connect screen", async () => {
    const openConnect = vi.fn();
    const retry = vi.fn();
    const { user } = renderWithApp(
      <ConnectActionProvider onOpenConnect={openConnect}>
        <ErrorPanel
          error={new HyraError('unauthorized', 'x', { status: 401, hyraMessage: 'Invalid API key' })}
          onRetry={retry}
        />
      </ConnectActionProvider>,
    );
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('Sessions could not be loaded. The API token was refused.');
    expect(alert).toHaveTextContent('Hyra said: Invalid API key');
    expect(within(alert).queryByRole('button', { name: 'Try again' })).not.toBeInTheDocument();
    await user.click(within(alert).getByRole('button', { name: 'Reconnect' }));
    expect(openConnect).toHaveBeenCalled();
  });

  it('a server error offers Try again', async () => {
    const retry = vi.fn();
    const { user } = renderWithApp(
      <ErrorPanel error={new HyraError('server', 'x', { status: 502 })} onRetry={retry} compact />,
    );
    expect(screen.getByRole('alert')).toHaveTextContent('Some days could not be loaded. Hyra had a problem');
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(retry).toHaveBeenCalled();
  });
});

describe('Shell', () => {
  const live = { kind: 'live', workspaceId: 'demo-live', mode: 'day' } as const;

  it('on a real workspace, "Change workspace" opens the connect screen and Back returns', async () => {
    const { user } = renderWithApp(
      <Shell config={{ ...DEFAULT_RUNTIME_CONFIG, serverHasToken: true }} connection={live} />,
      { url: '/?workspace=demo-live' },
    );
    expect(screen.getByText('Workspace demo-live')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Change workspace' }));
    expect(await screen.findByRole('heading', { name: 'Connect your workspace' })).toBeInTheDocument();
    expect(screen.getByLabelText('Workspace ID')).toHaveValue('demo-live');
    expect(window.location.search).toBe('?workspace=demo-live&connect=1');
    await user.click(screen.getByRole('button', { name: 'Back to the calendar' }));
    await waitFor(() =>
      expect(screen.queryByRole('heading', { name: 'Connect your workspace' })).not.toBeInTheDocument(),
    );
    expect(window.location.search).toBe('?workspace=demo-live');
  });

  it('asks for a token first when neither the server nor the user has one', async () => {
    renderWithApp(<Shell config={DEFAULT_RUNTIME_CONFIG} connection={live} />, {
      url: '/?workspace=demo-live',
    });
    expect(await screen.findByRole('heading', { name: 'Connect your workspace' })).toBeInTheDocument();
    expect(screen.getByRole('note')).toHaveTextContent('holds no API token');
    expect(screen.getByLabelText('API token')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Back to the calendar' })).not.toBeInTheDocument();
  });

  it('the demo says it is the demo and offers to connect a workspace', () => {
    renderWithApp(
      <Shell
        config={DEFAULT_RUNTIME_CONFIG}
        connection={{ kind: 'demo', workspaceId: 'demo', scenario: 'default', mode: 'day' }}
      />,
    );
    const note = screen.getByRole('note', { name: 'Demo data' });
    expect(within(note).getByRole('button', { name: 'Connect your workspace' })).toBeInTheDocument();
  });
});
