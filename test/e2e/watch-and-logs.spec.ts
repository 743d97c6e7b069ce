import { expect, test } from '@playwright/test';
import { openSessionWhere, tomorrow } from './demo-helpers';

test.use({ timezoneId: 'UTC', locale: 'en-GB' });

test('a session detail counts down, shows its logs, and can be watched', async ({ page }) => {
  const dialog = await openSessionWhere(
    page,
    `/?view=agenda&date=${tomorrow()}`,
    // Neither cancelled nor locked: a locked session offers nothing to watch.
    async (d) =>
      (await d.getByText('Cancelled', { exact: true }).count()) === 0 &&
      (await d.getByText('Locked', { exact: true }).count()) === 0,
  );

  // Countdowns to the unlock and the lock, beside their times.
  const unlocks = dialog.getByText('Server unlocks').locator('xpath=following-sibling::dd[1]');
  const locks = dialog.getByText('Server locks').locator('xpath=following-sibling::dd[1]');
  await expect(unlocks).toContainText(/ · (in \d|\d+ \w+ ago|less than a minute ago)/);
  await expect(locks).toContainText(/ · (in \d|\d+ \w+ ago|less than a minute ago)/);

  // The logs, collapsed until asked for (the demo's key may assign).
  const logs = dialog.getByRole('button', { name: 'Session logs' });
  await expect(logs).toHaveAttribute('aria-expanded', 'false');
  await logs.click();
  const entries = dialog.getByRole('list', { name: 'Log entries' });
  await expect(entries).toBeVisible();
  await expect(entries.getByText(/^(Session scheduled|Ad-hoc session created)$/)).toBeVisible();

  // Watching it shows in the header, and lasts across a reload.
  const watch = dialog.getByRole('button', { name: 'Watch this session' });
  await watch.click();
  await expect(watch).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('button', { name: 'Watching (1)' })).toBeVisible();
  await page.reload();
  await page.getByRole('button', { name: 'Watching (1)' }).click();
  const list = page.getByRole('dialog', { name: 'What you watch' });
  await list.getByRole('button', { name: /^Stop watching / }).click();
  await expect(list.getByText('You watch nothing in this workspace.')).toBeVisible();
});
