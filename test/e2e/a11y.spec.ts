import { expect, test } from '@playwright/test';
import { expectNoViolations, openSessionWhere, tomorrow } from './demo-helpers';

test.use({ timezoneId: 'UTC', locale: 'en-GB' });

for (const theme of ['light', 'dark'] as const) {
  test.describe(`${theme} theme`, () => {
    test.use({ colorScheme: theme });

    for (const view of ['day', 'week', 'month', 'agenda'] as const) {
      test(`the ${view} view has no axe violations`, async ({ page }) => {
        await page.goto(`/?view=${view}`);
        await expect(page.getByRole('button', { name: /slots open/ }).first()).toBeVisible();
        await expectNoViolations(page, `${view} view (${theme})`);
      });
    }

    test('the session detail has no axe violations', async ({ page }) => {
      await page.goto('/?view=agenda');
      await page
        .getByRole('button', { name: /slots open/ })
        .first()
        .click();
      await expect(page.getByRole('dialog').getByText('Server unlocks')).toBeVisible();
      await expectNoViolations(page, `session detail (${theme})`);
    });

    test('the assign and confirm dialogs and the type filter have no axe violations', async ({ page }) => {
      const detail = await openSessionWhere(
        page,
        `/?view=agenda&date=${tomorrow()}`,
        async (dialog) => (await dialog.getByRole('button', { name: /^Delete server / }).count()) > 0,
      );
      await detail
        .getByRole('button', { name: /^Assign / })
        .first()
        .click();
      await expect(page.getByRole('dialog', { name: /^Assign / })).toBeVisible();
      await expectNoViolations(page, `assign dialog (${theme})`);
      await page.keyboard.press('Escape');
      await detail
        .getByRole('button', { name: /^Delete server / })
        .first()
        .click();
      await expect(page.getByRole('alertdialog')).toBeVisible();
      await expectNoViolations(page, `confirm dialog (${theme})`);
      await page.keyboard.press('Escape');
      await page.keyboard.press('Escape');
      await expect(page.getByRole('dialog')).toHaveCount(0);
      await page.getByRole('button', { name: /^Session types/ }).click();
      await expect(page.getByRole('group', { name: 'Show session types' })).toBeVisible();
      await expectNoViolations(page, `type filter (${theme})`);
    });

    test('the connect screen has no axe violations', async ({ page }) => {
      await page.goto('/?connect=1');
      await expect(page.getByRole('heading', { name: 'Connect your workspace' })).toBeVisible();
      await expectNoViolations(page, `connect screen (${theme})`);
    });

    test('settings and the shortcuts panel have no axe violations', async ({ page }) => {
      await page.goto('/');
      await page.getByRole('button', { name: 'Settings' }).click();
      await expect(page.getByRole('dialog', { name: 'Settings' })).toBeVisible();
      await expectNoViolations(page, `settings (${theme})`);
      await page.keyboard.press('Escape');
      await page.getByRole('button', { name: 'Keyboard shortcuts' }).click();
      await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
      await expectNoViolations(page, `shortcuts (${theme})`);
    });
  });
}

test('focus returns to the session that was opened when the detail closes', async ({ page }) => {
  await page.goto('/?view=agenda');
  const session = page.getByRole('button', { name: /slots open/ }).nth(1);
  await session.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toBeHidden();
  await expect(session).toBeFocused();
});

test('the month grid moves focus with the arrows, Home/End and PageUp/PageDown', async ({ page }) => {
  await page.goto('/?view=month&date=2026-12-16');
  const grid = page.getByRole('grid', { name: 'Month' });
  await expect(grid.getByRole('button', { name: /slots open/ }).first()).toBeVisible();
  await grid.locator('[data-day="2026-12-16"]').focus();
  await page.keyboard.press('ArrowRight');
  await expect(grid.locator('[data-day="2026-12-17"]')).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(grid.locator('[data-day="2026-12-24"]')).toBeFocused();
  await page.keyboard.press('Home');
  await expect(page).toHaveURL(/date=2026-12-21/);
  await page.keyboard.press('End');
  await expect(page).toHaveURL(/date=2026-12-27/);
  await page.keyboard.press('PageDown');
  await expect(page).toHaveURL(/date=2027-01-27/);
  await expect(page.getByRole('heading', { level: 2 })).toHaveText(/January 2027/);
  // Focus follows into the month now shown, and back into the one drawn before.
  await expect(grid.locator('[data-day="2027-01-27"]')).toBeFocused();
  await page.keyboard.press('PageUp');
  await expect(page.getByRole('heading', { level: 2 })).toHaveText(/December 2026/);
  await expect(grid.locator('[data-day="2026-12-27"]')).toBeFocused();
  await page.keyboard.press('ArrowLeft');
  await expect(grid.locator('[data-day="2026-12-26"]')).toBeFocused();
});
