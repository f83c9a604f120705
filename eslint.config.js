// ESLint: type-aware typescript-eslint, import hygiene (no cycles, no unused exports), and nothing about layout:
// Prettier formats (eslint-config-prettier switches off every rule that would fight it).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { importX } from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import prettier from 'eslint-config-prettier';

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      '.output/',
      '.output-*/',
      '.wxt/',
      'artifacts/',
      'test-results/',
      'playwright-report/',
      // Test data: the hostile pages' own scripts are the page under test, not DealLens code.
      'tests/fixtures/',
    ],
  },
  js.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: { allowDefaultProject: ['*.js', '*.mjs'] },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    plugins: { 'import-x': importX },
    settings: {
      'import-x/extensions': ['.ts', '.tsx', '.js', '.mjs'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.json' })],
    },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' },
      ],
      '@typescript-eslint/no-floating-promises': [
        'error',
        // preact/test-utils' act() with a synchronous callback has flushed before it returns: its promise carries
        // nothing to wait for (tests that pass an async callback still await it).
        { allowForKnownSafeCalls: [{ from: 'package', name: 'act', package: 'preact/test-utils' }] },
      ],
      'import-x/no-cycle': 'error',
    },
  },
  {
    // Tests parse the CLI's and the browser's JSON, run callbacks inside the browser (page.evaluate, where chrome.* is
    // reached through `globalThis as any`: Node's type context has no chrome typings) and use vitest's asymmetric
    // matchers, which are typed `any`. The assertions check those values; typing each one again adds nothing.
    files: ['tests/**', '**/*.test.ts', '**/*.test.tsx'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },
  prettier,
);
