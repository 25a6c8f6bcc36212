import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

/** `import type` crosses layers freely (it is erased); values may not. */
const restrict = (...entries) => [
  'error',
  {
    paths: entries.flatMap((entry) =>
      (entry.paths ?? []).map((name) => ({ name, message: entry.message, allowTypeImports: true })),
    ),
    patterns: entries
      .filter((entry) => entry.patterns)
      .map((entry) => ({ group: entry.patterns, message: entry.message, allowTypeImports: true })),
  },
];

const ELECTRON = {
  paths: ['electron'],
  message: 'Only src/main/electron/, src/main/index.ts and src/preload/ may import electron.',
};
const NODE = {
  patterns: ['node:*', 'fs', 'fs/*', 'path', 'os', 'crypto', 'child_process', 'http', 'net', 'url', 'util', 'stream'],
  message: 'This layer runs outside Node: no Node built-ins.',
};

const SCRIPTS = {
  patterns: ['**/scripts/**', 'scripts/**'],
  message: 'src/ ships; scripts/ is dev tooling (local cluster, seeding, benchmarks) that src/ never imports.',
};

/** The layering of ARCHITECTURE.md: each entry forbids what its folder must not import. */
export const layerRules = [
  {
    files: ['src/shared/**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-restricted-imports': restrict(ELECTRON, NODE, SCRIPTS, {
        paths: ['@elastic/elasticsearch', '@duckdb/node-api', 'react', 'react-dom'],
        patterns: ['**/main/**', '**/renderer/**', '**/preload/**', '**/cli/**'],
        message: 'src/shared imports nothing of the other layers, of React or of a data client.',
      }),
      'no-restricted-globals': ['error', 'window', 'document', 'process', 'Buffer', '__dirname'],
    },
  },
  {
    files: ['src/main/**/*.ts', 'src/cli/**/*.ts'],
    ignores: ['src/main/electron/**', 'src/main/index.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': restrict(
        ELECTRON,
        SCRIPTS,
        { paths: ['electron-store'], message: 'electron-store imports electron: use it only in src/main/electron/.' },
        { patterns: ['**/renderer/**', '**/preload/**'], message: 'main does not import renderer or preload code.' },
      ),
    },
  },
  {
    files: ['src/main/electron/**/*.ts', 'src/main/index.ts'],
    rules: { '@typescript-eslint/no-restricted-imports': restrict(SCRIPTS) },
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-restricted-imports': restrict(ELECTRON, NODE, SCRIPTS, {
        paths: ['@elastic/elasticsearch', '@duckdb/node-api', 'electron-store'],
        patterns: ['**/main/**', '**/preload/**', '**/cli/**'],
        message: 'The renderer reaches main only through the typed api; it never talks to a data source.',
      }),
    },
  },
  {
    files: ['src/preload/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': restrict(SCRIPTS, {
        paths: ['zod', '@elastic/elasticsearch'],
        patterns: ['**/main/**', '**/renderer/**'],
        message: 'The sandboxed preload bundles channel names only.',
      }),
    },
  },
];

export default tseslint.config(
  {
    ignores: [
      'out/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
      'bench/results/**',
      'tests/unit/lint/fixtures/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.node }, ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  ...layerRules,
);
