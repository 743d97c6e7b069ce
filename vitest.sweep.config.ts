import { defineConfig } from 'vitest/config';

/** `npm run test:sweep`: exhaustive checks too long for the unit suite on a busy machine. */
export default defineConfig({
  test: { include: ['test/**/*.sweep.ts'], environment: 'node', testTimeout: 600_000 },
});
