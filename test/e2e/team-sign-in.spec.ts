import { expect, test, type Locator, type Page } from '@playwright/test';
import {
  TEAM_KEY,
  TEAM_URL,
  TEAM_WORKSPACE,
  expectSignedOut,
  forgedSession,
  signIn,
  teamPeople,
  type TeamPeople,
} from './team-env';

test.use({ timezoneId: 'UTC', locale: 'en-GB' });

let people: TeamPeople;
test.beforeAll(async ({ request }) => {
  people = await teamPeople(request);
});

const api = (rest: string) => `${TEAM_URL}/hyra-api/activity/sessions/${TEAM_WORKSPACE}${rest}`;
const tomorrow = () => new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);

/** Opens, in tomorrow's agenda, the first session whose detail matches `wanted`. */
async function openSessionWhere(page: Page, wanted: (dialog: Locator) => Promise<boolean>) {
  await page.goto(`/?view=agenda&date=${tomorrow()}`);
  const sessions = page.getByRole('button', { name: /slots open/ });
  await expect(sessions.first()).toBeVisible();
  const count = await sessions.count();
  for (let i = 0; i < count; i++) {
    await sessions.nth(i).click();
    const dialog = page.getByRole('dialog');
    await expect(dialog).toBeVisible();
    await expect(dialog.getByText('Server unlocks')).toBeVisible();
    if (await wanted(dialog)) return dialog;
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
  }
  throw new Error('no session matched');
}

/** A session's host slot, or a server's ("Take Host of server 2"), open to take. */
const TAKE_HOST = /^Take Host( of server \d+)?$/;
const hostIsOpen = async (dialog: Locator) => {
  const take = dialog.getByRole('button', { name: TAKE_HOST }).first();
  return (await take.count()) > 0 && (await take.isEnabled());
};

test('staff signs in, sees who they are, and takes a slot for themselves', async ({ page }) => {
  await signIn(page, people.staff);
  const name = people.names[people.staff]!.name;
  await expect(page.getByRole('banner')).toContainText(`Signed in as ${name}`);
  await expect(page.getByRole('banner')).toContainText('Staff');
  const dialog = await openSessionWhere(page, hostIsOpen);
  await expect(dialog.getByRole('button', { name: /^Assign/ })).toHaveCount(0);
  await expect(dialog.getByRole('button', { name: /^Delete server/ })).toHaveCount(0);
  await dialog.getByRole('button', { name: TAKE_HOST }).first().click();
  const warning = page.getByRole('alertdialog');
  if (await warning.isVisible().catch(() => false)) {
    // An overlap with another slot of yours, or a second slot in this session: take it all the same.
    await warning.getByRole('button', { name: /^Take it (anyway|as well)$/ }).click();
  }
  await expect(page.getByRole('status').filter({ hasText: 'Took Host' })).toBeVisible();
});

test('staff cannot assign someone else or delete a server, even by hand', async ({ page }) => {
  await signIn(page, people.staff);
  await expect(page.getByRole('banner')).toContainText('Staff');
  // The page's own request context carries the browser's cookies, like a hand-made fetch.
  const assign = await page.request.patch(api('/any-session/change'), {
    data: { prop: 'host', value: people.admin },
  });
  expect(assign.status()).toBe(403);
  expect((await assign.json()) as { message: string }).toMatchObject({
    message: 'Staff may take a slot only for themselves: the value must be your own Roblox user ID.',
  });
  const remove = await page.request.delete(api('/any-session/server/any-server'));
  expect(remove.status()).toBe(403);
  expect((await remove.json()) as { message: string }).toMatchObject({
    message: 'Only admins may create or delete servers.',
  });
});

test('an admin can assign and manage servers', async ({ page }) => {
  await signIn(page, people.admin);
  await expect(page.getByRole('banner')).toContainText('Admin');
  const dialog = await openSessionWhere(
    page,
    async (d) => (await d.getByRole('button', { name: /^Delete server/ }).count()) > 0,
  );
  await expect(dialog.getByRole('button', { name: /^Assign/ }).first()).toBeVisible();
  await dialog
    .getByRole('button', { name: /^Delete server/ })
    .first()
    .click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Delete server' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Deleted the server' })).toBeVisible();
});

test('someone off the staff sees the refusal and gets 403 from the proxy', async ({ page }) => {
  await signIn(page, people.outsider);
  await expect(page.getByRole('region', { name: 'Not on the staff' })).toContainText(
    `You are signed in as ${people.names[people.outsider]!.name}, who is not on this workspace’s staff.`,
  );
  await expect(page.getByRole('dialog')).toHaveCount(0);
  const read = await page.request.get(api(`?day=${tomorrow()}`));
  expect(read.status()).toBe(403);
});

test('signing out ends access', async ({ page }) => {
  await signIn(page, people.staff);
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expectSignedOut(page);
  expect((await page.request.get(api(`?day=${tomorrow()}`))).status()).toBe(401);
});

test('a tampered or expired cookie is refused', async ({ page, context }) => {
  await signIn(page, people.staff);
  const [cookie] = (await context.cookies()).filter((c) => c.name === 'hyra_session');
  const session = {
    sub: people.staff,
    name: 'x',
    standing: 'admin',
    checkedAt: Date.now(),
    verifiedAt: Date.now(),
    exp: Date.now() + 3_600_000,
  };
  for (const value of [
    forgedSession(session, 'someone-elses-secret-0123456789abcdef'),
    forgedSession({ ...session, standing: 'staff', exp: Date.now() - 1000 }),
  ]) {
    await context.addCookies([{ ...cookie!, value }]);
    await page.goto('/');
    await expectSignedOut(page);
    expect((await page.request.get(api(`?day=${tomorrow()}`))).status()).toBe(401);
  }
});

test('a cross-site write is refused, and no script can read the session cookie', async ({
  page,
  context,
}) => {
  await signIn(page, people.admin);
  await expect(page.getByRole('banner')).toContainText('Admin');
  const [cookie] = (await context.cookies()).filter((c) => c.name === 'hyra_session');
  expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax' });
  expect(await page.evaluate(() => document.cookie)).not.toContain('hyra_session');
  const crossSite = await page.request.patch(api('/any-session/change'), {
    data: { prop: 'host', value: people.admin },
    headers: { Origin: 'https://evil.example' },
  });
  expect(crossSite.status()).toBe(403);
  const signOut = await page.request.post(`${TEAM_URL}/auth/logout`, {
    headers: { Origin: 'https://evil.example' },
  });
  expect(signOut.status()).toBe(403);
});

test('the key is nowhere the browser can read', async ({ page }) => {
  const bodies: string[] = [];
  page.on('response', async (response) => {
    // A response still arriving when the test ends has nothing left to read.
    bodies.push(JSON.stringify(await response.allHeaders().catch(() => ({}))));
    bodies.push(await response.text().catch(() => ''));
  });
  await signIn(page, people.admin);
  await expect(page.getByRole('button', { name: /slots open/ }).first()).toBeVisible();
  for (const path of ['/hyra-config.json', '/hyra-me.json']) {
    bodies.push(await (await page.request.get(`${TEAM_URL}${path}`)).text());
  }
  expect(bodies.length).toBeGreaterThan(5);
  expect(bodies.join('\n')).not.toContain(TEAM_KEY);
  expect(await page.content()).not.toContain(TEAM_KEY);
});
