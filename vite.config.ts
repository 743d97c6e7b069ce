/// <reference types="vitest/config" />
import { defineConfig, loadEnv, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';
import { createHyraMiddleware, readServerConfig } from './server/hyra-proxy.js';

/** Serves /hyra-config.json and the /hyra-api proxy in `npm start` and `npm run preview`. */
function hyraServer(env: Record<string, string>): Plugin {
  const config = readServerConfig({ ...env, ...process.env });
  const middleware = createHyraMiddleware(config);
  return {
    name: 'hyra-server',
    configureServer(server) {
      server.middlewares.use((req, res, next) => void middleware(req, res, next));
    },
    configurePreviewServer(server) {
      server.middlewares.use((req, res, next) => void middleware(req, res, next));
    },
  };
}

export default defineConfig(({ mode }) => {
  // HYRA_* come from the environment or a .env file; none is exposed to the browser bundle.
  const env = loadEnv(mode, process.cwd(), 'HYRA_');
  return {
    plugins: [react(), tailwindcss(), hyraServer(env)],
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
    },
  };
});
