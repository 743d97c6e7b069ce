import AxeBuilder from '@axe-core/playwright';
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

/** Fails with a list of what axe finds against WCAG 2.2 A and AA on the page as it is. */
export async function expectNoViolations(page: Page, what: string) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  const summary = results.violations.map(
    (violation) =>
      `${violation.id}: ${violation.help} (${violation.nodes
        .map((node) => node.target.join(' '))
        .slice(0, 3)
        .join(' | ')})`,
  );
  expect(summary, `axe violations on ${what}`).toEqual([]);
}
