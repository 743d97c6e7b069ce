import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createHyraApi, createSemaphore } from '../../src/hyra/api';
import { createHyraClient } from '../../src/hyra/client';
import { daysBetween } from '../../src/lib/days';

const BASE = 'http://hyra.test/hyra-api';
const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

describe('createSemaphore', () => {
  it('starts the tasks asked for in one go lowest priority first, then in order', async () => {
    const limit = createSemaphore(1);
    const started: string[] = [];
    const task = (name: string) => async () => {
      started.push(name);
      await Promise.resolve();
    };

    await Promise.all([
      limit(task('far'), 5),
      limit(task('near'), 1),
      limit(task('here'), 0),
      limit(task('near too'), 1),
    ]);

    expect(started).toEqual(['here', 'near', 'near too', 'far']);
  });
});

describe('the order of day requests', () => {
  it('asks for the week on screen first, then the days outward from it', async () => {
    const asked: string[] = [];
    server.use(
      http.get(`${BASE}/activity/sessions/ws1`, ({ request }) => {
        asked.push(new URL(request.url).searchParams.get('day')!);
        return HttpResponse.json({ events: [], permissions: {} });
      }),
    );
    const api = createHyraApi({
      client: createHyraClient({ baseUrl: BASE }),
      workspaceId: 'ws1',
      mode: 'day',
      maxInFlight: 1,
    });
    api.focusOn('2026-03-09', '2026-03-15');

    await Promise.all(daysBetween('2026-03-01', '2026-03-20').map((day) => api.sessionsForDay(day)));

    expect(asked.slice(0, 7)).toEqual([
      '2026-3-9',
      '2026-3-10',
      '2026-3-11',
      '2026-3-12',
      '2026-3-13',
      '2026-3-14',
      '2026-3-15',
    ]);
    expect(asked.slice(7, 11)).toEqual(['2026-3-8', '2026-3-16', '2026-3-7', '2026-3-17']);
    expect(asked.at(-1)).toBe('2026-3-1');
  });
});
