import { afterEach, describe, expect, it } from 'vitest';
import {
  browserToken,
  needsToken,
  resolveConnection,
} from '../../../src/features/connection/model/connection';
import {
  forgetToken,
  readStoredToken,
  resetTokenMemory,
  saveToken,
  TOKEN_KEY,
  tokenFor,
} from '../../../src/features/connection/model/token-store';
import { DEFAULT_RUNTIME_CONFIG, type RuntimeConfig } from '../../../src/hyra/runtime-config';

afterEach(() => resetTokenMemory());

const config = (change: Partial<RuntimeConfig> = {}): RuntimeConfig => ({
  ...DEFAULT_RUNTIME_CONFIG,
  ...change,
});
const search = (query: string) => new URLSearchParams(query);

describe('resolveConnection', () => {
  it('opens the demo with no workspace anywhere', () => {
    expect(resolveConnection(config(), search(''))).toEqual({
      kind: 'demo',
      workspaceId: 'demo',
      scenario: 'default',
      mode: 'day',
    });
  });

  it("opens the server's workspace, and ?workspace= chooses another", () => {
    expect(resolveConnection(config({ workspaceId: 'ws1' }), search(''))).toEqual({
      kind: 'live',
      workspaceId: 'ws1',
      mode: 'day',
    });
    expect(resolveConnection(config({ workspaceId: 'ws1' }), search('workspace=ws2&mode=range'))).toEqual({
      kind: 'live',
      workspaceId: 'ws2',
      mode: 'range',
    });
    expect(resolveConnection(config({ workspaceId: 'ws1' }), search('workspace=demo')).kind).toBe('demo');
  });
});

describe('which token the browser sends', () => {
  const live = { kind: 'live', workspaceId: 'ws1', mode: 'day' } as const;
  const demo = { kind: 'demo', workspaceId: 'demo', scenario: 'default', mode: 'day' } as const;
  const read = (workspaceId: string) => (workspaceId === 'ws1' ? 'users-token' : undefined);

  it("none when the server holds one, or for the demo; else the user's, read each time", () => {
    expect(browserToken(config({ serverHasToken: true }), live, read)).toBeUndefined();
    expect(browserToken(config(), demo, read)).toBeUndefined();
    expect(browserToken(config(), live, read)?.()).toBe('users-token');
  });

  it('a real workspace needs a token only when neither the server nor the user has one', () => {
    expect(needsToken(config(), live, () => undefined)).toBe(true);
    expect(needsToken(config(), live, read)).toBe(false);
    expect(needsToken(config({ serverHasToken: true }), live, () => undefined)).toBe(false);
    expect(needsToken(config(), demo, () => undefined)).toBe(false);
  });
});

describe('token store', () => {
  it('keeps a token for this tab only: sessionStorage, never localStorage', () => {
    saveToken('ws1', '  tok-1 ', { remember: false });
    expect(tokenFor('ws1')).toBe('tok-1');
    expect(tokenFor('ws2')).toBeUndefined();
    expect(window.localStorage.getItem(TOKEN_KEY)).toBeNull();
    expect(JSON.parse(window.sessionStorage.getItem(TOKEN_KEY)!)).toEqual({
      workspaceId: 'ws1',
      token: 'tok-1',
    });
    resetTokenMemory();
    expect(readStoredToken()).toEqual({ workspaceId: 'ws1', token: 'tok-1', remembered: false });
  });

  it('keeps a remembered token on this device only, and a later tab-only one replaces it everywhere', () => {
    saveToken('ws1', 'tok-1', { remember: true });
    expect(window.sessionStorage.getItem(TOKEN_KEY)).toBeNull();
    expect(window.localStorage.getItem(TOKEN_KEY)).toContain('tok-1');
    resetTokenMemory();
    expect(readStoredToken()).toEqual({ workspaceId: 'ws1', token: 'tok-1', remembered: true });

    saveToken('ws2', 'tok-2', { remember: false });
    expect(window.localStorage.getItem(TOKEN_KEY)).toBeNull();
    expect(window.sessionStorage.getItem(TOKEN_KEY)).toContain('tok-2');
  });

  it('forgets everywhere: memory, sessionStorage and localStorage', () => {
    saveToken('ws1', 'tok-1', { remember: true });
    window.sessionStorage.setItem(TOKEN_KEY, JSON.stringify({ workspaceId: 'ws1', token: 'stale' }));
    forgetToken();
    expect(tokenFor('ws1')).toBeUndefined();
    expect(window.localStorage.getItem(TOKEN_KEY)).toBeNull();
    expect(window.sessionStorage.getItem(TOKEN_KEY)).toBeNull();
    resetTokenMemory();
    expect(readStoredToken()).toBeUndefined();
  });

  it('ignores what it cannot read, and refuses to save an empty token', () => {
    window.sessionStorage.setItem(TOKEN_KEY, '{not json');
    window.localStorage.setItem(TOKEN_KEY, JSON.stringify({ workspaceId: '', token: 'x' }));
    expect(readStoredToken()).toBeUndefined();
    expect(() => saveToken('ws1', '   ', { remember: false })).toThrow();
  });
});
