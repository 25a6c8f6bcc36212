import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

/**
 * Each entry forbids modules to a layer: `paths` and `patterns` (gitignore-style) for static imports,
 * `dynamic` (a regular expression source) for `import()` and `require()`, which count the same.
 * `import type` crosses layers freely (it is erased) unless the entry sets `types: false`.
 */
const restrict = (...entries) => [
  'error',
  {
    paths: entries.flatMap((entry) =>
      (entry.paths ?? []).map((name) => ({ name, message: entry.message, allowTypeImports: entry.types !== false })),
    ),
    patterns: entries
      .filter((entry) => entry.patterns)
      .map((entry) => ({ group: entry.patterns, message: entry.message, allowTypeImports: entry.types !== false })),
  },
];

// esquery reads a regular expression up to the next "/": a slash inside one is written \u002F.
const selectorRegex = (source) => `/${source.replaceAll('/', '\\u002F')}/`;

/** The same entries for modules loaded at run time; a module named by anything but a literal is refused too. */
const restrictDynamic = (...entries) => [
  'error',
  {
    selector: 'ImportExpression[source.type!="Literal"]',
    message: 'Name the module of import() literally, so the layering rules can check it.',
  },
  ...entries
    .filter((entry) => entry.dynamic)
    .flatMap((entry) => [
      { selector: `ImportExpression[source.value=${selectorRegex(entry.dynamic)}]`, message: entry.message },
      {
        selector: `CallExpression[callee.name="require"][arguments.0.value=${selectorRegex(entry.dynamic)}]`,
        message: entry.message,
      },
    ]),
];

/** Both rules of a layer: static imports, and modules loaded at run time. */
const layer = (...entries) => ({
  '@typescript-eslint/no-restricted-imports': restrict(...entries),
  'no-restricted-syntax': restrictDynamic(...entries),
});

const ELECTRON = {
  paths: ['electron'],
  patterns: ['electron/*'],
  dynamic: '^electron(/|$)',
  message: 'Only src/main/electron/, src/main/index.ts and src/preload/ may import electron.',
};
const ELECTRON_STORE = {
  paths: ['electron-store'],
  dynamic: '^electron-store$',
  message: 'electron-store imports electron: use it only in src/main/electron/.',
};
const NODE = {
  patterns: ['node:*', 'fs', 'fs/*', 'path', 'os', 'crypto', 'child_process', 'http', 'net', 'url', 'util', 'stream'],
  dynamic: '^(node:|(fs|path|os|crypto|child_process|http|net|url|util|stream)(/|$))',
  message: 'This layer runs outside Node: no Node built-ins.',
};
const SCRIPTS = {
  patterns: ['**/scripts/**', 'scripts/**'],
  dynamic: '(^|/)scripts/',
  message: 'src/ ships; scripts/ is dev tooling (local cluster, seeding, benchmarks) that src/ never imports.',
};
const ELECTRON_GLUE = {
  // Relative paths only: `electron/main` is the npm package's, and ELECTRON's to refuse.
  patterns: ['./electron/**', '../**/electron/**'],
  dynamic: '^[.]{1,2}/(.*/)?electron/',
  message: 'Only src/main/index.ts wires src/main/electron/; services stay runnable under plain Node.',
};

// A `?` or `?name=` that a value follows in the text: a query started by hand (not `Open ${x}? …`).
const QUERY_START = selectorRegex('(^|[^\\s?])\\?([\\w-]*=)?$');

/**
 * A route joined to its query by hand (`${path}?${search}`, `'?' + search`): `withSearch` is the one join,
 * so no link ever ends in a bare `?` when it has no parameters.
 */
const HAND_JOINED_QUERY = [
  `TemplateElement[tail=false][value.raw=${QUERY_START}]`,
  `BinaryExpression[operator="+"] > Literal.left[value=${selectorRegex('^\\?')}]`,
  `BinaryExpression[operator="+"] > BinaryExpression.left[operator="+"] > Literal.right[value=${QUERY_START}]`,
].map((selector) => ({
  selector,
  message: 'Join a route and its parameters with withSearch (src/renderer/src/routing/withSearch.ts).',
}));

/** `rules` with more `no-restricted-syntax` selectors: a later config's options would replace the layer's. */
const alsoRestrictSyntax = (rules, ...restricted) => ({
  ...rules,
  'no-restricted-syntax': [...rules['no-restricted-syntax'], ...restricted],
});

/** The layering of ARCHITECTURE.md: each entry forbids what its folder must not import. */
export const layerRules = [
  {
    files: ['src/shared/**/*.{ts,tsx}'],
    rules: layer(ELECTRON, ELECTRON_STORE, NODE, SCRIPTS, {
      paths: ['@elastic/elasticsearch', '@duckdb/node-api', 'react', 'react-dom'],
      patterns: ['**/main/**', '**/renderer/**', '**/preload/**', '**/cli/**'],
      dynamic: '^(@elastic/elasticsearch|@duckdb/node-api|react|react-dom)$|(^|/)(main|renderer|preload|cli)/',
      message: 'src/shared imports nothing of the other layers, of React or of a data client.',
    }),
  },
  {
    files: ['src/main/**/*.ts', 'src/cli/**/*.ts'],
    ignores: ['src/main/electron/**', 'src/main/index.ts'],
    rules: layer(ELECTRON, ELECTRON_STORE, ELECTRON_GLUE, SCRIPTS, {
      patterns: ['**/renderer/**', '**/preload/**'],
      dynamic: '(^|/)(renderer|preload)/',
      message: 'main does not import renderer or preload code.',
    }),
  },
  {
    files: ['src/main/electron/**/*.ts', 'src/main/index.ts'],
    rules: layer(SCRIPTS, {
      patterns: ['**/renderer/**', '**/preload/**'],
      dynamic: '(^|/)(renderer|preload)/',
      message: 'main does not import renderer or preload code.',
    }),
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    rules: alsoRestrictSyntax(
      layer(ELECTRON, ELECTRON_STORE, NODE, SCRIPTS, {
        paths: ['@elastic/elasticsearch', '@duckdb/node-api'],
        patterns: ['**/main/**', '**/preload/**', '**/cli/**'],
        dynamic: '^(@elastic/elasticsearch|@duckdb/node-api)$|(^|/)(main|preload|cli)/',
        message: 'The renderer reaches main only through the typed api; it never talks to a data source.',
      }),
      ...HAND_JOINED_QUERY,
    ),
  },
  {
    files: ['src/preload/**/*.ts'],
    rules: layer(
      SCRIPTS,
      {
        paths: ['zod', '@elastic/elasticsearch'],
        dynamic: '^(zod|@elastic/elasticsearch)$',
        message: 'The sandboxed preload bundles channel names only.',
      },
      {
        patterns: ['**/main/**', '**/renderer/**', '**/cli/**', '**/shared/*/**', '!**/shared/contract/**'],
        dynamic: '(^|/)(main|renderer|cli|shared/(?!contract/)[^/]+)/',
        types: false,
        message: 'The preload takes its types from the contract (src/shared/contract/) only.',
      },
      {
        patterns: ['**/shared/contract/*', '!**/shared/contract/channelMethods', '!**/shared/contract/bridgeCall'],
        dynamic: '(^|/)shared/contract/(?!(channelMethods|bridgeCall)$)',
        message:
          'From the contract the preload imports types, and values only from the zod-free channelMethods and bridgeCall.',
      },
    ),
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
