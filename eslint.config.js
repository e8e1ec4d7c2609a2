import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// Which layer may import what (../shared/DESIGN.md): the renderer never reaches into the main
// process, the main process never into the renderer, shared/ into neither, and only
// electron/main.ts and electron/preload.ts import electron.
const noElectron = {
  name: 'electron',
  message: 'Only electron/main.ts and electron/preload.ts import electron.',
};
const rendererOnly = {
  group: ['**/renderer/**', '../renderer', '../../renderer'],
  message: 'The main process never imports from renderer/.',
};
const mainOnly = {
  group: ['**/electron/**', '../electron', '../../electron'],
  message: 'The renderer and shared/ never import from electron/: go through the API.',
};
// Inside electron/, layers point one way: store/ knows nothing above it; export/ and import/ take and
// return values (no store, no API); api/ composes them under the shell (session, server, main, cli).
// A file's relative imports are checked against its own depth, so `../../shared/…` stays allowed.
const leaving = (depth, allowed) => ({
  regex: `^${'\\.\\./'.repeat(depth)}(?!${allowed})`,
  message: 'This layer imports only shared/ and itself (../shared/DESIGN.md: arrows point down).',
});
const aboveTheApi = (depth) => ({
  regex: `^${'\\.\\./'.repeat(depth)}(session|server|cli|core|main|preload|launcher)$`,
  message: 'electron/api sits under the shell: it never imports the session, server, CLI or main.',
});
const layerRules = [
  { files: ['electron/store/*.ts', 'electron/store/migrations/*.ts'], depth: 1 },
  { files: ['electron/store/*/*.ts'], depth: 2 },
  { files: ['electron/export/*.ts', 'electron/import/*.ts'], depth: 1 },
].map(({ files, depth }) => ({
  files,
  rules: {
    'no-restricted-imports': [
      'error',
      {
        paths: [noElectron],
        patterns: [rendererOnly, leaving(depth, '\\.\\./shared/')],
      },
    ],
  },
}));
const apiRules = [
  { files: ['electron/api/*.ts'], depth: 1 },
  { files: ['electron/api/handlers/*.ts'], depth: 2 },
].map(({ files, depth }) => ({
  files,
  rules: {
    'no-restricted-imports': ['error', { paths: [noElectron], patterns: [rendererOnly, aboveTheApi(depth)] }],
  },
}));
const nodeOnly = {
  group: ['node:*', 'better-sqlite3'],
  message: 'Node and SQLite stay in the main process.',
};

// A spread argument passes every element as an argument of one call: with an array as long as a
// hostile import can make, that overflows the stack. shared/arrays.ts has the loops to use instead.
const spreadIntoCall = {
  selector:
    'CallExpression[callee.property.name=/^(push|unshift|splice|concat|max|min|fromCharCode|fromCodePoint|apply|before|after|append|prepend|replaceWith|replaceChildren)$/] > SpreadElement',
  message:
    'Do not spread an array into a call (it overflows the stack when long): use pushAll, largest or smallest from shared/arrays.ts, or a loop.',
};

export default tseslint.config(
  { ignores: ['dist/', 'release/', 'node_modules/', 'test-results/', 'playwright-report/'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: {
          allowDefaultProject: ['*.js', '*.mjs', '*.cjs', 'build/*.mjs', 'tests/*.mjs', 'tests/crash/*.mjs'],
        },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      'no-restricted-syntax': ['error', spreadIntoCall],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', ignoreRestSiblings: true }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': ['error', { paths: [noElectron], patterns: [mainOnly, nodeOnly] }],
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [noElectron], patterns: [mainOnly, rendererOnly, nodeOnly] },
      ],
    },
  },
  {
    files: ['electron/**/*.ts'],
    ignores: ['electron/main.ts', 'electron/preload.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: [noElectron], patterns: [rendererOnly] }] },
  },
  ...layerRules,
  ...apiRules,
  {
    files: ['electron/main.ts', 'electron/preload.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [rendererOnly] }] },
  },
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs', 'tests/**/*.ts'],
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
);
