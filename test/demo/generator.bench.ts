import { bench, describe } from 'vitest';
import { generateWorkspace } from '../../src/demo/generator';
import { SCENARIOS } from '../../src/demo/scenarios';
import { createDemoStore } from '../../src/demo/store';

const base = { seed: 20261129, today: '2026-12-02' };

// Compare as ratios: the default workspace (~600 sessions) is the baseline.
describe('generateWorkspace', () => {
  bench('default (~600 sessions, 8-16 roles a server)', () => {
    generateWorkspace(base);
  });
  bench('huge (~11,600 sessions, ~60 roles a server)', () => {
    generateWorkspace({ ...base, ...SCENARIOS.huge.generator });
  });
});

describe('store reads (huge)', () => {
  const store = createDemoStore(generateWorkspace({ ...base, ...SCENARIOS.huge.generator }));
  const now = Date.parse('2026-12-02T12:00:00Z');
  bench('sessionsOnDay', () => {
    store.sessionsOnDay('2026-12-03');
  });
  bench('sessionsBetween, 6 weeks', () => {
    store.sessionsBetween(now - 21 * 86_400_000, now + 21 * 86_400_000);
  });
  bench('upcoming', () => {
    store.upcoming(now);
  });
});
