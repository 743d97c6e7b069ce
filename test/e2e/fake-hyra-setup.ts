import { FAKE_HYRA_PORT, SERVER_TOKEN, USER_TOKEN } from './fake-hyra-env';
import { startFakeHyra } from './fake-hyra';

/**
 * Playwright's globalSetup: starts the fake Hyra (fake-hyra.ts) in the runner, after the
 * web servers are up and before any test; the returned function stops it at the end.
 */
export default async function startFakeHyraForTests() {
  const fake = await startFakeHyra({ port: FAKE_HYRA_PORT, tokens: [SERVER_TOKEN, USER_TOKEN] });
  return fake.close;
}
