/**
 * The API token a user enters when the dashboard's server holds none. It lives in this
 * page's memory and in sessionStorage (this tab, until it closes), and in localStorage only
 * when the user ticks "Remember on this device". It is never put in a URL, a log or the
 * settings. One token at a time: it belongs to the workspace it was entered for.
 */
export const TOKEN_KEY = 'hyra-dashboard:token';

export interface StoredToken {
  workspaceId: string;
  token: string;
  /** Kept in localStorage (true) or only for this tab (false). */
  remembered: boolean;
}

let memory: StoredToken | undefined;
let memoryLoaded = false;

function storage(kind: 'local' | 'session'): Storage | undefined {
  try {
    return kind === 'local' ? window.localStorage : window.sessionStorage;
  } catch {
    return undefined;
  }
}

function readFrom(kind: 'local' | 'session'): StoredToken | undefined {
  try {
    const raw = storage(kind)?.getItem(TOKEN_KEY);
    if (!raw) return undefined;
    const parsed: unknown = JSON.parse(raw);
    if (typeof parsed !== 'object' || parsed === null) return undefined;
    const { workspaceId, token } = parsed as Record<string, unknown>;
    if (typeof workspaceId !== 'string' || !workspaceId || typeof token !== 'string' || !token)
      return undefined;
    return { workspaceId, token, remembered: kind === 'local' };
  } catch {
    return undefined;
  }
}

function remove(kind: 'local' | 'session') {
  try {
    storage(kind)?.removeItem(TOKEN_KEY);
  } catch {
    // Blocked storage holds nothing to remove.
  }
}

/** The saved token, whichever workspace it is for. */
export function readStoredToken(): StoredToken | undefined {
  if (!memoryLoaded) {
    memory = readFrom('session') ?? readFrom('local');
    memoryLoaded = true;
  }
  return memory;
}

/** The token to send for `workspaceId`, when one was saved for it. */
export function tokenFor(workspaceId: string): string | undefined {
  const stored = readStoredToken();
  return stored?.workspaceId === workspaceId ? stored.token : undefined;
}

/**
 * Saves the token for this tab, or on this device when `remember` is set, replacing any
 * other: a token not remembered leaves nothing in localStorage.
 */
export function saveToken(workspaceId: string, token: string, options: { remember: boolean }) {
  const value = token.trim();
  if (!value) throw new Error('An empty token cannot be saved');
  memory = { workspaceId, token: value, remembered: options.remember };
  memoryLoaded = true;
  const json = JSON.stringify({ workspaceId, token: value });
  remove(options.remember ? 'session' : 'local');
  try {
    storage(options.remember ? 'local' : 'session')?.setItem(TOKEN_KEY, json);
  } catch {
    // Storage blocked or full: the token still holds in memory for this page.
  }
}

/** Forgets the token everywhere: memory, sessionStorage and localStorage. */
export function forgetToken() {
  memory = undefined;
  memoryLoaded = true;
  remove('session');
  remove('local');
}

/** Tests: read storage again, as a new page would. */
export function resetTokenMemory() {
  memory = undefined;
  memoryLoaded = false;
}
