// Lint guards the architecture (../shared/ARCHITECTURE.md): sigma only in src/renderer, no React,
// zustand or sigma in the pure core, panels and renderer meet only in the store, no import cycles.
import tseslint from 'typescript-eslint';
import importX from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import reactHooks from 'eslint-plugin-react-hooks';

const UI_LIBS = ['react', 'react-dom', 'react-dom/*', 'zustand', 'zustand/*', 'sigma', 'sigma/*', '@sigma/*'];
const EFFECT_HOOKS = '/^use(Layout|Insertion)?Effect$/';
const restrict = (patterns, message) => ({
  'no-restricted-imports': ['error', { patterns: [{ group: patterns, message }] }],
});

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'public/**', 'coverage/**', '.bench/**'] },
  ...tseslint.configs.recommended,
  importX.flatConfigs.typescript,
  {
    plugins: { 'import-x': importX, 'react-hooks': reactHooks },
    settings: { 'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.json' })] },
    rules: {
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            { target: './src/panels', from: './src/renderer', message: 'Panels meet the renderer only in the store.' },
            { target: './src/renderer', from: './src/panels', message: 'The renderer meets panels only in the store.' },
            {
              target: './src/store',
              from: ['./src/panels', './src/renderer', './src/app', './src/components'],
              message: 'The store does not import UI.',
            },
            {
              target: './src/graph',
              from: [
                './src/analysis',
                './src/appearance',
                './src/pipeline',
                './src/cli',
                './src/interchange',
                './src/geo',
                './src/i18n',
              ],
              message: 'The graph core imports nothing else from src/.',
            },
            {
              target: './src/geo',
              from: [
                './src/analysis',
                './src/appearance',
                './src/pipeline',
                './src/cli',
                './src/store',
                './src/panels',
                './src/renderer',
                './src/app',
                './src/components',
                './src/i18n',
              ],
              message: 'The map core (src/geo) imports only the graph model.',
            },
            {
              target: './src/pipeline',
              from: [
                './src/analysis',
                './src/appearance',
                './src/store',
                './src/panels',
                './src/renderer',
                './src/app',
                './src/components',
                './src/cli',
                './src/interchange',
                './src/i18n',
              ],
              message: 'The pipeline imports only the graph core.',
            },
            {
              target: './src/cli',
              from: ['./src/store', './src/panels', './src/renderer', './src/app', './src/components', './src/i18n'],
              message: 'Command-line tools use the core, never the UI (the CLI speaks English).',
            },
            {
              target: ['./src/graph', './src/analysis', './src/appearance', './src/interchange'],
              from: [
                './src/store',
                './src/panels',
                './src/renderer',
                './src/app',
                './src/components',
                './src/pipeline',
                './src/cli',
                './src/i18n',
              ],
              message: 'The pure core imports only the graph model.',
            },
            {
              target: './src/interchange',
              from: ['./src/analysis', './src/appearance'],
              message: 'Import and export (src/interchange) use only the graph model.',
            },
          ],
        },
      ],
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/renderer/**'],
    rules: restrict(['sigma', 'sigma/*', '@sigma/*'], 'Only src/renderer/ may import sigma.'),
  },
  {
    files: [
      'src/graph/**',
      'src/analysis/**',
      'src/appearance/**',
      'src/interchange/**',
      'src/geo/**',
      'src/pipeline/**',
      'src/cli/**',
    ],
    rules: restrict(
      UI_LIBS,
      'The pure core (graph, analysis, appearance, interchange, geo, pipeline) never imports React, zustand or sigma.',
    ),
  },
  {
    // React calls whatever an effect returns as its cleanup: a concise arrow returns its expression
    // (scrollIntoView returns a Promise in Chromium), so effects take a block body and return on purpose.
    files: ['src/**/*.{ts,tsx}', 'tests/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: `CallExpression:matches([callee.name=${EFFECT_HOOKS}], [callee.property.name=${EFFECT_HOOKS}]) > ArrowFunctionExpression.arguments[expression=true]`,
          message: 'Give an effect a block body: React calls anything it returns as a cleanup function.',
        },
      ],
    },
  },
);
