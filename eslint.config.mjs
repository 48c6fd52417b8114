// @ts-check
// `npm run lint`: typescript-eslint with type information, the React hooks rules on the React code,
// and Docusaurus's translation rules on the UI (every string through <Translate> or translate():
// GUIDE habit 7). Generated files are not linted: build/, .docusaurus/, the runner's bundles (scripts/buildRunner.mjs).
import docusaurus from '@docusaurus/eslint-plugin';
import { defineConfig, globalIgnores } from 'eslint/config';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

export default defineConfig(
  globalIgnores(['build/', '.docusaurus/', 'src/runner/sandbox/generated/', 'src/runner/node/generated/']),
  {
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    languageOptions: {
      // One TypeScript program per tsconfig (the site's, samples/'s), as the editor has them.
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
  },
  tseslint.configs.recommendedTypeChecked,
  {
    rules: {
      '@typescript-eslint/no-floating-promises': [
        'error',
        {
          // node:test queues test() and describe() itself and reports their failures; awaiting them
          // at a file's top level would run the tests one after the other for nothing.
          allowForKnownSafeCalls: [
            { from: 'package', package: 'node:test', name: ['test', 'describe', 'it', 'suite'] },
          ],
        },
      ],
    },
  },
  {
    // The TypeScript twins mirror their Python line by line (checked by tsc strict and by the parity
    // tests against CPython), and some type-aware rules would have them stop doing so:
    files: ['samples/**/*.ts'],
    rules: {
      // an `async def` that never awaits is an `async function` that never awaits;
      '@typescript-eslint/require-await': 'off',
      // a rejection carries whatever the program raised, typed `unknown` as in a catch clause;
      '@typescript-eslint/prefer-promise-reject-errors': 'off',
      // a coroutine handed to a callback slot (`onmessage = async …`) is the sample's point;
      '@typescript-eslint/no-misused-promises': 'off',
      // Promise.allSettled's reasons are `any`, and repr() prints any value as Python would.
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/restrict-template-expressions': 'off',
    },
  },
  {
    // React code lives in src/ only; elsewhere a use* function is not a hook (the browser tests'
    // useBuiltSite registers node:test hooks).
    files: ['src/**/*.{ts,tsx}'],
    extends: [reactHooks.configs.flat.recommended],
  },
  {
    files: ['src/**/*.tsx'],
    plugins: { '@docusaurus': docusaurus },
    rules: {
      '@docusaurus/string-literal-i18n-messages': 'error',
      // No ignoredStrings: every JSX text in src/ is words a reader reads, translated. A symbol that
      // is the same in every locale (·, —, ▶) may be listed here, each with why.
      '@docusaurus/no-untranslated-text': 'error',
    },
  },
  {
    // This file is not in a tsconfig, and has nothing the type-aware rules look for.
    files: ['eslint.config.mjs'],
    extends: [tseslint.configs.disableTypeChecked],
  },
);
