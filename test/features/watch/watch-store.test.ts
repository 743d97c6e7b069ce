import { act, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { watchKey, type Watch } from '../../../src/features/watch/model/watch-rules';
import {
  addWatch,
  MAX_WATCHES,
  parseWatches,
  readWatches,
  removeWatch,
  resetWatchesCache,
  useWatches,
  WATCHES_KEY,
} from '../../../src/features/watch/model/watch-store';

const watch: Watch = { workspaceId: 'ws1', sessionId: 's1', name: 'Training', start: '2026-12-02T14:00:00Z' };
const slot: Watch = {
  ...watch,
  slot: { kind: 'role', serverId: 'a', groupId: 'g', roleId: 'r' },
  label: 'Medic',
};

afterEach(resetWatchesCache);

describe('parseWatches', () => {
  it.each([
    ['a string', 'hello'],
    ['a number', 42],
    ['null', null],
    ['an object', { watches: [watch] }],
  ])('reads %s as nothing watched', (_name, json) => {
    expect(parseWatches(json)).toEqual([]);
  });

  it('drops malformed entries one by one, and duplicates', () => {
    const parsed = parseWatches([
      watch,
      { ...watch, sessionId: '' },
      { ...watch, start: 'not a date' },
      { ...watch, slot: { kind: 'role', serverId: 'a' } },
      { ...watch, slot: { kind: 'owner' } },
      'garbage',
      { ...watch, name: 7 },
      slot,
      slot,
    ]);
    expect(parsed).toEqual([watch, slot]);
    // A name that is not text reads as none; the watch itself holds.
    expect(parseWatches([{ ...watch, name: 7 }])).toEqual([{ ...watch, name: '' }]);
  });

  it('keeps at most MAX_WATCHES', () => {
    const many = Array.from({ length: MAX_WATCHES + 5 }, (_, i) => ({ ...watch, sessionId: `s${i}` }));
    expect(parseWatches(many)).toHaveLength(MAX_WATCHES);
  });
});

describe('the store', () => {
  it('reads garbage in localStorage as nothing watched', () => {
    window.localStorage.setItem(WATCHES_KEY, '{not json');
    expect(readWatches()).toEqual([]);
    resetWatchesCache();
    window.localStorage.setItem(WATCHES_KEY, JSON.stringify([{ evil: '<script>' }, watch]));
    expect(readWatches()).toEqual([watch]);
  });

  it('adds, survives a reload (a fresh read from storage), and removes', () => {
    addWatch(watch);
    addWatch(slot);
    addWatch(watch);
    resetWatchesCache();
    expect(readWatches()).toEqual([slot, watch]);
    removeWatch(watchKey(slot));
    resetWatchesCache();
    expect(readWatches()).toEqual([watch]);
  });

  it('gives a hook the watches of one workspace, following changes and other tabs', () => {
    const { result } = renderHook(() => useWatches('ws1'));
    expect(result.current).toEqual([]);
    act(() => addWatch({ ...watch, workspaceId: 'ws2' }));
    expect(result.current).toEqual([]);
    act(() => addWatch(watch));
    expect(result.current).toEqual([watch]);
    act(() => {
      window.localStorage.setItem(WATCHES_KEY, JSON.stringify([slot]));
      window.dispatchEvent(new StorageEvent('storage', { key: WATCHES_KEY }));
    });
    expect(result.current).toEqual([slot]);
  });
});
