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

test('a crowded week keeps its blocks readable: "+N more" lists the rest', async ({ page }) => {
  await page.goto('/?view=week&scenario=huge');
  const more = page.getByRole('button', { name: /^\d+ more sessions on .+ from / }).first();
  await expect(more).toBeVisible();
  await page.screenshot({ path: '/tmp/h7shots/huge-week.png' });
  await more.click();
  const list = page.getByRole('list').filter({ has: page.getByRole('button', { name: /slots open/ }) });
  await expect(list.last()).toBeVisible();
  await page.screenshot({ path: '/tmp/h7shots/huge-more.png' });
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test('the first session is in sight without scrolling; no print or shortcuts', async ({ page }) => {
    await page.goto('/');
    const first = page.getByRole('button', { name: /slots open/ }).first();
    await expect(first).toBeVisible();
    // Even under the demo's first-run welcome it starts in sight; once that is read, all of it.
    await expect(first).toBeInViewport();
    await page.getByRole('button', { name: 'Got it' }).click();
    await expect(first).toBeInViewport({ ratio: 1 });
    await page.screenshot({ path: '/tmp/h7shots/phone-first.png' });
    await expect(page.getByRole('button', { name: 'Keyboard shortcuts' })).toBeHidden();
    await expect(page.getByRole('button', { name: /^Print this/ })).toBeHidden();
    await expect(page.getByRole('checkbox', { name: 'Hide cancelled' })).toBeHidden();
    await page.getByRole('button', { name: 'More filters' }).click();
    await expect(page.getByRole('checkbox', { name: 'Hide cancelled' })).toBeVisible();
    await page.getByRole('button', { name: 'Fewer filters' }).click();
    await page.screenshot({ path: '/tmp/h7shots/phone.png' });
  });
});

test('a week where the clocks go back shows both 1 am hours and each day its own offset', async ({
  page,
}) => {
  await page.goto('/?view=week&zone=America/New_York&date=2026-10-28');
  await expect(page.getByRole('button', { name: /Show .*1 November 2026/ })).toContainText(
    // en-GB names New York's offsets, en-US its abbreviations.
    /GMT-4 → GMT-5|EDT → EST/,
  );
  await expect(page.getByText(/^0?1:00( AM)? (GMT-4|EDT)$/i)).toHaveCount(1);
  await expect(page.getByText(/^0?1:00( AM)? (GMT-5|EST)$/i)).toHaveCount(1);
  await page.screenshot({ path: '/tmp/h7shots/dst-week.png' });
});
