// @ts-check
/**
 * Lint: typescript-eslint's type-aware rules, the React hooks rules, and the layers of
 * src/ (README, "Architecture"): each folder imports only the folders below it, and no
 * module imports itself through others (lazy import() counted).
 */
import js from '@eslint/js';
import importX, { createNodeResolver } from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import allowedImports from './.layers.cjs';

/** Each layer and the folders it must not import: every other folder of src/. */
const layers = Object.fromEntries(
  Object.entries(allowedImports).map(([layer, allowed]) => [
    `src/${layer}`,
    Object.keys(allowedImports)
      .filter((other) => !allowed.includes(other))
      .map((other) => `src/${other}`),
  ]),
);

/** The Markdown core and the content pipeline run without React, a router or react-query. */
const noUi = {
  patterns: [
    {
      group: ['react', 'react-dom', 'react-dom/*', 'react/*', 'react-router', 'react-router/*', '@tanstack/*'],
      message: 'The Markdown core and the content pipeline do not use React, the router or react-query.',
    },
  ],
};

export default tseslint.config(
  {
    ignores: [
      'dist/',
      '.cache/',
      'node_modules/',
      'bench/.work/',
      'bench/results/',
      'test-results/',
      'playwright-report/',
      'e2e/fixtures/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        project: ['./tsconfig.json', './tsconfig.node.json', './tsconfig.test.json'],
        tsconfigRootDir: import.meta.dirname,
      },
      globals: { ...globals.browser, ...globals.node },
    },
    plugins: { 'import-x': importX },
    settings: { 'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js'] })] },
    rules: {
      'import-x/no-cycle': ['error', { maxDepth: Infinity, allowUnsafeDynamicCyclicDependency: false }],
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: Object.entries(layers).map(([target, from]) => ({
            target: `./${target}/**`,
            from: from.map((f) => `./${f}/**`),
            message: `${target} is below these folders (see README, "Architecture").`,
          })),
        },
      ],
      // React calls event handlers for their effect; a returned promise is the handler's own business.
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
      // Loaders answer "not found" with react-router's `data(null, { status: 404 })`.
      '@typescript-eslint/only-throw-error': [
        'error',
        { allow: [{ from: 'package', package: 'react-router', name: 'DataWithResponseInit' }] },
      ],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
    },
  },
  {
    // Tests and the benchmark read JSON files and pages they just made: typing each is noise.
    files: ['**/*.test.ts', '**/*.test.tsx', 'e2e/**', 'bench/**'],
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      // Playwright's fixtures are named by destructuring, `async ({}, testInfo)` included.
      'no-empty-pattern': 'off',
    },
  },
  {
    files: ['src/markdown/**', 'src/content/**', 'src/import/**'],
    ignores: ['**/*.test.ts', '**/*.test.tsx'],
    rules: { 'no-restricted-imports': ['error', noUi] },
  },
  {
    files: ['src/**/*.tsx', 'src/**/*.ts'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs['recommended-latest'].rules,
  },
  {
    files: ['eslint.config.js', '.dependency-cruiser.cjs', '.layers.cjs'],
    ...tseslint.configs.disableTypeChecked,
  },
  // dependency-cruiser reads a CommonJS config, which can only `require` the layers.
  { files: ['.dependency-cruiser.cjs'], rules: { '@typescript-eslint/no-require-imports': 'off' } },
);
