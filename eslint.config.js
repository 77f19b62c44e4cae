// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/** The source of an import that climbs `depth` folders up (`../` once per level) to reach `src/`. */
const up = (depth) => `^${'\\.\\./'.repeat(depth)}`;

/**
 * The layering of `src/`, one rule per folder and depth (an import's path says how far it climbs,
 * so the rule for `src/cli/commands/*.ts` differs from that for `src/cli/*.ts`):
 * - the CLI and the server reach the tree only through the engine's door (`src/engine/index.ts`)
 *   and the `src/report` renderers; the CLI also starts the server (`src/server/index.ts`);
 * - the store implements the ledger's ports: it imports their types, never the ledger's code,
 *   and nothing above it;
 * - the ledger imports neither the store nor anything above it; the engine nothing above it.
 * Tests may reach anywhere (they set up stores and pipelines by hand).
 */
function layer(folder, depth, patterns) {
  return {
    files: [`${folder}/${'*/'.repeat(depth - 1)}*.ts`],
    ignores: ['**/*.test.ts'],
    rules: { '@typescript-eslint/no-restricted-imports': ['error', { patterns }] },
  };
}
const transport = (folder, depth, also = '') => [
  layer(folder, depth, [
    {
      regex: `${up(depth)}(?!engine/index\\.js$|report/${also})`,
      message:
        'the CLI and the server import only the engine (src/engine/index.ts) and the src/report renderers',
    },
  ]),
];
const below = (folder, depth, forbidden, types = []) => [
  layer(folder, depth, [
    ...(forbidden.length > 0
      ? [
          {
            regex: `${up(depth)}(${forbidden.join('|')})/`,
            message: `${folder} sits below ${forbidden.join(', ')}: it must not import them`,
          },
        ]
      : []),
    ...types.map((folderOfTypes) => ({
      regex: `${up(depth)}${folderOfTypes}/`,
      allowTypeImports: true,
      message: `${folder} implements ${folderOfTypes}'s ports: it may import their types only (import type)`,
    })),
  ]),
];

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'coverage/', 'web/dist/', 'eval/results.json'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': 'off',
    },
  },
  ...transport('src/cli', 1, '|server/index\\.js$'),
  ...transport('src/cli', 2, '|server/index\\.js$'),
  ...transport('src/server', 1),
  ...transport('src/server', 2),
  ...below('src/store', 1, ['engine', 'cli', 'server', 'workers'], ['ledger']),
  ...below('src/store', 2, ['engine', 'cli', 'server', 'workers'], ['ledger']),
  ...below('src/ledger', 1, ['store', 'engine', 'cli', 'server', 'workers']),
  ...below('src/ledger', 2, ['store', 'engine', 'cli', 'server', 'workers']),
  ...below('src/ledger', 3, ['store', 'engine', 'cli', 'server', 'workers']),
  ...below('src/engine', 1, ['cli', 'server']),
  ...below('src/engine', 2, ['cli', 'server']),
  // The web UI shares the engine's view types (src/engine/views.ts), and nothing else of the tree.
  {
    files: ['web/src/**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '(^|/)src/(?!engine/views\\.js$)',
              message: 'the web UI imports only the view types of the engine (src/engine/views.ts)',
            },
            {
              regex: '(^|/)src/engine/views\\.js$',
              allowTypeImports: true,
              message: 'the web UI imports types from the engine, no code (it runs in a browser)',
            },
          ],
        },
      ],
    },
  },
);
