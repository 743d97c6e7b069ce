/**
 * The team demo (`scripts/team-demo.mjs`) as the sign-in end-to-end tests meet it: the
 * dashboard with sign-in, its fake Hyra (which also says who is who at /__people) and the
 * loopback OpenID Connect provider. None of these is a real secret.
 */
import fastifyCookie from '@fastify/cookie';
import { expect, type APIRequestContext, type Page } from '@playwright/test';

export const TEAM_PORT = 4284;
export const TEAM_URL = `http://127.0.0.1:${TEAM_PORT}`;
export const TEAM_FAKE_HYRA_URL = `http://127.0.0.1:${TEAM_PORT + 1}`;
/** What scripts/team-demo.mjs sets: the key the browser must never see, the cookie secret. */
export const TEAM_KEY = 'team-demo-key-held-by-the-server';
export const TEAM_SESSION_SECRET = 'team-demo-session-secret-not-for-production';
export const TEAM_WORKSPACE = 'team-demo';

export interface TeamPeople {
  staff: string;
  admin: string;
  outsider: string;
  names: Record<string, { name: string }>;
}

export async function teamPeople(request: APIRequestContext): Promise<TeamPeople> {
  return (await (await request.get(`${TEAM_FAKE_HYRA_URL}/__people`)).json()) as TeamPeople;
}

/** Signs in through the provider's own login form, as a person would. */
export async function signIn(page: Page, userId: string, path = '/?view=agenda') {
  await page.goto(path);
  await page.getByRole('link', { name: 'Sign in with Roblox' }).click();
  await page.locator('input[name="login"]').fill(userId);
  await page.locator('input[name="password"]').fill('any password');
  await page.getByRole('button', { name: 'Sign-in' }).click();
  await page.waitForURL(`${TEAM_URL}/**`);
}

/** A session cookie signed with the team demo's secret: what only the server can make. */
export function forgedSession(fields: Record<string, unknown>, secret = TEAM_SESSION_SECRET) {
  const value = Buffer.from(JSON.stringify(fields)).toString('base64url');
  return encodeURIComponent(fastifyCookie.sign(value, secret));
}

export async function expectSignedOut(page: Page) {
  await expect(page.getByRole('link', { name: 'Sign in with Roblox' })).toBeVisible();
}
