import type { Page } from '@playwright/test';
import { parseDayParam } from '../../src/hyra/contract';
import { SERVER_TOKEN, USER_TOKEN, type Behaviour } from './fake-hyra-env';
import { expect, fake, sessionButtons, test } from './fake-hyra-fixtures';
import { sessionsIn } from './fake-hyra-workspaces';

test.use({ timezoneId: 'UTC', locale: 'en-GB' });

const TOKEN_KEY = 'hyra-dashboard:token';

async function storage(page: Page) {
  return page.evaluate(
    (key) => ({
      local: window.localStorage.getItem(key),
      session: window.sessionStorage.getItem(key),
      everything: JSON.stringify({ ...window.localStorage }) + JSON.stringify({ ...window.sessionStorage }),
    }),
    TOKEN_KEY,
  );
}

test('from the demo: connect with your own token, sent as a header, kept for the tab, then forgotten', async ({
  page,
  noTokenBaseURL,
  workspace,
}) => {
  const ws = workspace('ok');
  await page.goto(`${noTokenBaseURL}/`);
  const demo = page.getByRole('note', { name: 'Demo data' });
  await expect(sessionButtons(page).first()).toBeVisible();
  await demo.getByRole('button', { name: 'Connect your workspace' }).click();

  await expect(page.getByRole('heading', { name: 'Connect your workspace' })).toBeVisible();
  await expect(page.getByLabel('Day by day (recommended)')).toBeChecked();
  // Keyboard: the workspace field, then the token field.
  await page.getByLabel('Workspace ID').fill(ws);
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('API token')).toBeFocused();
  await page.keyboard.type('not-the-right-token');
  await page.getByRole('button', { name: 'Test connection' }).click();
  await expect(page.getByRole('alert')).toContainText('Hyra refused this token.');

  await page.getByLabel('API token').fill(USER_TOKEN);
  await page.getByRole('button', { name: 'Test connection' }).click();
  const works = page.getByText(/The connection works: Hyra answered with \d+ sessions? for today/);
  await expect(works).toBeVisible();
  // As many as the demo holds for the day the browser asked about.
  const [asked] = (await fake.requests(ws)).filter((r) => r.authorization === `Bearer ${USER_TOKEN}`);
  const day = parseDayParam(asked?.query.day ?? '') ?? 'no day asked';
  const held = sessionsIn('ok', await fake.today(), day, day).length;
  expect(held).toBeGreaterThan(0);
  await expect(works).toContainText(`answered with ${held} session${held === 1 ? '' : 's'} for today`);
  expect(await storage(page)).toMatchObject({ local: null, session: null });

  await page.getByRole('button', { name: 'Connect', exact: true }).click();
  await expect(page).toHaveURL(`${noTokenBaseURL}/?workspace=${ws}`);
  await expect(page.getByText(`Workspace ${ws}`)).toBeVisible();
  await expect(sessionButtons(page).first()).toBeVisible();
  await expect(page.getByRole('note', { name: 'Demo data' })).toHaveCount(0);

  // What reached Hyra: the wrong token, then the right one, as bearer headers, never the server's.
  const received = await fake.requests(ws);
  expect(new Set(received.map((r) => r.authorization))).toEqual(
    new Set(['Bearer not-the-right-token', `Bearer ${USER_TOKEN}`]),
  );
  for (const r of received) expect(JSON.stringify(r.query)).not.toContain(USER_TOKEN);
  expect(page.url()).not.toContain(USER_TOKEN);
  const kept = await storage(page);
  expect(kept.local).toBeNull();
  expect(kept.session).toContain(USER_TOKEN);

  // A reload in the same tab keeps working.
  await page.reload();
  await expect(sessionButtons(page).first()).toBeVisible();

  // Forget: nothing stays anywhere.
  await page.getByRole('button', { name: 'Change workspace' }).click();
  await expect(page.getByText(`A token for ${ws} is saved for this tab.`)).toBeVisible();
  await page.getByRole('button', { name: 'Forget token' }).click();
  await expect(page.getByText('The token is forgotten')).toBeVisible();
  await expect(page.getByLabel('API token')).toHaveValue('');
  const after = await storage(page);
  expect(after.local).toBeNull();
  expect(after.session).toBeNull();
  expect(after.everything).not.toContain(USER_TOKEN);
});

test('"Remember on this device" keeps the token in localStorage until forgotten', async ({
  page,
  noTokenBaseURL,
  workspace,
}) => {
  const ws = workspace('ok');
  await page.goto(`${noTokenBaseURL}/?connect=1`);
  await page.getByLabel('Workspace ID').fill(ws);
  await page.getByLabel('API token').fill(USER_TOKEN);
  await page.getByLabel('Remember on this device').check();
  await page.getByLabel('Whole range at once').check();
  await page.getByRole('button', { name: 'Connect', exact: true }).click();
  await expect(page).toHaveURL(`${noTokenBaseURL}/?workspace=${ws}&mode=range`);
  await expect(sessionButtons(page).first()).toBeVisible();
  const kept = await storage(page);
  expect(kept.local).toContain(USER_TOKEN);
  expect(kept.session).toBeNull();
  expect((await fake.requests(ws)).at(-1)?.query).toEqual({
    start: expect.any(String),
    end: expect.any(String),
  });

  await page.getByRole('button', { name: 'Change workspace' }).click();
  await expect(page.getByText(`A token for ${ws} is saved on this device.`)).toBeVisible();
  await page.getByRole('button', { name: 'Forget token' }).click();
  expect(await storage(page)).toMatchObject({ local: null, session: null });
});

test('the connection test explains each failure in words', async ({ page, noTokenBaseURL, workspace }) => {
  await page.goto(`${noTokenBaseURL}/?connect=1`);
  const alert = page.getByRole('alert');
  const cases: [Behaviour, string][] = [
    ['forbidden', 'This token has no access to the workspace'],
    ['missing', 'Hyra found no workspace'],
    ['unreachable', 'Hyra could not be reached.'],
    ['notjson', 'Hyra answered with something that is not JSON.'],
    ['malformed', 'Hyra answered, but not with sessions in the expected shape.'],
    ['broken', 'Hyra had a problem answering (HTTP 500).'],
  ];
  await page.getByLabel('API token').fill(USER_TOKEN);
  for (const [behaviour, words] of cases) {
    await page.getByLabel('Workspace ID').fill(workspace(behaviour));
    await page.getByRole('button', { name: 'Test connection' }).click();
    await expect(alert).toContainText(words);
  }
  // An ID of the wrong shape is explained in the field, before any request.
  await page.getByLabel('Workspace ID').fill('123456');
  await page.getByRole('button', { name: 'Test connection' }).click();
  await expect(page.getByText('A workspace ID has 24 characters; this one has 6.')).toBeVisible();
  await expect(page.getByLabel('Workspace ID')).toHaveValue('123456');
  expect(await fake.requests('123456')).toEqual([]);
  // Empty fields are explained where they are, and focus goes to the first one.
  await page.getByLabel('Workspace ID').fill('');
  await page.getByRole('button', { name: 'Connect', exact: true }).click();
  await expect(page.getByLabel('Workspace ID')).toBeFocused();
  await expect(page.getByLabel('Workspace ID')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText('Enter the workspace ID.')).toBeVisible();
});

test('a real workspace with no token anywhere asks for one first', async ({
  page,
  noTokenBaseURL,
  workspace,
}) => {
  const ws = workspace('ok');
  await page.goto(`${noTokenBaseURL}/?workspace=${ws}`);
  await expect(page.getByRole('heading', { name: 'Connect your workspace' })).toBeVisible();
  await expect(page.getByText(/holds no API token/)).toBeVisible();
  await expect(page.getByLabel('Workspace ID')).toHaveValue(ws);
  expect(await fake.requests(ws)).toEqual([]);
});

test('with a token on the server, the connect screen asks for none and uses the server one', async ({
  page,
  workspace,
}) => {
  const ws = workspace('ok');
  await page.goto('/?connect=1');
  await expect(page.getByText(/server holds the API token/)).toBeVisible();
  await expect(page.getByLabel('API token')).toHaveCount(0);
  await page.getByLabel('Workspace ID').fill(ws);
  await page.getByRole('button', { name: 'Connect', exact: true }).click();
  await expect(page).toHaveURL(/\?workspace=/);
  await expect(sessionButtons(page).first()).toBeVisible();
  expect(new Set((await fake.requests(ws)).map((r) => r.authorization))).toEqual(
    new Set([`Bearer ${SERVER_TOKEN}`]),
  );
});
