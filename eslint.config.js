// Flat config. The folder fences below keep each process to what it may touch:
// shared/ is pure (no electron, node:*, React, Dexie, DOM); the renderer never reaches electron;
// the main process never imports renderer code.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import { rooms } from './eslint/rooms.js';

const nodeBuiltins = ['node:*', 'fs', 'path', 'os', 'child_process', 'crypto', 'url', 'util', 'stream'];

const rendererImportFences = [
  { group: ['electron', 'electron/*'], message: 'The renderer reaches the OS only through the DesktopApi.' },
  { group: nodeBuiltins, message: 'The renderer runs in a sandbox: no Node built-ins.' },
  { group: ['**/electron/**'], message: 'The renderer does not import main-process code.' },
];

/** Text from files (audit files, packs, CSV) is shown as text, never parsed as HTML. */
const noHtmlFromText = [
  {
    selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
    message: 'Never render text as HTML: React escapes text children, keep it that way.',
  },
  {
    selector: "AssignmentExpression > MemberExpression.left[property.name=/^(innerHTML|outerHTML)$/]",
    message: 'Never write HTML into the page: set textContent instead.',
  },
  {
    selector: "CallExpression[callee.property.name=/^(insertAdjacentHTML|createContextualFragment|parseFromString)$/]",
    message: 'Never turn text into HTML.',
  },
  {
    selector: "CallExpression[callee.object.name='document'][callee.property.name=/^write(ln)?$/]",
    message: 'Never write HTML into the page.',
  },
];

/** A screen opens no write transaction and writes no table itself: the store's commands do. */
const noWritesInScreens = [
  {
    selector: "CallExpression[callee.property.name='transaction'][arguments.0.value=/w/]",
    message: 'Screens write through the commands of renderer/src/db/commands/, not a transaction of their own.',
  },
  {
    selector:
      "CallExpression[callee.object.object.name='db'][callee.property.name=/^(add|put|update|delete|bulkAdd|bulkPut|bulkDelete|clear|modify)$/]",
    message: 'Screens write through the commands of renderer/src/db/commands/, not straight into a table.',
  },
];

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    files: ['shared/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['electron', 'electron/*'], message: 'shared/ is pure: no electron.' },
            { group: nodeBuiltins, message: 'shared/ is pure: no Node built-ins.' },
            { group: ['react', 'react-dom', 'react/*', 'react-dom/*'], message: 'shared/ is pure: no React.' },
            { group: ['dexie', 'dexie-*'], message: 'shared/ is pure: no Dexie.' },
            { group: ['**/renderer/**', '**/electron/**'], message: 'shared/ depends on nothing above it.' },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'navigator', 'localStorage', 'indexedDB', 'process', 'Buffer', 'require'],
      // shared/ reads no clock: "today" and "now" come from the caller (shared/calendar.ts).
      'no-restricted-syntax': [
        'error',
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message: 'shared/ reads no clock: take a Clock or a day from the caller (shared/calendar.ts).',
        },
        {
          selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
          message: 'shared/ reads no clock: take a Clock or a day from the caller (shared/calendar.ts).',
        },
      ],
    },
  },
  {
    files: ['renderer/src/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
    plugins: { 'react-hooks': reactHooks, touchstone: { rules: { rooms } } },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // Screens own their rooms: no feature folder imports another (eslint/rooms.js).
      'touchstone/rooms': 'error',
      'no-restricted-imports': ['error', { patterns: rendererImportFences }],
    },
  },
  {
    // Screens show and ask; writes go through the store's commands (renderer/src/db/commands/),
    // never the record primitives, the journal or a write transaction of their own.
    files: ['renderer/src/features/**/*.{ts,tsx}', 'renderer/src/app/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...rendererImportFences,
            {
              group: ['**/db/commands/records', '**/db/changes'],
              allowTypeImports: true,
              message: 'Screens write through the commands of renderer/src/db/commands/, not the record primitives.',
            },
          ],
        },
      ],
      'no-restricted-syntax': ['error', ...noHtmlFromText, ...noWritesInScreens],
    },
  },
  {
    // Text from files (audit files, packs, CSV) is shown as text, never parsed as HTML.
    files: ['renderer/src/**/*.{ts,tsx}'],
    ignores: ['renderer/src/features/**', 'renderer/src/app/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        ...noHtmlFromText,
      ],
    },
  },
  {
    files: ['electron/**/*.ts'],
    languageOptions: { globals: globals.node },
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/renderer/**'], message: 'The main process does not import renderer code.' }] },
      ],
    },
  },
  {
    files: ['scripts/**', 'test/**', '*.config.{ts,js}', 'bin/**', 'eslint/**'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: { 'no-console': 'off' },
  },
  {
    // End-to-end tests run on a fixed day (test/e2e/support/test.ts), never the wall clock's.
    files: ['test/e2e/**/*.spec.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: '@playwright/test',
              message: "Take test and expect from './support/test', which fixes the day the app sees.",
            },
          ],
        },
      ],
    },
  },
);
