/**
 * Ports, tokens and names shared by playwright.config.ts and the live end-to-end tests.
 * None of these is a real secret: they exist so the tests can look for them.
 */

/** The fake Hyra (test/e2e/fake-hyra.ts). */
// Not 4190: fetch refuses it (one of the "bad ports" of the Fetch standard).
export const FAKE_HYRA_PORT = 4195;
export const FAKE_HYRA_URL = `http://127.0.0.1:${FAKE_HYRA_PORT}`;

export const PORTS = {
  /** `vite preview`, no token and no workspace: the demo (and the user-token path). */
  demoPreview: 4180,
  /** `vite preview` with HYRA_API_TOKEN and HYRA_WORKSPACE_ID. */
  livePreview: 4181,
  /** `npm run serve` with HYRA_API_TOKEN and HYRA_WORKSPACE_ID. */
  liveServe: 4182,
  /** `npm run serve` with no token: users bring their own. */
  serveNoToken: 4183,
} as const;

/** HYRA_API_TOKEN of the live servers: must never reach the browser. */
export const SERVER_TOKEN = 'hyra-e2e-SERVER-SECRET-7f3a9c2d5e';
/** A token a user types on the connect screen. */
export const USER_TOKEN = 'hyra-e2e-user-token-41b8e6';
/** HYRA_WORKSPACE_ID of the live servers. */
export const DEFAULT_WORKSPACE = 'ok';
/** How long the proxy waits for the fake (its `slow` workspace waits longer). */
export const UPSTREAM_TIMEOUT_MS = 1500;
