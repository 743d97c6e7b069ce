import { expect, test } from '@playwright/test';

test.use({ timezoneId: 'Europe/London', locale: 'en-GB' });

test('on paper the week is every day of it as a list, without controls', async ({ page }) => {
  await page.goto('/?view=week');
  await expect(page.getByRole('button', { name: /slots open/ }).first()).toBeVisible();
  await expect(page.getByRole('button', { name: 'Print this week' })).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  // Every day of the week, the earlier ones too, and no button to unfold them.
  await expect(page.locator('section[data-day] h3')).toHaveCount(7);
  await expect(page.getByRole('button', { name: /earlier days? of this week/ })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Print this week' })).toBeHidden();
  await expect(page.getByRole('radiogroup', { name: 'View' })).toBeHidden();
  await page.screenshot({ path: '/tmp/h7shots/print-week.png', fullPage: true });
  await page.emulateMedia({ media: 'screen' });
  await expect(page.getByRole('button', { name: 'Print this week' })).toBeVisible();

  await page.getByRole('radio', { name: 'Month' }).click();
  await expect(page.getByRole('button', { name: 'Print this month' })).toBeVisible();
});
