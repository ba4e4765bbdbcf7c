/**
 * `npm run lint`: ESLint (TypeScript, React hooks, accessibility of JSX, import boundaries) and
 * Prettier's check. Part of `npm test`. The boundaries keep the layout STYLE.md describes:
 * SQL only in server/src/store/, the client on its own (nothing from server, seed or bench), no
 * route importing another route, no import cycles.
 */
import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import { importX } from 'eslint-plugin-import-x';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const routes = readdirSync(new URL('./client/src/routes/', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

const SQL = /^\s*(SELECT|INSERT|UPDATE|DELETE|CREATE|DROP|ALTER|PRAGMA|WITH)\s/i.source;

export default tseslint.config(
  {
    ignores: [
      '**/dist/**',
      '**/dist-ssr/**',
      '**/node_modules/**',
      'client/src/generated/**',
      'server/src/graphql/generated/**',
      'data/**',
      'coverage/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    plugins: { 'import-x': importX },
    settings: { 'import-x/resolver-next': [importX.createNodeResolver({ extensions: ['.ts', '.tsx', '.js'] })] },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      'import-x/no-cycle': 'error',
    },
  },
  {
    files: ['client/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                '@zv/server',
                '@zv/server/*',
                '@zv/seed',
                '@zv/seed/*',
                '@zv/bench',
                '@zv/bench/*',
                '**/server/**',
                '**/seed/**',
                '**/bench/**',
              ],
              message: 'The client imports nothing from server, seed or bench: share through @zv/shared or the GraphQL contract.',
            },
          ],
        },
      ],
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: routes.map((route) => ({
            target: `./client/src/routes/${route}`,
            from: './client/src/routes',
            except: [`./${route}`],
            message: 'A route does not import another route: move what both need to components/, charts/, models/ or steering/.',
          })),
        },
      ],
    },
  },
  { ...jsxA11y.flatConfigs.recommended, files: ['client/**/*.tsx'] },
  {
    // The browser tests drive Chromium from Node (useDashboard is a Jest fixture, not a React hook).
    files: ['client/e2e/**/*.ts'],
    rules: { 'no-restricted-imports': 'off', 'react-hooks/rules-of-hooks': 'off' },
  },
  {
    files: ['server/src/**/*.ts'],
    ignores: ['server/src/store/**', '**/*.test.ts', 'server/src/testing/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: ['better-sqlite3', 'pg'].map((name) => ({ name, message: 'SQL lives in server/src/store/ only.' })) },
      ],
      'no-restricted-syntax': [
        'error',
        { selector: `Literal[value=/${SQL}/]`, message: 'SQL lives in server/src/store/ only.' },
        { selector: `TemplateElement[value.raw=/${SQL}/]`, message: 'SQL lives in server/src/store/ only.' },
      ],
    },
  },
  prettier,
);
