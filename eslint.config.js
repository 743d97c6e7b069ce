import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import pluginQuery from '@tanstack/eslint-plugin-query';
import prettier from 'eslint-config-prettier';
import importX, { createNodeResolver } from 'eslint-plugin-import-x';
import testingLibrary from 'eslint-plugin-testing-library';
import jestDom from 'eslint-plugin-jest-dom';
import { readdirSync } from 'node:fs';

// The layers, lowest first: each may import only the ones below it. The demo is loaded
// only by the entry (src/main.tsx) and by tests; features do not import each other.
const LAYERS = ['lib', 'ui', 'hyra', 'features', 'app'];
const FEATURES = readdirSync(new URL('./src/features', import.meta.url));
const layerZones = LAYERS.flatMap((layer, index) =>
  LAYERS.slice(index + 1).map((above) => ({
    target: `./src/${layer}`,
    from: `./src/${above}`,
    message: `${layer}/ sits below ${above}/: move the shared code down instead.`,
  })),
);
const featureZones = FEATURES.map((feature) => ({
  target: `./src/features/${feature}`,
  from: './src/features',
  except: [`./${feature}`],
  message: 'Features do not import each other; app/ composes them (or move the shared code down).',
}));
const demoZones = LAYERS.map((layer) => ({
  target: `./src/${layer}`,
  from: './src/demo',
  message: 'Only the entry (src/main.tsx) loads the demo.',
}));

export default tseslint.config(
  {
    ignores: [
      'dist',
      'node_modules',
      'public/mockServiceWorker.js',
      'test-results',
      'playwright-report',
      'reports',
      'bench/.dist-app',
      'bench/.dist-app-profile',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  reactHooks.configs.flat['recommended-latest'] ?? reactHooks.configs.flat.recommended,
  jsxA11y.flatConfigs.recommended,
  ...pluginQuery.configs['flat/recommended-strict'],
  {
    languageOptions: {
      ecmaVersion: 2023,
      globals: { ...globals.browser, ...globals.node },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'API text is rendered as text, never as HTML.',
        },
      ],
    },
  },
  {
    // Only the API layer talks to the network.
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/hyra/**', 'src/demo/**'],
    rules: {
      'no-restricted-globals': ['error', { name: 'fetch', message: 'Call Hyra through src/hyra.' }],
    },
  },
  {
    // The layering, checked on resolved paths (so `../../../features/x` is caught too).
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.mjs'] })],
    },
    rules: {
      'import-x/no-restricted-paths': ['error', { zones: [...layerZones, ...featureZones, ...demoZones] }],
      'import-x/no-cycle': 'error',
    },
  },
  {
    files: ['test/**/*.{ts,tsx}'],
    ignores: ['test/e2e/**'],
    ...testingLibrary.configs['flat/react'],
  },
  {
    files: ['test/**/*.{ts,tsx}'],
    ignores: ['test/e2e/**'],
    ...jestDom.configs['flat/recommended'],
  },
  prettier,
);
