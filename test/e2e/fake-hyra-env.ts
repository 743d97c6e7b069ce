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
/**
 * What the fake Hyra does for a workspace ID is picked by the ID's first four hex digits,
 * so every ID the tests use has Hyra's shape (24 hex digits) and passes the connect screen.
 * The behaviours are described in fake-hyra.ts and fake-hyra-workspaces.ts.
 */
export const BEHAVIOUR_CODES = {
  ok: 'a001',
  default: 'a002',
  flip: 'a003',
  huge: 'a004',
  drift: 'a005',
  hostile: 'a006',
  ratelimited: 'a007',
  forbidden: 'a008',
  broken: 'a009',
  missing: 'a00a',
  unauthorized: 'a00b',
  unreachable: 'a00c',
  notjson: 'a00d',
  slow: 'a00e',
  malformed: 'a00f',
} as const;
export type Behaviour = keyof typeof BEHAVIOUR_CODES;

/** A workspace ID of 24 hex digits for a behaviour: its code, then `unique` as 20 hex digits. */
export function fakeWorkspaceId(behaviour: Behaviour, unique: string | number): string {
  const tail = typeof unique === 'number' ? unique.toString(16) : unique;
  if (!/^[0-9a-f]{0,20}$/.test(tail)) throw new RangeError(`not up to 20 hex digits: ${tail}`);
  return `${BEHAVIOUR_CODES[behaviour]}${tail.padStart(20, '0')}`;
}

/** The behaviour a workspace ID asks for; an ID with an unknown code is a missing workspace. */
export function behaviourOfWorkspace(workspaceId: string): Behaviour {
  const code = workspaceId.slice(0, 4);
  const found = Object.entries(BEHAVIOUR_CODES).find(([, value]) => value === code);
  return /^[0-9a-f]{24}$/.test(workspaceId) && found ? (found[0] as Behaviour) : 'missing';
}

/** HYRA_WORKSPACE_ID of the live servers. */
export const DEFAULT_WORKSPACE = fakeWorkspaceId('ok', 0);
/** How long the proxy waits for the fake (its `slow` workspace waits longer). */
export const UPSTREAM_TIMEOUT_MS = 1500;
