import { beforeEach, describe, expect, it } from 'vitest';
import { demoStorageKey, loadDemoStore, persistDemoStore } from '../../src/demo/browser';
import { createDemoWorkspace } from '../../src/demo/workspace';

const TODAY = '2026-12-02';
const NOW = Date.parse('2026-12-02T12:00:00Z');
const build = (today = TODAY) => createDemoWorkspace('default', { today, now: () => NOW }).store;

beforeEach(() => {
  window.sessionStorage.clear();
});

describe('demo persistence in sessionStorage', () => {
  it('uses one key per scenario', () => {
    expect(demoStorageKey('default')).toBe('hyra-demo-store:default');
    expect(demoStorageKey('huge')).toBe('hyra-demo-store:huge');
  });

  it('saves after each write and restores into a fresh store (a reload)', () => {
    const store = build();
    persistDemoStore(store, window.sessionStorage, 'default');
    expect(window.sessionStorage.getItem(demoStorageKey('default'))).toBeNull();
    const event = store.sessionsBetween(NOW + 86_400_000, NOW + 9 * 86_400_000).find((e) => !e.cancelled)!;
    store.change(event._id, { prop: 'host', value: store.me.id });
    const server = store.createServer(event._id);
    expect(window.sessionStorage.getItem(demoStorageKey('default'))).not.toBeNull();

    const reloaded = build();
    expect(loadDemoStore(reloaded, window.sessionStorage, 'default')).toBe(true);
    expect(reloaded.session(event._id)?.host_id).toBe(store.me.id);
    expect(reloaded.session(event._id)?.servers.map((s) => s._id)).toContain(server._id);
    expect(reloaded.permissions()).toEqual(store.permissions());
  });

  it('ignores and forgets a snapshot made for another day, or garbage', () => {
    const store = build('2026-12-01');
    persistDemoStore(store, window.sessionStorage, 'default');
    store.change(store.sessionsOnDay('2026-12-05').find((e) => !e.cancelled)!._id, {
      prop: 'host',
      value: '42',
    });

    const today = build();
    expect(loadDemoStore(today, window.sessionStorage, 'default')).toBe(false);
    expect(window.sessionStorage.getItem(demoStorageKey('default'))).toBeNull();

    window.sessionStorage.setItem(demoStorageKey('default'), '{not json');
    expect(loadDemoStore(build(), window.sessionStorage, 'default')).toBe(false);
    expect(loadDemoStore(build(), window.sessionStorage, 'readonly')).toBe(false);
  });
});
