import tseslint from 'typescript-eslint';
import { configs as litConfigs } from 'eslint-plugin-lit';

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
        { object: 'd3', property: 'csvParse', message: 'csvParse compiles with new Function; use csvParseRows (strict CSP).' },
      ],
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'd3-axis', message: 'Let Lit own the DOM: draw axes in templates from scale.ticks().' },
            { name: 'd3-brush', message: 'Let Lit own the DOM: the overview brush is a Lit template with a drag controller.' },
            { name: 'd3-dsv', importNames: ['csvParse', 'dsvFormat', 'tsvParse'], message: 'These compile with new Function; use csvParseRows (strict CSP).' },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.mjs', '**/*.js', 'scripts/**'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
  },
);
