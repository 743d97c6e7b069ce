import { expect, test } from '@playwright/test';
import { expectNoViolations } from './demo-helpers';

test.use({ timezoneId: 'UTC', locale: 'en-GB' });

for (const theme of ['light', 'dark'] as const) {
  test(`the roster filters to a person and has no axe violations (${theme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: theme });
    await page.goto('/?view=roster');
    const roster = page.getByRole('table', { name: 'Roster' });
    await expect(roster).toBeVisible();
    // A long week draws only the rows in sight: the first session is there, and not all rows are.
    await expect(roster.getByRole('button', { name: /slots open/ }).first()).toBeVisible();
    await expectNoViolations(page, `roster (${theme})`);

    // By person, sorted by total; the first person's name filters the roster to them.
    await page.getByRole('radio', { name: 'By person' }).check();
    const people = page.getByRole('table', { name: 'By person' });
    await expect(people).toBeVisible();
    await expectNoViolations(page, `roster by person (${theme})`);
    const first = people.getByRole('rowheader').first().getByRole('button');
    const name = (await first.locator('bdi').first().textContent()) ?? '';
    await first.click();

    await expect(page.getByText(/^Only /)).toContainText(name);
    await expect(roster).toBeVisible();
    const holders = roster.getByRole('cell').getByRole('button');
    await expect(holders.first()).toBeVisible();
    for (const holder of await holders.all()) await expect(holder).toContainText(name);
    await expectNoViolations(page, `roster of one person (${theme})`);

    await page.getByRole('button', { name: 'Show everyone' }).click();
    await expect(page.getByText(/^Only /)).toHaveCount(0);
  });
}

test('the roster fits a phone and keeps its slots in one table', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/?view=roster');
  const roster = page.getByRole('table', { name: 'Roster' });
  await expect(roster.getByRole('button', { name: /slots open/ }).first()).toBeVisible();
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(390);
});
