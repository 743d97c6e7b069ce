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

    await expect(page.getByText(/^Only /).filter({ visible: true })).toContainText(name);
    await expect(roster).toBeVisible();
    const holders = roster.getByRole('cell').getByRole('button');
    await expect(holders.first()).toBeVisible();
    for (const holder of await holders.all()) await expect(holder).toContainText(name);
    await expectNoViolations(page, `roster of one person (${theme})`);

    await page.getByRole('button', { name: 'Show everyone' }).click();
    await expect(page.getByText(/^Only /).filter({ visible: true })).toHaveCount(0);
  });
}

test('the roster fits a phone and keeps its slots in one table', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 812 });
  await page.goto('/?view=roster');
  const roster = page.getByRole('table', { name: 'Roster' });
  await expect(roster.getByRole('button', { name: /slots open/ }).first()).toBeVisible();
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(375);
});

test('the roster of one day and a person filter survive a reload, back and forward', async ({ page }) => {
  await page.goto('/?view=roster&zone=UTC');
  const roster = page.getByRole('table', { name: 'Roster' });
  await expect(roster.getByRole('button', { name: /slots open/ }).first()).toBeVisible();

  // One day, from the keyboard: the span toggle, then the arrow.
  const span = page.getByRole('radiogroup', { name: 'Roster span' });
  await span.getByRole('radio', { name: 'Whole week' }).focus();
  await page.keyboard.press('ArrowLeft');
  await expect(page).toHaveURL(/[?&]span=day(&|$)/);
  await expect(span.getByRole('radio', { name: 'One day' })).toBeFocused();
  // A day's title, not a week's range.
  await expect(page.getByRole('heading', { level: 2 })).not.toContainText('–');
  await expect(page.getByRole('button', { name: 'Next day' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Print this day' })).toBeVisible();
  // Only that day's heading row.
  const dayRows = roster.getByRole('columnheader', { name: /sessions?\)$/ });
  await expect(dayRows).toHaveCount(1);

  // A person: the first holder's name.
  const holder = roster.getByRole('cell').getByRole('button').first();
  const name = (await holder.locator('bdi').first().textContent()) ?? '';
  await holder.click();
  await expect(page).toHaveURL(/[?&]person=\d+(&|$)/);
  const only = page.getByText(/^Only /).filter({ visible: true });
  await expect(only).toContainText(name);

  await page.reload();
  await expect(only).toContainText(name);
  await expect(page.getByRole('radio', { name: 'One day' })).toBeChecked();
  await expect(dayRows).toHaveCount(1);
  for (const button of await roster.getByRole('cell').getByRole('button').all())
    await expect(button).toContainText(name);

  await page.goBack();
  await expect(page).not.toHaveURL(/person=/);
  await expect(only).toHaveCount(0);
  await expect(page.getByRole('radio', { name: 'One day' })).toBeChecked();
  await page.goForward();
  await expect(only).toContainText(name);

  await page.getByRole('button', { name: 'Show everyone' }).click();
  await expect(page).not.toHaveURL(/person=/);
  await expect(only).toHaveCount(0);
});

test('the roster ignores hostile values in its URL', async ({ page }) => {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  // Raw, as typed: the quotes and brackets unencoded where the browser lets them through.
  await page.goto(
    `/?view=roster&span="><img src=x onerror=alert(1)>&tab=__proto__&person=1%20OR%201=1&person=2`,
  );
  await expect(page.getByRole('table', { name: 'Roster' })).toBeVisible();
  await expect(page.getByRole('radio', { name: 'Whole week' })).toBeChecked();
  await expect(page.getByRole('radio', { name: 'By session' })).toBeChecked();
  await expect(page.getByText(/^Only /).filter({ visible: true })).toHaveCount(0);
  expect(dialogs).toEqual([]);
});
