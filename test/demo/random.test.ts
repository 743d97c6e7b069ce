import { describe, expect, it } from 'vitest';
import { createRandom, seedFrom } from '../../src/demo/random';

describe('createRandom', () => {
  it('repeats its sequence for the same seed and differs for another', () => {
    const a = createRandom(42);
    const b = createRandom(42);
    const c = createRandom(43);
    const seqA = Array.from({ length: 20 }, () => a.uint32());
    expect(Array.from({ length: 20 }, () => b.uint32())).toEqual(seqA);
    expect(Array.from({ length: 20 }, () => c.uint32())).not.toEqual(seqA);
  });

  it('continues the same sequence from a saved state', () => {
    const a = createRandom(7);
    a.next();
    a.next();
    const resumed = createRandom(a.state());
    expect(resumed.objectId()).toBe(a.objectId());
  });

  it('keeps int() within both bounds and reaches each of them', () => {
    const rng = createRandom(1);
    const seen = new Set<number>();
    for (let i = 0; i < 2000; i++) {
      const value = rng.int(3, 6);
      expect(value).toBeGreaterThanOrEqual(3);
      expect(value).toBeLessThanOrEqual(6);
      seen.add(value);
    }
    expect([...seen].sort()).toEqual([3, 4, 5, 6]);
  });

  it('shuffles into a permutation without touching the input', () => {
    const input = [1, 2, 3, 4, 5, 6, 7, 8];
    const shuffled = createRandom(9).shuffle(input);
    expect(input).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect([...shuffled].sort((x, y) => x - y)).toEqual(input);
    expect(shuffled).not.toEqual(input);
  });

  it('makes 24-hex object IDs', () => {
    const rng = createRandom(5);
    for (let i = 0; i < 100; i++) expect(rng.objectId()).toMatch(/^[0-9a-f]{24}$/);
  });

  it('picks by weight and never picks a zero weight', () => {
    const rng = createRandom(11);
    const counts = { a: 0, b: 0, c: 0 };
    for (let i = 0; i < 3000; i++) counts[rng.weighted(['a', 'b', 'c'] as const, [1, 0, 3])]++;
    expect(counts.b).toBe(0);
    expect(counts.c).toBeGreaterThan(counts.a * 2);
  });

  it('refuses to pick from an empty list', () => {
    expect(() => createRandom(1).pick([])).toThrow(RangeError);
  });

  it('derives different seeds from different parts', () => {
    expect(seedFrom(1, 'day', '2026-12-01')).not.toBe(seedFrom(1, 'day', '2026-12-02'));
    expect(seedFrom(1, 'people')).toBe(seedFrom(1, 'people'));
  });
});
