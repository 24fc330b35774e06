import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'dist-*/**',
      'node_modules',
      'public',
      'geo/basemap/node_modules',
      'test-results',
      'playwright-report',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': ['error', { allow: ['warn', 'error', 'info'] }],
    },
  },
  {
    files: ['**/*.{js,mjs}'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    // Only src/map owns the MapLibre instance; everything else talks to it through the store.
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/map/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['maplibre-gl', 'maplibre-gl/*'], message: 'Only src/map/ may import maplibre-gl.' },
            { group: ['@turf/turf'], message: 'Import single turf functions in the browser.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Data renders as text.' },
        {
          selector: "AssignmentExpression[left.property.name='innerHTML']",
          message: 'Data renders as text.',
        },
        { selector: "CallExpression[callee.property.name='setHTML']", message: 'Data renders as text.' },
      ],
    },
  },
  {
    // The text tools run in the browser editor too: no Node built-ins, no map.
    files: ['src/text/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['node:*', 'fs', 'path', 'os', 'url', 'crypto'],
              message: 'src/text/ must run in the browser.',
            },
            { group: ['maplibre-gl', 'maplibre-gl/*'], message: 'Only src/map/ may import maplibre-gl.' },
            { group: ['@turf/turf'], message: 'Import single turf functions in the browser.' },
          ],
        },
      ],
    },
  },
  {
    files: ['geo/**/*.ts', 'scripts/**', 'tests/**', 'bench/**'],
    rules: { 'no-console': 'off' },
  },
);
