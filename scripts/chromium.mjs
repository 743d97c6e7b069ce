// @ts-check
/**
 * How this project starts Chromium, for Playwright's tests and the benchmark alike:
 * Debian's build (no browser download works here), and no background networking, which
 * would keep trying the closed internet.
 */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
