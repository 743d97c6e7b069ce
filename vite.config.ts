/// <reference types="vitest/config" />
import { defineConfig, loadEnv } from 'vite';
import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';
import { hyraServerPlugin } from './server/vite-plugin.js';

export default defineConfig(({ mode }) => {
  // HYRA_* come from the environment or a .env file; none is exposed to the browser bundle.
  const env = loadEnv(mode, process.cwd(), 'HYRA_');
  return {
    // /hyra-config.json, the /hyra-api proxy and the security headers (server/vite-plugin.js).
    plugins: [react(), tailwindcss(), hyraServerPlugin({ ...env, ...process.env })],
    envPrefix: 'VITE_',
    server: { host: '127.0.0.1', port: 5173 },
    preview: { host: '127.0.0.1', port: 4173 },
    test: {
      globals: true,
      environment: 'jsdom',
      include: ['test/**/*.test.{ts,tsx}'],
      exclude: ['test/e2e/**', 'node_modules/**'],
      setupFiles: ['test/setup.ts'],
      restoreMocks: true,
      // Whole pages of the demo rendered in jsdom on a shared 2-core machine: a test waits on
      // several findBy* (5 s each, test/setup.ts), which a busy machine can take past the
      // default 5 s for the whole test. Nothing here times what it tests.
      testTimeout: 15_000,
    },
  };
});
