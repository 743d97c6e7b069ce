import { expect, test } from '@playwright/test';

test('a newcomer opens the dashboard on the demo workspace and sees sessions', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('note').filter({ hasText: 'Demo data' })).toBeVisible();
  await expect(page.getByRole('button', { name: /slots open/ }).first()).toBeVisible();
});
