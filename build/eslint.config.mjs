// ESLint flat config. Kept in build/ with the other tool configs; `npm run lint` points at it.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Dependencies point one way: shared ← electron/core ← electron/main|web; shared ← renderer. */
const restrictImports = (patterns) => ({
  'no-restricted-imports': ['error', { patterns }],
});

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'release/**',
      '.tsbuild/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      // `import { z }` takes zod's namespace as one object, which esbuild cannot tree-shake:
      // one such import put all of zod (40 locales, JSON Schema) into the host's bundles,
      // 365 KB more for Node to read at every start. `import * as z` is shaken.
      'no-restricted-syntax': [
        'error',
        {
          selector: "ImportDeclaration[source.value=/^zod/] > ImportSpecifier[imported.name='z']",
          message: "Write `import * as z from 'zod'`: a named `z` keeps all of zod in the bundle.",
        },
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    ignores: ['renderer/vite.config.ts', 'renderer/room/vite.config.ts'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...restrictImports([
        {
          group: ['**/electron/**', 'electron', 'node:*', 'better-sqlite3'],
          message: 'The renderer talks to the host only through the API contract.',
        },
        {
          // Each catalogue is a chunk the page loads when it needs that language
          // (renderer/app/i18n.ts); a static import would put both in the first screen.
          regex: '/shared/i18n(/index|/en|/es)?$',
          allowTypeImports: true,
          message:
            'Load a catalogue through renderer/app/i18n.ts; import LANGUAGES and languageOf from shared/i18n/languages.',
        },
      ]),
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: restrictImports([
      {
        group: [
          'node:*',
          'electron',
          'better-sqlite3',
          'react',
          '**/electron/**',
          '**/renderer/**',
        ],
        message: 'shared/ runs in both processes: no Node, DOM, Electron or app code.',
      },
    ]),
  },
  {
    files: ['electron/core/**/*.ts'],
    rules: restrictImports([
      {
        group: ['electron', '**/main/**', '**/web/**', '**/renderer/**'],
        message: 'The core is plain Node: it never imports electron or a shell.',
      },
    ]),
  },
  {
    files: ['test/**/*.{ts,tsx}'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off', 'no-empty-pattern': 'off' },
  },
);
