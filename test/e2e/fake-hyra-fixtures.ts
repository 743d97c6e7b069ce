import { test as base, expect, type Page } from '@playwright/test';
import type { RecordedRequest } from './fake-hyra';
import { randomBytes } from 'node:crypto';
import { FAKE_HYRA_URL, fakeWorkspaceId, type Behaviour } from './fake-hyra-env';

export type { RecordedRequest };

/** The fake Hyra's control endpoints. */
export const fake = {
  async requests(workspace?: string): Promise<RecordedRequest[]> {
    const query = workspace ? `?workspace=${encodeURIComponent(workspace)}` : '';
    const response = await fetch(`${FAKE_HYRA_URL}/__control/requests${query}`);
    return (await response.json()) as RecordedRequest[];
  },
  /** From now on, `workspace` answers as the behaviour `as` (see fake-hyra.ts). */
  async behave(workspace: string, as: string) {
    const params = new URLSearchParams({ workspace, as });
    await fetch(`${FAKE_HYRA_URL}/__control/behave?${params.toString()}`, { method: 'POST' });
  },
  /** The UTC day the fake built its workspaces around (`YYYY-MM-DD`). */
  async today(): Promise<string> {
    const response = await fetch(`${FAKE_HYRA_URL}/__control/health`);
    return ((await response.json()) as { today: string }).today;
  },
};

/**
 * A workspace ID of its own for one test, in Hyra's shape: the behaviour's code, then 20
 * random hex digits (tests of every project run side by side on one fake).
 */
export function workspaceFor(behaviour: Behaviour) {
  return fakeWorkspaceId(behaviour, randomBytes(10).toString('hex'));
}

interface LiveFixtures {
  /** Content-Security-Policy violations the page reported (checked empty after each test). */
  cspViolations: string[];
  /** Alerts, confirms and prompts that fired (none ever should). */
  dialogs: string[];
  /** The server of this project that holds no token. */
  noTokenBaseURL: string;
  /** A fresh workspace ID on the fake for a behaviour. */
  workspace: (behaviour: Behaviour) => string;
}

/**
 * Records CSP violations (the `securitypolicyviolation` event, and console errors that
 * mention the policy) and dialogs, and fails a test that saw any. A test that provokes a
 * violation on purpose empties `cspViolations` after checking it.
 */
export const test = base.extend<LiveFixtures>({
  cspViolations: [
    async ({ page }, provide) => {
      const violations: string[] = [];
      await page.exposeFunction('__reportViolation', (text: string) => violations.push(text));
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (event) => {
          const report = (window as unknown as { __reportViolation: (text: string) => void })
            .__reportViolation;
          void report(`${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} ${event.sample}`);
        });
      });
      page.on('console', (message) => {
        if (message.type() === 'error' && /Content Security Policy/i.test(message.text())) {
          violations.push(`console: ${message.text()}`);
        }
      });
      await provide(violations);
      expect(violations, 'the page ran under the Content-Security-Policy without a violation').toEqual([]);
    },
    { auto: true },
  ],
  dialogs: [
    async ({ page }, provide) => {
      const dialogs: string[] = [];
      page.on('dialog', (dialog) => {
        dialogs.push(`${dialog.type()}: ${dialog.message()}`);
        void dialog.dismiss();
      });
      await provide(dialogs);
      expect(dialogs, 'no alert, confirm or prompt may fire').toEqual([]);
    },
    { auto: true },
  ],
  // Playwright needs the first argument destructured, even when no fixture is used.
  // eslint-disable-next-line no-empty-pattern
  noTokenBaseURL: async ({}, provide, testInfo) => {
    const value = (testInfo.project.metadata as { noTokenBaseURL?: string }).noTokenBaseURL;
    if (!value) throw new Error('This project has no server without a token');
    await provide(value);
  },
  // eslint-disable-next-line no-empty-pattern
  workspace: async ({}, provide) => {
    await provide(workspaceFor);
  },
});

export { expect };

/** The session buttons of the calendar (their names end with how many slots are open). */
export const sessionButtons = (page: Page) => page.getByRole('button', { name: /slots open/ });

/** Unfolds what the agenda folds away (the week's earlier days, today's ended sessions). */
export async function unfoldAgenda(page: Page) {
  await expect(sessionButtons(page).first()).toBeVisible();
  const fold = page.getByRole('button', { name: /^Show \d+ earlier days? of this week$/ });
  if (await fold.isVisible()) await fold.click();
  // Today's sessions that are already over fold too.
  const over = page.getByRole('button', { name: /^Show \d+ sessions? already over today$/ });
  if (await over.isVisible()) await over.click();
}
