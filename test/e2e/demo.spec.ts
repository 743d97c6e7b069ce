import { expect, test } from '@playwright/test';
import { SCENARIO_NAMES } from '../../src/demo/scenarios';

test('a newcomer opens the dashboard on the demo workspace and sees sessions', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('note').filter({ hasText: 'Demo data' })).toBeVisible();
  await expect(page.getByRole('button', { name: /slots open/ }).first()).toBeVisible();
});

test('the demo banner offers the scenarios, and switching keeps the view and date', async ({ page }) => {
  await page.goto('/?view=month&date=2026-12-09');
  const banner = page.getByRole('note', { name: 'Demo data' });
  const picker = banner.getByRole('combobox', { name: 'Scenario' });
  await expect(picker).toHaveValue('default');
  await expect(picker.getByRole('option')).toHaveCount(SCENARIO_NAMES.length);
  await expect(picker.getByRole('option', { name: /^Live: / })).toHaveCount(1);
  await expect(picker.getByRole('option', { name: /^Empty: A workspace with no sessions/ })).toHaveCount(1);
  await picker.selectOption('empty');
  await expect(page).toHaveURL(/\/\?view=month&date=2026-12-09&scenario=empty$/);
  await expect(page.getByRole('note', { name: 'Demo data' }).getByRole('combobox')).toHaveValue('empty');
  await expect(page.getByRole('button', { name: /slots open/ })).toHaveCount(0);
});
