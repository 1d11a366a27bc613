// ESLint flat config. The one rule that matters most: src/ is the product core and must stay
// free of browser-extension APIs (design.md, principle 4), so the CLI, tests and benchmarks run
// exactly the code users run.
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'dist-test/**', 'node_modules/**', 'test-output/**', '.eval-cache/**', 'scratch/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Page and network data is shown as text, never parsed as HTML.
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'Use textContent or Preact; never parse page or network data as HTML.' },
        { property: 'outerHTML', message: 'Use textContent or Preact; never parse page or network data as HTML.' },
      ],
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Never render page or network data as HTML.' },
        { selector: "CallExpression[callee.property.name='insertAdjacentHTML']", message: 'Never parse page or network data as HTML.' },
      ],
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['webextension-polyfill', 'webextension-polyfill/*'], message: 'src/ must not use browser-extension APIs; put that code in extension/.' },
            { group: ['**/extension/**', '../extension/*', '../../extension/*'], message: 'src/ never imports from extension/.' },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'browser', message: 'src/ must not use browser-extension APIs; put that code in extension/.' },
        { name: 'chrome', message: 'src/ must not use browser-extension APIs; put that code in extension/.' },
      ],
    },
  },
  {
    // Tests may read serialised DOM to compare pages; the rule is for product code.
    files: ['tests/**', 'scripts/**'],
    rules: { 'no-restricted-properties': 'off', '@typescript-eslint/no-explicit-any': 'off' },
  },
);
