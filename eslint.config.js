import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import pluginQuery from '@tanstack/eslint-plugin-query';
import prettier from 'eslint-config-prettier';

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
    // Features do not import each other; app/ composes them.
    files: ['src/features/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['../../*/**', '!../../../**'],
              message: 'Features do not import each other; app/ composes them.',
            },
            { group: ['**/app/**', '**/demo/**'], message: 'Features do not import app/ or the demo.' },
          ],
        },
      ],
    },
  },
  prettier,
);
