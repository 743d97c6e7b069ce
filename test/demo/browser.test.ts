import { beforeEach, describe, expect, it } from 'vitest';
import { demoGeneratedAt, demoStorageKey, loadDemoStore, persistDemoStore } from '../../src/demo/browser';
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

describe('the same demo day on every load', () => {
  const MINUTE = 60_000;
  const hosts = (store: ReturnType<typeof build>) =>
    store.sessionsOnDay(TODAY).map((event) => `${event._id}:${event.host_id}:${event.in_progress}`);
  const loadAt = (clock: number) =>
    createDemoWorkspace('default', {
      now: () => clock,
      generatedAt: demoGeneratedAt(window.localStorage, clock),
    }).store;

  beforeEach(() => window.localStorage.clear());

  it('shows the same hosts and live session later the same day in the same browser', () => {
    const first = loadAt(NOW);
    const later = loadAt(NOW + 50 * MINUTE);
    expect(hosts(later)).toEqual(hosts(first));
    // Made from each load's own moment instead, the day would differ.
    const fresh = createDemoWorkspace('default', { now: () => NOW + 50 * MINUTE }).store;
    expect(hosts(fresh)).not.toEqual(hosts(first));
  });

  it('starts a new day on a new UTC day, and ignores a moment from the future', () => {
    expect(demoGeneratedAt(window.localStorage, NOW)).toBe(NOW);
    expect(demoGeneratedAt(window.localStorage, NOW + 30 * MINUTE)).toBe(NOW);
    const tomorrow = NOW + 24 * 60 * MINUTE;
    expect(demoGeneratedAt(window.localStorage, tomorrow)).toBe(tomorrow);
    // A saved moment later than now (a clock put back) is not trusted.
    window.localStorage.setItem('hyra-demo-generated-at', String(tomorrow + 5 * MINUTE));
    expect(demoGeneratedAt(window.localStorage, tomorrow + MINUTE)).toBe(tomorrow + MINUTE);
  });
});
