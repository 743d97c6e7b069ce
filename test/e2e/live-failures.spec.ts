import type { Page } from '@playwright/test';
import { expect, fake, sessionButtons, test, unfoldAgenda } from './fake-hyra-fixtures';
import { RATE_LIMIT_SECONDS, sessionsInWeekOf } from './fake-hyra-workspaces';

test.use({ timezoneId: 'UTC', locale: 'en-GB' });

/** The calendar's failure panel once every day has failed (not the partial one shown meanwhile). */
const failure = (page: Page) => page.getByRole('alert').filter({ hasText: 'Sessions could not be loaded' });
/** Both panels, for checking that neither is there. */
const anyFailure = (page: Page) => page.getByRole('alert').filter({ hasText: 'could not be loaded' });
/** The agenda lists this week's sessions (the browser's today, in UTC): as many as the demo holds. */
async function weekOfSessions(behaviour: string) {
  return sessionsInWeekOf(behaviour, await fake.today(), new Date().toISOString().slice(0, 10)).length;
}
const banner = (page: Page, text: string | RegExp) => page.getByRole('status').filter({ hasText: text });

test('401: the token was refused, and Reconnect opens the connect screen for that workspace', async ({
  page,
  workspace,
}) => {
  const ws = workspace('unauthorized');
  await page.goto(`/?workspace=${ws}`);
  await expect(failure(page)).toContainText('The API token was refused.');
  await expect(failure(page)).toContainText('Hyra said: Invalid API key');
  await failure(page).getByRole('button', { name: 'Reconnect' }).click();
  await expect(page.getByRole('heading', { name: 'Connect your workspace' })).toBeVisible();
  await expect(page.getByLabel('Workspace ID')).toHaveValue(ws);
  // Back returns to the calendar.
  await page.goBack();
  await expect(failure(page)).toBeVisible();
});

test('403: no access to the workspace', async ({ page, workspace }) => {
  await page.goto(`/?workspace=${workspace('forbidden')}`);
  await expect(failure(page)).toContainText('This token has no access to this workspace.');
  await expect(failure(page).getByRole('button', { name: 'Change workspace or token' })).toBeVisible();
  await expect(failure(page).getByRole('button', { name: 'Try again' })).toHaveCount(0);
});

test('404: workspace not found', async ({ page, workspace }) => {
  await page.goto(`/?workspace=${workspace('missing')}`);
  await expect(failure(page)).toContainText('Workspace not found. Check the workspace ID.');
  await expect(failure(page).getByRole('button', { name: 'Change workspace' })).toBeVisible();
});

test('429: says it is waiting and until when, then loads by itself', async ({ page, workspace }) => {
  const ws = workspace('ratelimited');
  const before = Date.now();
  await page.goto(`/?workspace=${ws}`);
  const waiting = banner(page, 'Hyra asked us to slow down');
  await expect(waiting).toBeVisible();
  const text = (await waiting.textContent()) ?? '';
  const [, hh, mm, ss] = /retrying at (\d{1,2}):(\d{2}):(\d{2})/.exec(text) ?? [];
  expect(hh, text).toBeDefined();
  const at = new Date(before);
  at.setUTCHours(Number(hh), Number(mm), Number(ss), 0);
  // The time said is when Hyra's Retry-After ends, give or take the clock's second.
  expect(at.getTime() - before).toBeGreaterThan(RATE_LIMIT_SECONDS * 1000 - 2000);
  expect(at.getTime() - before).toBeLessThan(RATE_LIMIT_SECONDS * 1000 + 2000);
  await expect(sessionButtons(page).first()).toBeVisible({ timeout: 15_000 });
  await expect(waiting).toBeHidden();
  await expect(anyFailure(page)).toHaveCount(0);
  // The requests Hyra refused were asked again once it allowed (more than the first nine).
  await expect.poll(async () => (await fake.requests(ws)).length).toBeGreaterThan(9);
});

test('500: retries with backoff, then "Try again" loads once Hyra is back', async ({ page, workspace }) => {
  const ws = workspace('broken');
  // Range mode: one request per run of days, so the retries are easy to count.
  await page.goto(`/?workspace=${ws}&mode=range`);
  const started = Date.now();
  await expect(banner(page, 'Hyra had a problem answering (HTTP 500); trying again…')).toBeVisible();
  await expect(anyFailure(page).first()).toContainText('Hyra had a problem answering (HTTP 500).', {
    timeout: 20_000,
  });
  // Not before the retries: 1 s, 2 s and 4 s apart.
  expect(Date.now() - started).toBeGreaterThan(6_000);
  // Each wave of retries asks again for the first day of the week, alone or at the head of a
  // run of days (the retried days can be asked in several runs, which a loaded machine spreads
  // over more than half a second, so a wave is told by its first day, not by a quiet gap).
  const asked = await fake.requests(ws);
  const firstDay = asked[0]!.query.start;
  const waves = asked.filter((r) => r.query.start === firstDay).map((r) => r.at - asked[0]!.at);
  expect(waves.length).toBeGreaterThanOrEqual(4);
  expect(waves[1]).toBeGreaterThan(800);
  expect(waves[2]! - waves[1]!).toBeGreaterThan(1_500);
  expect(waves[3]! - waves[2]!).toBeGreaterThan(3_500);
  await expect(anyFailure(page).first()).toContainText('Hyra said: Something broke at Hyra');

  await fake.behave(ws, 'ok');
  await anyFailure(page).first().getByRole('button', { name: 'Try again' }).click();
  await expect(sessionButtons(page).first()).toBeVisible();
  await expect(anyFailure(page)).toHaveCount(0);
});

test('timeout: a day Hyra is too slow for is retried, then "Try again"; the other days show', async ({
  page,
  workspace,
}) => {
  const ws = workspace('slow');
  // The slow day is the fake's today.
  const slowDay = await fake.today();
  await page.goto(`/?workspace=${ws}&view=week&date=${slowDay}`);
  await expect(sessionButtons(page).first()).toBeVisible();
  await expect(banner(page, 'Hyra did not answer in time; trying again…')).toBeVisible();
  const partial = page.getByRole('alert').filter({ hasText: 'Some days could not be loaded' });
  await expect(partial).toContainText('Hyra did not answer in time.', { timeout: 25_000 });
  await expect(partial.getByRole('button', { name: 'Try again' })).toBeVisible();
  const asked = (await fake.requests(ws)).filter((r) => r.query.day === slowDay.replace(/-0?/g, '-'));
  expect(asked).toHaveLength(4);
});

test('an answer that is not JSON', async ({ page, workspace }) => {
  await page.goto(`/?workspace=${workspace('notjson')}`);
  await expect(failure(page)).toContainText('Hyra sent an answer that is not JSON');
});

test('a response that fails parsing says where and what', async ({ page, workspace }) => {
  await page.goto(`/?workspace=${workspace('malformed')}`);
  await expect(failure(page)).toContainText("Hyra's answer was not in the expected shape.");
  await expect(failure(page)).toContainText('events');
});

test('schema drift: unknown fields are ignored; an event without a start is left out and explained', async ({
  page,
  workspace,
}) => {
  await page.goto(`/?workspace=${workspace('drift')}&view=agenda`);
  await expect(sessionButtons(page).first()).toBeVisible();
  const note = page.getByText(/sessions? could not be shown/);
  await expect(note).toBeVisible();
  await note.getByText('What was wrong').click();
  await expect(note.getByRole('listitem').first()).toContainText('start');
  await expect(anyFailure(page)).toHaveCount(0);
});

test('offline: keeps the calendar under a banner, and loads again on reconnect', async ({
  page,
  context,
  workspace,
}) => {
  const ws = workspace('ok');
  const WEEK_OF_SESSIONS = await weekOfSessions('ok');
  await page.goto(`/?workspace=${ws}&view=agenda`);
  await unfoldAgenda(page);
  await expect(sessionButtons(page)).toHaveCount(WEEK_OF_SESSIONS);
  const asked = (await fake.requests(ws)).length;

  await context.setOffline(true);
  await expect(banner(page, 'Offline')).toHaveText(/Offline — showing data from \d{1,2}:\d{2}\./);
  await expect(sessionButtons(page)).toHaveCount(WEEK_OF_SESSIONS);

  await context.setOffline(false);
  await expect(banner(page, 'Offline')).toHaveCount(0);
  await expect.poll(async () => (await fake.requests(ws)).length).toBeGreaterThan(asked);
  await expect(sessionButtons(page)).toHaveCount(WEEK_OF_SESSIONS);
});

test('a refetch that fails parsing keeps the previous data on screen', async ({
  page,
  context,
  workspace,
}) => {
  const ws = workspace('flip');
  const WEEK_OF_SESSIONS = await weekOfSessions('flip');
  await page.goto(`/?workspace=${ws}&view=agenda`);
  await unfoldAgenda(page);
  await expect(sessionButtons(page)).toHaveCount(WEEK_OF_SESSIONS);

  await fake.behave(ws, 'malformed');
  // Reconnecting refetches what is on screen.
  await context.setOffline(true);
  await context.setOffline(false);
  const partial = page.getByRole('alert').filter({ hasText: 'Some days could not be loaded' });
  await expect(partial).toContainText("Hyra's answer was not in the expected shape.");
  await expect(partial).toContainText('events');
  await expect(sessionButtons(page)).toHaveCount(WEEK_OF_SESSIONS);
});
