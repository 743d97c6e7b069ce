/**
 * A small seeded pseudo-random generator (mulberry32) for the demo workspace. Same seed,
 * same sequence, in every browser and in Node. Not for anything secret.
 */
export interface Random {
  /** A float in [0, 1). */
  next(): number;
  /** An unsigned 32-bit integer. */
  uint32(): number;
  /** An integer in [min, max], both inclusive. */
  int(min: number, max: number): number;
  /** One item of a non-empty list. */
  pick<T>(items: readonly T[]): T;
  /** One item, chosen with the given non-negative weights (same length as items). */
  weighted<T>(items: readonly T[], weights: readonly number[]): T;
  /** True with probability p. */
  chance(p: number): boolean;
  /** A shuffled copy (Fisher-Yates). */
  shuffle<T>(items: readonly T[]): T[];
  /** `length` lowercase hex digits. */
  hex(length: number): string;
  /** A 24-hex ID in the shape Hyra uses for its own IDs. */
  objectId(): string;
  /** The internal state: `createRandom(state())` continues the same sequence. */
  state(): number;
}

export function createRandom(seed: number): Random {
  let a = seed >>> 0;

  function uint32(): number {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  }

  function next(): number {
    return uint32() / 4294967296;
  }

  function int(min: number, max: number): number {
    if (max < min) throw new RangeError(`int(${min}, ${max}): max is below min`);
    return min + Math.floor(next() * (max - min + 1));
  }

  function pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new RangeError('pick() from an empty list');
    return items[Math.floor(next() * items.length)] as T;
  }

  function weighted<T>(items: readonly T[], weights: readonly number[]): T {
    if (items.length === 0) throw new RangeError('weighted() from an empty list');
    let total = 0;
    for (let i = 0; i < items.length; i++) total += weights[i] ?? 0;
    let roll = next() * total;
    for (let i = 0; i < items.length; i++) {
      roll -= weights[i] ?? 0;
      if (roll < 0) return items[i] as T;
    }
    return items[items.length - 1] as T;
  }

  function hex8(): string {
    return uint32().toString(16).padStart(8, '0');
  }

  function hex(length: number): string {
    let out = '';
    while (out.length < length) out += hex8();
    return out.slice(0, length);
  }

  return {
    next,
    uint32,
    int,
    pick,
    weighted,
    chance: (p) => next() < p,
    shuffle<T>(items: readonly T[]): T[] {
      const copy = items.slice();
      for (let i = copy.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1));
        const item = copy[i] as T;
        copy[i] = copy[j] as T;
        copy[j] = item;
      }
      return copy;
    },
    hex,
    objectId: () => hex8() + hex8() + hex8(),
    state: () => a,
  };
}

/** A 32-bit seed from a string (FNV-1a), to derive independent streams from one seed. */
export function seedFrom(...parts: (string | number)[]): number {
  let hash = 0x811c9dc5;
  const text = parts.join('\u0000');
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}
