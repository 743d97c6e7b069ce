import { expect, fake, sessionButtons, test, unfoldAgenda } from './fake-hyra-fixtures';
import { HOSTILE, sessionsInWeekOf } from './fake-hyra-workspaces';

test.use({ timezoneId: 'UTC', locale: 'en-GB' });

test('hostile names and links render as inert text', async ({ page, workspace, dialogs }) => {
  await page.goto(`/?workspace=${workspace('hostile')}&view=agenda`);
  await unfoldAgenda(page);

  // Markup in a name is shown as the characters it is made of, and nothing ran.
  // (Visible ones only: the closed type-filter popover holds the name too.)
  const markup = page.getByText(HOSTILE.markupName, { exact: true }).filter({ visible: true }).first();
  await expect(markup).toBeVisible();
  expect(await page.locator('img[src="x"], script:not([src])').count()).toBe(0);

  // A 5,000-character name is cut to fit, with the full text in its title; nothing scrolls sideways.
  // (The periods drawn ahead of time out of sight hold it too: the one on screen.)
  const long = page.locator(`[title="${HOSTILE.longName}"]`).filter({ visible: true }).first();
  await expect(long).toBeVisible();
  const box = await long.boundingBox();
  expect(box?.width ?? Infinity).toBeLessThan(1280);
  expect(
    await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth),
  ).toBeLessThanOrEqual(0);

  // The session whose game link is javascript: opens; the link is not a link, and the host's
  // markup name is text.
  await sessionButtons(page).filter({ hasText: HOSTILE.markupName }).first().click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  await expect(dialog.getByText(HOSTILE.scriptHost).first()).toBeVisible();
  await expect(dialog.getByText('<b onmouseover=alert(3)>Role</b>').first()).toBeVisible();
  const hrefs = await page
    .locator('a[href]')
    .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
  for (const href of hrefs) expect(href).not.toMatch(/^\s*(javascript|data|vbscript):/i);
  expect(await page.locator('a[href^="javascript:"], a[href^="data:"]').count()).toBe(0);
  await page.keyboard.press('Escape');

  // The long-named session opens too, with its whole name as the panel's title.
  await sessionButtons(page).filter({ hasText: 'END' }).first().click();
  await expect(page.getByRole('dialog')).toBeVisible();
  expect(await page.locator('a[href^="data:"]').count()).toBe(0);
  expect(dialogs).toEqual([]);
});

test('thousands of sessions render and the page stays responsive', async ({ page, workspace }) => {
  const today = await fake.today();
  await page.goto(`/?workspace=${workspace('huge')}&view=week&date=${today}`);
  await expect(sessionButtons(page).first()).toBeVisible({ timeout: 20_000 });
  // The week's seven days hold about 165 sessions each, and every one of them is on the page.
  const week = sessionsInWeekOf('huge', today, today).length;
  expect(week).toBeGreaterThan(1_000);
  await expect
    .poll(() => page.locator('[data-session-id]').count(), { timeout: 20_000 })
    .toBeGreaterThanOrEqual(week);
  // The page still answers: a frame comes, and moving a week works.
  const frame = await page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const start = performance.now();
        requestAnimationFrame(() => resolve(performance.now() - start));
      }),
  );
  expect(frame).toBeLessThan(5_000);
  const title = page.getByRole('heading', { level: 2 });
  const before = await title.textContent();
  await page.getByRole('button', { name: 'Next week' }).click();
  await expect(title).not.toHaveText(before ?? '');
  await expect(sessionButtons(page).first()).toBeVisible({ timeout: 20_000 });
});
