import { expect, test } from '@playwright/test';

test.use({ timezoneId: 'Europe/London', locale: 'en-GB' });

test("a newcomer's path: move a week, month view, filter, open a session, share the link", async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/');
  await expect(page.getByRole('note', { name: 'Demo data' })).toBeVisible();
  const title = page.getByRole('heading', { level: 2 });
  const firstTitle = await title.textContent();

  // Move a week forward.
  await page.getByRole('button', { name: 'Next week' }).click();
  await expect(title).not.toHaveText(firstTitle ?? '');
  await expect(page).toHaveURL(/date=/);

  // Switch to the month view.
  await page.getByRole('radio', { name: 'Month' }).click();
  const grid = page.getByRole('grid', { name: 'Month' });
  await expect(grid).toBeVisible();
  await expect(grid.getByRole('button', { name: /slots open/ }).first()).toBeVisible();

  // Filter: hide cancelled sessions.
  await page.getByRole('checkbox', { name: 'Hide cancelled' }).check();
  await expect(page).toHaveURL(/hideCancelled=1/);
  await expect(page.getByText(/sessions shown/)).toBeVisible();

  // Back to today, as a list, and open a session that has servers to read a role's holder.
  await page.getByRole('button', { name: 'Today' }).click();
  await page.getByRole('radio', { name: 'Agenda' }).click();
  const sessions = page.getByRole('button', { name: /slots open/ });
  await expect(sessions.first()).toBeVisible();
  const count = await sessions.count();
  let dialog = page.getByRole('dialog');
  for (let i = 0; i < count; i++) {
    await sessions.nth(i).click();
    dialog = page.getByRole('dialog');
    await expect(dialog).toBeVisible();
    if (await dialog.getByRole('region', { name: 'Server 1' }).count()) break;
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
  }
  const server = dialog.getByRole('region', { name: 'Server 1' });
  await expect(server).toBeVisible();
  const firstRole = server.getByRole('listitem').first();
  await expect(firstRole).toHaveText(/\S+/);
  const roleText = await firstRole.textContent();

  // Copy the link, reload it, and land on the same state.
  await dialog.getByRole('button', { name: 'Copy link to this session' }).click();
  await expect(dialog.getByText('Link copied')).toBeVisible();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toContain('session=');
  expect(link).toContain('view=agenda');
  expect(link).toContain('hideCancelled=1');

  await page.goto(link);
  const reopened = page.getByRole('dialog');
  await expect(reopened).toBeVisible();
  await expect(reopened.getByRole('region', { name: 'Server 1' }).getByRole('listitem').first()).toHaveText(
    roleText ?? '',
  );

  // Escape closes the dialog; the filters came back with the link; Back reopens the session.
  await page.keyboard.press('Escape');
  await expect(reopened).toBeHidden();
  await expect(page.getByRole('checkbox', { name: 'Hide cancelled' })).toBeChecked();
  await expect(page.getByRole('radio', { name: 'Agenda' })).toHaveAttribute('aria-checked', 'true');
  await page.goBack();
  await expect(page.getByRole('dialog')).toBeVisible();
});

test('keyboard: t, n and p move the calendar; arrows move the day', async ({ page }) => {
  // A week long past, so that no day of it is ever today ('t' must move away from it).
  await page.goto('/?view=week&date=2024-12-04');
  const title = page.getByRole('heading', { level: 2 });
  await expect(title).toHaveText(/2 Dec/);
  // As a user would, click the page (not a control) before typing, so it has the keyboard.
  await title.click();
  await page.keyboard.press('n');
  await expect(title).toHaveText(/9 Dec/);
  await page.keyboard.press('k');
  await expect(title).toHaveText(/2 Dec/);
  await page.keyboard.press('ArrowRight');
  await expect(page).toHaveURL(/date=2024-12-05/);
  await page.keyboard.press('t');
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(new Date());
  await expect(page).toHaveURL(new RegExp(`date=${today}`));
});

test.describe('phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('opens on the agenda and nothing scrolls sideways', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('radio', { name: 'Agenda' })).toHaveAttribute('aria-checked', 'true');
    await expect(page.getByRole('button', { name: /slots open/ }).first()).toBeVisible();
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await page.getByRole('radio', { name: 'Week' }).click();
    const weekOverflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(weekOverflow).toBeLessThanOrEqual(0);
  });
});

test('the session-type filter opens as a popover, filters, and closes with Escape', async ({ page }) => {
  await page.goto('/?view=agenda');
  await expect(page.getByRole('button', { name: /slots open/ }).first()).toBeVisible();
  // Every day of the week in (the strip shows each day's count), before counting.
  const strip = page.getByRole('navigation', { name: 'Days of this week' });
  await expect(strip.getByRole('button', { name: /\d+ sessions?$/ })).toHaveCount(7);
  const all = await page.getByRole('button', { name: /slots open/ }).count();
  await page.getByRole('button', { name: 'Session types: all' }).click();
  const picker = page.getByRole('group', { name: 'Show session types' });
  await expect(picker).toBeVisible();
  // Every type starts ticked (shown); untick one to hide it.
  const boxes = picker.getByRole('checkbox');
  const count = await boxes.count();
  for (let i = 0; i < count; i++) await expect(boxes.nth(i)).toBeChecked();
  // Hide the type of the first session listed, so the list is sure to change.
  const typeName =
    (
      await page
        .getByRole('button', { name: /slots open/ })
        .first()
        .getAttribute('aria-label')
    )
      ?.split(',')[0]
      // The row's label isolates the name from Hyra (FSI … PDI); the checkbox is the name alone.
      ?.replace(/[\u2066-\u2069]/g, '') ?? '';
  await picker.getByRole('checkbox', { name: typeName }).uncheck();
  await expect(page).toHaveURL(/types=/);
  await page.keyboard.press('Escape');
  await expect(picker).toBeHidden();
  await expect(
    page.getByRole('button', { name: `Session types: ${count - 1} of ${count} shown` }),
  ).toBeVisible();
  const names = await page
    .getByRole('button', { name: /slots open/ })
    .evaluateAll((buttons) => buttons.map((button) => button.getAttribute('aria-label')?.split(',')[0]));
  expect(names.length).toBeLessThan(all);
  expect(names).not.toContain(typeName);
});
