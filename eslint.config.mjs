// Lint rules, including the layer map: which folder may import which (see ARCHITECTURE.md).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import { builtinModules } from 'node:module';

const nodeBuiltins = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];
const nodeOnlyPackages = ['better-sqlite3', 'pdfjs-dist', 'mammoth', 'exceljs', 'docx', '@napi-rs/canvas'];

const ZOD_CHUNK =
  'The renderer reaches the zod contract only through api/validation.ts, which loads it as its own chunk after the first requests went out (ARCHITECTURE.md); type imports are fine.';

/** Builds a no-restricted-imports rule from forbidden module names and path patterns. */
function layer({ names = [], patterns = [], why }) {
  return {
    'no-restricted-imports': [
      'error',
      {
        paths: names.map((name) => ({ name, message: why })),
        patterns: patterns.map((group) => ({ group: [group], message: why })),
      },
    ],
  };
}

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'release/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
      'bench/results/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['shared/**/*.ts'],
    rules: layer({
      names: ['electron', 'react', ...nodeBuiltins, ...nodeOnlyPackages],
      patterns: ['**/electron/**', '**/renderer/**', 'node:*'],
      why: 'shared/ is pure TypeScript: no Node, DOM, Electron or React imports (ARCHITECTURE.md).',
    }),
  },
  {
    files: ['shared/**/*.ts'],
    ignores: ['shared/**/*.test.ts'],
    languageOptions: { globals: {} },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'react-hooks/set-state-in-effect': 'off',
      'react-hooks/refs': 'off',
      ...layer({
        names: ['electron', ...nodeBuiltins, ...nodeOnlyPackages],
        patterns: ['**/electron/**', 'node:*'],
        why: 'The renderer never touches Node or Electron: it talks to the typed API (ARCHITECTURE.md).',
      }),
    },
  },
  {
    // building the zod schemas took a third of the app's start: they load in their own chunk
    files: ['renderer/**/*.{ts,tsx}'],
    ignores: ['renderer/src/api/contract-chunk.ts', 'renderer/**/*.test.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'zod', message: ZOD_CHUNK, allowTypeImports: true }],
          patterns: [
            {
              group: [
                '**/shared/api/channels/*',
                '**/shared/api/contract',
                '**/shared/api/validate',
                '**/shared/api/schemas',
                '**/shared/formats/**',
              ],
              message: ZOD_CHUNK,
              allowTypeImports: true,
            },
          ],
        },
      ],
    },
  },
  {
    files: ['electron/**/*.ts', 'bench/**/*.ts', 'scripts/**/*.ts', 'e2e/**/*.ts'],
    ignores: ['electron/shell/**'],
    rules: layer({
      names: ['electron'],
      patterns: ['**/renderer/**'],
      why: 'Only electron/shell/ imports electron; everything else runs under plain Node (ARCHITECTURE.md).',
    }),
  },
  {
    files: ['electron/shell/**/*.ts'],
    rules: layer({
      names: [],
      patterns: ['**/renderer/**'],
      why: 'The shell does not import renderer code.',
    }),
  },
);
