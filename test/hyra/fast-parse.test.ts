import { describe, expect, it } from 'vitest';
import referenceA from '../fixtures/sessions-reference-a.json';
import referenceB from '../fixtures/sessions-reference-b.json';
import { createDemoWorkspace } from '../../src/demo/workspace';
import { SCENARIO_NAMES } from '../../src/demo/scenarios';
import { parseSessionFast, shareTexts } from '../../src/hyra/fast-parse';
import { SessionSchema } from '../../src/hyra/schemas';
import { createRandom } from '../../src/demo/random';

/** The fast path must say exactly what the zod schema says. */
function agrees(value: unknown) {
  const slow = SessionSchema.safeParse(value);
  const fast = parseSessionFast(value);
  if (slow.success) expect(fast).toEqual(slow.data);
  else expect(fast).toBeUndefined();
}

const WEIRD: unknown[] = [
  undefined,
  null,
  '',
  'text',
  0,
  -1,
  12345678901,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  true,
  false,
  [],
  [1, 'a', null, {}],
  {},
  { _id: 'x' },
  { exists: false },
  '2026-12-02T10:00:00Z',
  '2026-13-02T10:00:00Z',
  '2026-12-02',
  '2026-12-02T10:00:00+05:30',
];

/** Replaces one value somewhere in the tree with something odd. */
function mangle(value: unknown, random: ReturnType<typeof createRandom>, depth = 0): unknown {
  if (Array.isArray(value)) {
    if (value.length === 0) return random.chance(0.5) ? random.pick(WEIRD) : value;
    const copy = [...value];
    const i = random.int(0, copy.length - 1);
    copy[i] = mangle(copy[i], random, depth + 1);
    return copy;
  }
  if (value !== null && typeof value === 'object') {
    const copy = { ...(value as Record<string, unknown>) };
    const keys = Object.keys(copy);
    if (keys.length === 0 || (depth > 0 && random.chance(0.3))) return random.pick(WEIRD);
    const key = random.pick(keys);
    if (random.chance(0.15)) delete copy[key];
    else copy[key] = mangle(copy[key], random, depth + 1);
    return copy;
  }
  return random.pick(WEIRD);
}

describe('parseSessionFast agrees with SessionSchema', () => {
  it('on both reference examples', () => {
    agrees(referenceA.events[0]);
    agrees(referenceB.events[0]);
  });

  it.each(SCENARIO_NAMES.filter((name) => name !== 'huge'))('on every session of the %s demo', (scenario) => {
    const { store } = createDemoWorkspace(scenario, {
      today: '2026-12-02',
      now: () => Date.parse('2026-12-02T12:00:00Z'),
    });
    for (let offset = -10; offset <= 10; offset++) {
      const day = new Date(Date.parse('2026-12-02T00:00:00Z') + offset * 86_400_000)
        .toISOString()
        .slice(0, 10);
      for (const raw of store.sessionsOnDay(day)) agrees(raw);
    }
  });

  it('on thousands of mangled sessions', () => {
    const { store } = createDemoWorkspace('default', { today: '2026-12-02' });
    const sessions = [
      ...store.sessionsOnDay('2026-12-01'),
      ...store.sessionsOnDay('2026-12-02'),
      referenceB.events[0],
    ];
    const random = createRandom(7);
    for (let i = 0; i < 4000; i++) {
      let value: unknown = structuredClone(random.pick(sessions));
      for (let n = random.int(1, 3); n > 0; n--) value = mangle(value, random);
      agrees(value);
    }
  });
});

describe('shareTexts', () => {
  it('leaves a session read from JSON as it was: the same values, no key added', () => {
    for (const raw of [...referenceA.events, ...referenceB.events]) {
      const session = parseSessionFast(raw)!;
      const text = JSON.stringify(session);
      const again = JSON.parse(text) as typeof session;
      expect(shareTexts(again)).toBe(again);
      expect(JSON.stringify(again)).toBe(text);
      expect(again).toEqual(session);
    }
  });
});
