import { expect, type Page } from '@playwright/test';

/** Tomorrow's UTC day: its sessions have not started, so their slots can change. */
export function tomorrow() {
  return new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
}

/** Opens, on tomorrow's day view, the first session whose detail matches `wanted`. */
export async function openSessionWhere(
  page: Page,
  url: string,
  wanted: (dialog: ReturnType<Page['getByRole']>) => Promise<boolean>,
) {
  await page.goto(url);
  const sessions = page.getByRole('button', { name: /slots open/ });
  await expect(sessions.first()).toBeVisible();
  const count = await sessions.count();
  for (let i = 0; i < count; i++) {
    await sessions.nth(i).click();
    const dialog = page.getByRole('dialog');
    await expect(dialog).toBeVisible();
    if (await wanted(dialog)) return dialog;
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
  }
  throw new Error('no session matched');
}
