import { act, screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it } from 'vitest';
import { vi } from 'vitest';
import { CalendarPage } from '../../src/app/calendar-page';
import { SessionSchema } from '../../src/hyra/schemas';
import { sessionsQueries } from '../../src/hyra/queries';
import { createHyraApi } from '../../src/hyra/api';
import { createHyraClient } from '../../src/hyra/client';
import { RateLimiter } from '../../src/hyra/rate-limit';
import { setupDemoServer, DEMO_TEST_BASE_URL } from '../demo-server';
import { freezeNow, renderWithApp } from '../render-app';
import { onScreen } from '../layout';
import { formatDay } from '../../src/lib/format';

const esc = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const weekTitle = (first: string, last: string) =>
  `${formatDay(first, 'short')} – ${formatDay(last, 'short')} ${last.slice(0, 4)}`;

const demo = setupDemoServer();
afterEach(() => vi.useRealTimers());

/** The sessions the demo holds whose start falls on these UTC days. */
function sessionsOn(...days: string[]) {
  return days.flatMap((day) => demo.store.sessionsOnDay(day).map((raw) => SessionSchema.parse(raw)));
}

function renderPage(url: string) {
  freezeNow();
  return renderWithApp(<CalendarPage />, { url, presetUserId: demo.store.me.id });
}

async function sessionButtons() {
  await screen.findAllByRole('button', { name: /slots open/ });
  return screen.getAllByRole('button', { name: /slots open/ });
}

describe('week view', () => {
  it('shows every session of the workspace week with name, time and host state', async () => {
    renderPage('/?zone=UTC&view=week&date=2026-12-02');
    const buttons = await sessionButtons();
    const weekDays = [
      '2026-11-30',
      '2026-12-01',
      '2026-12-02',
      '2026-12-03',
      '2026-12-04',
      '2026-12-05',
      '2026-12-06',
    ];
    const expected = sessionsOn(...weekDays);
    expect(buttons).toHaveLength(expected.length);
    const first = expected[0]!;
    expect(
      screen.getAllByRole('button', {
        name: new RegExp(`^\u2068${esc(first.schedule.name)}\u2069, ${esc(formatDay('2026-11-30'))}`),
      }).length,
    ).toBeGreaterThan(0);
    expect(screen.getAllByText(/60-minute display length/).filter(onScreen)).toHaveLength(1);
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent(
      weekTitle('2026-11-30', '2026-12-06'),
    );
  });

  it('moves a week with the next button and back with the keyboard', async () => {
    const { user } = renderPage('/?zone=UTC&view=week&date=2026-12-02');
    await sessionButtons();
    await user.click(screen.getByRole('button', { name: 'Next week' }));
    await waitFor(() =>
      expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent(
        weekTitle('2026-12-07', '2026-12-13'),
      ),
    );
    expect(window.location.search).toContain('date=2026-12-09');
    await user.keyboard('p');
    await waitFor(() =>
      expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent(
        weekTitle('2026-11-30', '2026-12-06'),
      ),
    );
    await user.keyboard('t');
    expect(window.location.search).toContain('date=2026-12-02');
  });
});

describe('prefetching', () => {
  it('loads the next and previous weeks ahead, so moving there asks Hyra for nothing', async () => {
    const { user, queryClient, api } = renderPage('/?zone=UTC&view=week&date=2026-12-02');
    await sessionButtons();
    const nextWeek = sessionsQueries.day(api, '2026-12-10').queryKey;
    const previousWeek = sessionsQueries.day(api, '2026-11-25').queryKey;
    await waitFor(() => expect(queryClient.getQueryData(nextWeek)).toBeDefined());
    await waitFor(() => expect(queryClient.getQueryData(previousWeek)).toBeDefined());
    await waitFor(() => expect(queryClient.isFetching()).toBe(0));

    const requests: string[] = [];
    demo.server.events.on('request:start', ({ request }) => requests.push(request.url));
    await user.click(screen.getByRole('button', { name: 'Next week' }));
    expect(screen.getAllByRole('button', { name: /slots open/ })).toHaveLength(
      sessionsOn(
        '2026-12-07',
        '2026-12-08',
        '2026-12-09',
        '2026-12-10',
        '2026-12-11',
        '2026-12-12',
        '2026-12-13',
      ).length,
    );
    // Only prefetching of the week after may follow; nothing the new week waits on.
    const asked = requests.map((url) => new URL(url).searchParams.get('day'));
    const waitedOn = [
      '2026-12-6',
      '2026-12-7',
      '2026-12-8',
      '2026-12-9',
      '2026-12-10',
      '2026-12-11',
      '2026-12-12',
      '2026-12-13',
      '2026-12-14',
    ];
    expect(asked.filter((day) => waitedOn.includes(day ?? ''))).toEqual([]);
    demo.server.events.removeAllListeners();
  });
});

describe('periods drawn ahead of time', () => {
  it('draws the next month out of sight once prefetched, and Next month shows it without a request', async () => {
    const { user, queryClient } = renderPage('/?zone=UTC&view=month&date=2026-12-02');
    await sessionButtons();
    await waitFor(() => expect(queryClient.isFetching()).toBe(0));
    // January is in the page, hidden from everyone (and from role queries), next to December.
    await waitFor(() =>
      expect(
        // eslint-disable-next-line testing-library/no-node-access -- hidden from role queries on purpose
        document.querySelector('[aria-hidden="true"] [role="gridcell"][data-day="2027-01-27"]'),
      ).not.toBeNull(),
    );
    expect(screen.getAllByRole('grid', { name: 'Month' })).toHaveLength(1);
    expect(
      screen.queryByRole('gridcell', { name: new RegExp(formatDay('2027-01-27')) }),
    ).not.toBeInTheDocument();

    const requests: string[] = [];
    demo.server.events.on('request:start', ({ request }) => requests.push(request.url));
    await user.click(screen.getByRole('button', { name: 'Next month' }));
    const grid = screen.getByRole('grid', { name: 'Month' });
    const count = demo.store.sessionsOnDay('2027-01-05').length;
    expect(count).toBeGreaterThan(0);
    expect(
      within(grid).getByRole('gridcell', {
        name: `${formatDay('2027-01-05')}, ${count} ${count === 1 ? 'session' : 'sessions'}`,
      }),
    ).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('January 2027');
    // Nothing January needs was asked for after the click (only February, ahead of time).
    const asked = requests.map((url) => new URL(url).searchParams.get('day') ?? '');
    expect(asked.filter((day) => /^(2026-12-(2[7-9]|3[01])|2027-1-|2027-2-[1-8]$)/.test(day))).toEqual([]);
    demo.server.events.removeAllListeners();
  });

  it('asks again, ahead of time, for days whose requests were cancelled when their week was left', async () => {
    let hold = true;
    let release: () => void = () => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    demo.server.use(
      http.get(`${DEMO_TEST_BASE_URL}/activity/sessions/:ws`, async ({ request }) => {
        const day = new URL(request.url).searchParams.get('day') ?? '';
        // The week after (7-13 December, and its margin days) answers only when let go.
        if (hold && /^2026-12-([6-9]|1[0-4])$/.test(day)) await gate;
        // Nothing returned: the demo's own handler answers.
      }),
    );
    const { user, queryClient, api } = renderPage('/?zone=UTC&view=week&date=2026-12-02');
    await sessionButtons();
    const nextWeek = sessionsQueries.day(api, '2026-12-10').queryKey;
    const observers = () =>
      queryClient.getQueryCache().find({ queryKey: nextWeek })?.getObserversCount() ?? 0;
    await user.click(screen.getByRole('button', { name: 'Next week' }));
    await waitFor(() => expect(observers()).toBeGreaterThan(0));
    await user.click(screen.getByRole('button', { name: 'Previous week' }));
    await waitFor(() => expect(observers()).toBe(0));
    // Left before it came: cancelled, no data.
    expect(queryClient.getQueryState(nextWeek)?.fetchStatus).toBe('idle');
    expect(queryClient.getQueryData(nextWeek)).toBeUndefined();
    hold = false;
    release();
    await waitFor(() => expect(queryClient.getQueryData(nextWeek)).toBeDefined(), { timeout: 3000 });
  });
});

describe('prefetching within the rate limit', () => {
  it('never plans more prefetching than the rate budget has room for', async () => {
    const api = createHyraApi({
      client: createHyraClient({ baseUrl: DEMO_TEST_BASE_URL, limiter: new RateLimiter() }),
      workspaceId: 'demo',
      mode: 'day',
    });
    const requests: string[] = [];
    demo.server.events.on('request:start', ({ request }) => requests.push(request.url));
    freezeNow();
    const { queryClient } = renderWithApp(<CalendarPage />, {
      url: '/?zone=UTC&view=month&date=2026-12-02',
      presetUserId: demo.store.me.id,
      api,
    });
    await sessionButtons();
    await waitFor(() => expect(queryClient.isFetching()).toBe(0));
    // The month (37 days) and the next month's new days fit under 90 a minute; the previous
    // month's would not, so it waits for a later visit instead of holding up the next click.
    expect(requests.length).toBeLessThanOrEqual(85);
    expect(api.limiter.waitingUntil).toBeUndefined();
    demo.server.events.removeAllListeners();
  });
});

describe('month view', () => {
  it('shows a grid of whole weeks with "+N more" on busy days', async () => {
    renderPage('/?zone=UTC&view=month&date=2026-12-02');
    await sessionButtons();
    const grid = screen.getByRole('grid', { name: 'Month' });
    const cells = within(grid).getAllByRole('gridcell');
    expect(cells).toHaveLength(35); // 30 Nov 2026 .. 3 Jan 2027
    const busy = demo.store.sessionsOnDay('2026-12-02').length;
    const cell = within(grid).getByRole('gridcell', {
      name: new RegExp(`^${esc(formatDay('2026-12-02'))}, ${busy} sessions`),
    });
    if (busy > 3) {
      expect(
        within(cell).getByRole('button', { name: `${busy - 3} more sessions on ${formatDay('2026-12-02')}` }),
      ).toBeInTheDocument();
    }
    expect(cell).toHaveAttribute('aria-selected', 'true');
  });

  it('opens the day view from "+N more" or the day number', async () => {
    const { user } = renderPage('/?zone=UTC&view=month&date=2026-12-02');
    await sessionButtons();
    const grid = screen.getByRole('grid', { name: 'Month' });
    await user.click(within(grid).getByRole('button', { name: `Show ${formatDay('2026-12-04')}` }));
    expect(window.location.search).toContain('view=day');
    expect(window.location.search).toContain('date=2026-12-04');
    await waitFor(() =>
      expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent(formatDay('2026-12-04')),
    );
  });
});

describe('day and agenda views', () => {
  it('day view lists just that day', async () => {
    renderPage('/?zone=UTC&view=day&date=2026-12-03');
    const buttons = await sessionButtons();
    expect(buttons).toHaveLength(sessionsOn('2026-12-03').length);
  });

  it('says when the week has nothing', async () => {
    demo.useScenario('empty');
    renderPage('/?zone=UTC&view=week&date=2026-12-02');
    expect(await screen.findByText('No sessions this week.')).toBeInTheDocument();
  });

  it('agenda lists a week of days, and says when a day has nothing', async () => {
    demo.useScenario('empty');
    const { user } = renderPage('/?zone=UTC&view=agenda&date=2026-12-02');
    // Monday and Tuesday are past: they fold away until asked for.
    await waitFor(() => expect(screen.getAllByText('No sessions this day.')).toHaveLength(5));
    await user.click(screen.getByRole('button', { name: 'Show 2 earlier days of this week' }));
    expect(screen.getAllByText('No sessions this day.')).toHaveLength(7);
    expect(
      screen.getByRole('heading', { name: new RegExp(esc(formatDay('2026-12-02'))) }),
    ).toBeInTheDocument();
  });

  it('prints the whole week: folded past days unfold before printing', async () => {
    demo.useScenario('empty');
    renderPage('/?zone=UTC&view=agenda&date=2026-12-02');
    await waitFor(() => expect(screen.getAllByText('No sessions this day.')).toHaveLength(5));
    act(() => {
      window.dispatchEvent(new Event('beforeprint'));
    });
    expect(screen.getAllByText('No sessions this day.').filter(onScreen)).toHaveLength(7);
    expect(screen.queryByRole('button', { name: /earlier days of this week/ })).not.toBeInTheDocument();
  });
});

describe('printing', () => {
  it('names the print button after the period shown', async () => {
    const { user } = renderPage('/?zone=UTC&view=week&date=2026-12-02');
    expect(await screen.findByRole('button', { name: 'Print this week' })).toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: 'Month' }));
    expect(await screen.findByRole('button', { name: 'Print this month' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Print this week/ })).not.toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: 'Day' }));
    expect(await screen.findByRole('button', { name: 'Print this day' })).toBeInTheDocument();
  });

  it("the browser's own Print in week view puts every day of the week on paper as a list", async () => {
    demo.useScenario('empty');
    renderPage('/?zone=UTC&view=week&date=2026-12-02');
    expect(await screen.findByText('No sessions this week.')).toBeInTheDocument();
    expect(screen.queryByText('No sessions this day.')).not.toBeInTheDocument();
    act(() => {
      window.dispatchEvent(new Event('beforeprint'));
    });
    expect(screen.getAllByText('No sessions this day.').filter(onScreen)).toHaveLength(7);
    act(() => {
      window.dispatchEvent(new Event('afterprint'));
    });
    expect(screen.queryByText('No sessions this day.')).not.toBeInTheDocument();
  });
});

describe('partly loaded', () => {
  it('shows a day as loading, not empty, until its page and its neighbours arrive', async () => {
    let release: () => void = () => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    demo.server.use(
      http.get(`${DEMO_TEST_BASE_URL}/activity/sessions/:ws`, async ({ request }) => {
        const day = new URL(request.url).searchParams.get('day')!;
        if (day === '2026-12-4') await gate;
        return HttpResponse.json({
          permissions: demo.store.permissions(),
          events: [],
          week_starts_on: 'monday',
        });
      }),
    );
    renderPage('/?zone=UTC&view=agenda&date=2026-11-30');
    // Every other page arrives: Monday to Wednesday and the weekend say they are empty...
    await waitFor(() => expect(screen.getAllByText('No sessions this day.')).toHaveLength(4));
    const monday = screen
      .getByRole('heading', { name: new RegExp(esc(formatDay('2026-11-30'))) })
      // eslint-disable-next-line testing-library/no-node-access -- the day's own section, under its heading
      .closest('section')!;
    expect(within(monday).getByText('No sessions this day.')).toBeInTheDocument();
    // ...while Thursday the 3rd and Friday the 4th still wait on the 4th's page.
    expect(screen.getByRole('status', { name: `Loading ${formatDay('2026-12-04')}` })).toBeInTheDocument();
    expect(screen.getByRole('status', { name: `Loading ${formatDay('2026-12-03')}` })).toBeInTheDocument();
    release();
    await waitFor(() => expect(screen.queryByRole('status', { name: /^Loading/ })).not.toBeInTheDocument());
    expect(screen.getAllByText('No sessions this day.')).toHaveLength(7);
  });
});

describe('filters', () => {
  it('hides cancelled sessions and keeps the filter in the link', async () => {
    const { user } = renderPage('/?zone=UTC&view=day&date=2026-12-02');
    const all = await sessionButtons();
    const cancelled = sessionsOn('2026-12-02').filter((s) => s.cancelled).length;
    await user.click(screen.getByRole('checkbox', { name: 'Hide cancelled' }));
    expect(window.location.search).toContain('hideCancelled=1');
    expect(screen.queryAllByRole('button', { name: /slots open/ })).toHaveLength(all.length - cancelled);
    expect(screen.getByText(/sessions shown/)).toHaveTextContent(
      `${all.length - cancelled} of ${all.length} sessions shown`,
    );
  });

  it('leaves the keyboard shortcuts working after a filter is ticked', async () => {
    const { user } = renderPage('/?zone=UTC&view=week&date=2026-12-02');
    await sessionButtons();
    await user.click(screen.getByRole('checkbox', { name: 'Hide cancelled' }));
    expect(screen.getByRole('checkbox', { name: 'Hide cancelled' })).toHaveFocus();
    await user.keyboard('n');
    await waitFor(() => expect(window.location.search).toContain('date=2026-12-09'));
  });

  it('shows only my sessions with the preset identity', async () => {
    const { user } = renderPage('/?zone=UTC&view=month&date=2026-12-02');
    await screen.findByRole('grid', { name: 'Month' });
    await user.click(screen.getByRole('checkbox', { name: 'My sessions' }));
    await waitFor(() => expect(window.location.search).toContain('mine=1'));
    expect(screen.getByText(/sessions shown/)).toBeInTheDocument();
  });
});

describe('keyboard shortcuts panel', () => {
  it('opens from its button and gives focus back to it when closed', async () => {
    const { user } = renderPage('/?zone=UTC&view=week&date=2026-12-02');
    await sessionButtons();
    const button = screen.getByRole('button', { name: 'Keyboard shortcuts' });
    await user.click(button);
    expect(await screen.findByRole('dialog', { name: 'Keyboard shortcuts' })).toBeInTheDocument();
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(button).toHaveFocus();
  });
});

describe('session detail', () => {
  it('opens from the calendar, shows servers and role holders, and closes with Escape', async () => {
    const withServers = sessionsOn('2026-12-01', '2026-12-02').find(
      (s) => s.servers.length > 0 && !s.cancelled,
    )!;
    const { user } = renderPage(`/?zone=UTC&view=week&date=2026-12-02`);
    await sessionButtons();
    // eslint-disable-next-line testing-library/no-node-access -- several sessions can share a name
    const button = document.querySelector(`[data-session-id="${withServers._id}"]`) as HTMLElement;
    await user.click(button);
    const dialog = await screen.findByRole('dialog', { name: withServers.schedule.name });
    expect(window.location.search).toContain(`session=${withServers._id}`);
    expect(await within(dialog).findByRole('region', { name: 'Server 1' })).toBeInTheDocument();
    expect(within(dialog).getByText('Server unlocks')).toBeInTheDocument();
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(window.location.search).not.toContain('session=');
  });

  it('opens straight from a shared link', async () => {
    const target = sessionsOn('2026-12-03')[0]!;
    renderPage(`/?zone=UTC&view=week&date=2026-12-03&session=${target._id}`);
    expect(await screen.findByRole('dialog', { name: target.schedule.name })).toBeInTheDocument();
  });
});

describe('problems', () => {
  it('says so when a day cannot be loaded, and offers to try again', async () => {
    demo.server.use(
      http.get(`${DEMO_TEST_BASE_URL}/activity/sessions/:ws`, () =>
        HttpResponse.json(
          { statusCode: 500, error: 'Internal Server Error', message: 'boom' },
          { status: 500 },
        ),
      ),
    );
    const requests: string[] = [];
    demo.server.events.on('request:start', ({ request }) =>
      requests.push(new URL(request.url).searchParams.get('day') ?? ''),
    );
    renderPage('/?zone=UTC&view=day&date=2026-12-02');
    await screen.findByText(/Sessions could not be loaded/);
    const alert = screen
      .getAllByRole('alert')
      .find((element) => /Sessions could not be loaded/.test(element.textContent ?? ''))!;
    expect(alert).toHaveTextContent('Sessions could not be loaded');
    expect(alert).toHaveTextContent('Hyra said: boom');
    expect(within(alert).getByRole('button', { name: 'Try again' })).toBeInTheDocument();
    // The quota says why it is missing, the week strip shows no made-up zeros...
    const quota = screen.getByRole('region', { name: 'Your quota' });
    expect(await within(quota).findByText(/could not be loaded/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: formatDay('2026-12-02') })).toHaveTextContent('·');
    // ...and each day of the week (plus a margin day each side) is asked for once: no
    // prefetching into a failure, no second round for the failed days.
    await act(() => new Promise((resolve) => setTimeout(resolve, 300)));
    expect(requests).toHaveLength(9);
    expect(new Set(requests).size).toBe(9);
    expect(requests).toContain('2026-12-2');
    demo.server.events.removeAllListeners();
  });

  it('drops one malformed session with a note and shows the rest', async () => {
    demo.server.use(
      http.get(`${DEMO_TEST_BASE_URL}/activity/sessions/:ws`, ({ request }) => {
        const day = new URL(request.url).searchParams.get('day');
        const events =
          day === '2026-12-2'
            ? [{ _id: 'broken', start: 'not a date' }, ...demo.store.sessionsOnDay('2026-12-02')]
            : [];
        return HttpResponse.json({ permissions: demo.store.permissions(), events });
      }),
    );
    renderPage('/?zone=UTC&view=day&date=2026-12-02');
    expect(await screen.findByText(/1 session could not be shown/)).toBeInTheDocument();
    expect(await sessionButtons()).toHaveLength(demo.store.sessionsOnDay('2026-12-02').length);
  });
});
