import { expect, test, type Locator, type Page } from '@playwright/test';
import { openSessionWhere, tomorrow } from './demo-helpers';

test.use({ timezoneId: 'UTC', locale: 'en-GB' });

/** The session's Host slot is open and I may take it. */
const hostIsOpen = async (dialog: Locator) =>
  (await dialog.getByRole('button', { name: 'Take Host', exact: true }).count()) > 0 &&
  (await dialog.getByRole('button', { name: 'Take Host', exact: true }).isEnabled());

/** Takes the Host slot, past an overlap or second-slot question if one comes up. */
async function takeHost(page: Page, dialog: Locator) {
  await dialog.getByRole('button', { name: 'Take Host', exact: true }).click();
  const warning = page.getByRole('alertdialog');
  if (await warning.isVisible().catch(() => false)) {
    await warning.getByRole('button', { name: /^Take it (anyway|as well)$/ }).click();
  }
}

test('take host on a session, and it stays after a reload', async ({ page }) => {
  const dialog = await openSessionWhere(page, `/?view=agenda&date=${tomorrow()}`, hostIsOpen);
  await takeHost(page, dialog);
  await expect(page.getByRole('status').filter({ hasText: 'Took Host' })).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Take Host', exact: true })).toHaveCount(0);
  const host = await dialog
    .getByText('Host', { exact: true })
    .first()
    .locator('xpath=following-sibling::dd[1]')
    .textContent();
  expect(host).not.toContain('Needs a host');

  await page.reload();
  const reopened = page.getByRole('dialog');
  await expect(reopened).toBeVisible();
  await expect(reopened.getByRole('button', { name: 'Take Host', exact: true })).toHaveCount(0);
  await expect(
    reopened.getByText('Host', { exact: true }).first().locator('xpath=following-sibling::dd[1]'),
  ).toHaveText(host ?? '');
});

test('assign a role, create a server and delete it', async ({ page }) => {
  const dialog = await openSessionWhere(
    page,
    `/?view=agenda&date=${tomorrow()}`,
    // One where a server can be created now: the button is there, and not held by a block
    // (a cancelled session shows it disabled, with the reason).
    async (d) =>
      (await d.getByText('No servers yet').count()) > 0 &&
      (await d.getByRole('button', { name: 'Create a server' }).count()) > 0 &&
      (await d.getByRole('button', { name: 'Create a server' }).isEnabled()),
  );
  await dialog.getByRole('button', { name: 'Create a server' }).click();
  const server = dialog.getByRole('region', { name: 'Server 1' });
  await expect(server).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Created a server' })).toBeVisible();

  // Assign the first open role to someone by user ID.
  const assign = server.getByRole('button', { name: /^Assign / }).nth(2);
  const label = (await assign.getAttribute('aria-label'))!.replace(/^Assign /, '');
  await assign.click();
  const form = page.getByRole('dialog', { name: `Assign ${label}` });
  await form.getByLabel('Roblox user ID').fill('1234567');
  await form.getByRole('button', { name: 'Assign' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Assigned the slot' })).toBeVisible();
  await expect(server.getByText('User 1234567')).toBeVisible();

  // Delete it: the confirmation names who loses a slot.
  await dialog.getByRole('button', { name: 'Delete server 1' }).click();
  const confirm = page.getByRole('alertdialog', { name: 'Delete server 1?' });
  await expect(confirm).toContainText('User 1234567');
  await confirm.getByRole('button', { name: 'Delete server' }).click();
  await expect(dialog.getByText('No servers yet')).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Deleted the server' })).toBeVisible();
});

test('a failed write rolls back visibly (flaky scenario)', async ({ page }) => {
  const dialog = await openSessionWhere(page, `/?scenario=flaky&view=agenda&date=${tomorrow()}`, hostIsOpen);
  await takeHost(page, dialog);
  await expect(page.getByRole('alert').filter({ hasText: 'Not saved' })).toContainText(
    'The change was undone.',
  );
  await expect(dialog.getByRole('button', { name: 'Take Host', exact: true })).toBeEnabled();
});

test('with a read-only token no action appears', async ({ page }) => {
  await openSessionWhere(page, `/?scenario=readonly&view=agenda&date=${tomorrow()}`, async (d) => {
    await expect(d.getByText(/Server unlocks/)).toBeVisible();
    expect(await d.getByRole('button', { name: /^(Take|Assign|Create|Delete)/ }).count()).toBe(0);
    expect(await d.getByRole('link', { name: /in Hyra/ }).count()).toBe(0);
    return true;
  });
  await page.keyboard.press('Escape');
  await expect(page.getByRole('link', { name: /ad-hoc/ })).toHaveCount(0);
});
