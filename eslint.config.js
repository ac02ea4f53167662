import tseslint from 'typescript-eslint';
import { configs as litConfigs } from 'eslint-plugin-lit';

/** Packages no file may import (or only some names of): repeated in every folder block below. */
const RESTRICTED_PATHS = [
  { name: 'd3-axis', message: 'Let Lit own the DOM: draw axes in templates from scale.ticks().' },
  {
    name: 'd3-brush',
    message: 'Let Lit own the DOM: the overview brush is a Lit template driven by the brush controller.',
  },
  {
    name: 'd3-dsv',
    importNames: ['csvParse', 'dsvFormat', 'tsvParse'],
    message: 'These compile with new Function; use csvParseRows (strict CSP).',
  },
];

/** A pattern matching relative imports of these folders of `src/` from inside `src/`: `../../components/x.js`. */
const folders = (...names) => `^(\\.\\./)+(${names.join('|')})(/|$)`;
/** Relative imports that leave the folder for anything but `data/`: another folder, or an entry module. */
const NOT_DATA = '^(\\.\\./)+(?!data/)';

/**
 * The architecture: imports run one way, data ← layout ← (i18n, format) ← render ← controllers ← components.
 * ESLint gives each file the options of the last block that sets a rule, so every block repeats RESTRICTED_PATHS.
 */
const layer = (files, ...patterns) => ({
  files,
  rules: { 'no-restricted-imports': ['error', { paths: RESTRICTED_PATHS, patterns }] },
});
/** The entry modules at the root of `src/`, which only each other import. */
const entries = {
  regex: '^(\\.\\./)+(index|elements|bundle|react|cli)\\.js$',
  message: 'Only the entry modules import the entry modules.',
};

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'storybook-static/', '.cache/', 'coverage/', 'custom-elements.json'] },
  ...tseslint.configs.recommended,
  litConfigs['flat/recommended'],
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-properties': [
        'error',
        {
          object: 'd3',
          property: 'csvParse',
          message: 'csvParse compiles with new Function; use csvParseRows (strict CSP).',
        },
      ],
      'no-restricted-imports': ['error', { paths: RESTRICTED_PATHS }],
    },
  },
  {
    files: ['src/**/*.ts'],
    rules: {
      'max-lines': ['error', { max: 400, skipBlankLines: true, skipComments: true }],
      'max-len': ['error', { code: 120, ignoreUrls: true, ignoreRegExpLiterals: true }],
    },
  },
  layer(
    ['src/data/**'],
    { regex: NOT_DATA, message: 'data/ is the ground floor: it imports nothing else from src/.' },
    {
      regex: '^(lit|lit-html|lit-element)(/|$)|^@lit(-labs)?/',
      message: 'data/ is pure: no lit, no DOM (templates belong in render/).',
    },
  ),
  layer(
    ['src/layout/**'],
    { regex: NOT_DATA, message: 'layout/ imports only data/ (and d3-* packages).' },
    {
      regex: '^(?![.]|d3-)',
      message: 'layout/ is pure: of the packages it imports only d3-* (no lit, no DOM: templates belong in render/).',
    },
  ),
  layer(
    ['src/i18n/**', 'src/format/**'],
    { regex: folders('render', 'controllers', 'components'), message: 'i18n/ and format/ sit below render/.' },
    entries,
  ),
  layer(
    ['src/render/**'],
    {
      regex: folders('controllers', 'components'),
      message: 'render/ holds templates and painters, functions of their arguments: no controllers, no components.',
    },
    entries,
  ),
  layer(
    ['src/controllers/**'],
    { regex: folders('components'), message: 'Controllers import no component: the element wires them.' },
    {
      regex: '(^\\./|/controllers/)[^/]*-controller(\\.js)?$',
      message: 'A controller imports no other controller: the element wires them together with callbacks.',
    },
    entries,
  ),
  // The one exception: a loader is the lazy half of its own controller, the code-split point of one feature.
  layer(
    ['src/controllers/*-loader.ts'],
    { regex: folders('components'), message: 'Controllers import no component: the element wires them.' },
    entries,
  ),
  layer(
    ['src/derive/**'],
    { regex: NOT_DATA, message: 'derive/ reads articles into datasets: it imports only data/.' },
    {
      regex: '^(lit|lit-html|lit-element)(/|$)|^@lit(-labs)?/',
      message: 'derive/ is pure TypeScript for Node and browsers: no lit, no DOM.',
    },
  ),
  {
    files: ['**/*.mjs', '**/*.js', 'scripts/**'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
  },
);
