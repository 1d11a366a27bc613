// ESLint flat config. The rules that matter most: only the platform's code calls browser-extension
// APIs (design.md, principle 4), so the CLI, tests and benchmarks run exactly the code users run;
// and the folders by where code runs import each other only as the table below allows.
import { existsSync } from 'node:fs';
import tseslint from 'typescript-eslint';

/**
 * Folders by where code runs (README, "Layout"), and which others each may import. The globs name
 * the folders of src/; where a folder does not exist (yet) its rules apply to nothing.
 *   core      pure TypeScript: analysis, nlp, article reading, notes, corrections, settings, style
 *   protocol  messages between background, content script, offscreen document and extension pages
 *   page      runs in the web page's tab: live-DOM snapshot, highlights, host element, page watching
 *   ui        Preact UI: sidebar, options page
 *   platform  the only code that calls browser.* / chrome.*
 *   cli       Node only
 */
const LAYOUT = {
  core: ['core'],
  protocol: ['core', 'protocol'],
  page: ['core', 'protocol', 'page'],
  ui: ['core', 'protocol', 'ui'],
  platform: ['core', 'protocol', 'platform'],
  cli: ['core', 'protocol', 'cli'],
};

/**
 * The page's and the UI's modules the platform imports to mount them: the content script creates
 * the host element, takes the page's snapshot, highlights, watches the page for changes and mounts
 * the sidebar in it; the options page's entry mounts its form. Nothing else of page/ or ui/ is the
 * platform's to reach; page/ and ui/ never import each other or the platform. A folder's name
 * stands for its index module.
 */
const MOUNTED = {
  page: ['host', 'take-snapshot', 'highlighter', 'preview', 'page-watch', 'article-edits', 'backoff', 'trusted-input'],
  ui: [
    'sidebar',
    'sidebar/types',
    'sidebar/flags',
    'options/OptionsForm',
    'options/CorrectionsSection',
    'options/options-css',
  ],
};

const FOLDERS = Object.keys(LAYOUT);
const BROWSER_APIS = 'Only src/platform/ calls browser-extension APIs; put that code there and pass in what it gives.';
const POLYFILL = { group: ['webextension-polyfill', 'webextension-polyfill/*'], message: BROWSER_APIS };
/** Before the move the platform's code is in extension/; after it, in src/platform/. */
const OUTSIDE_PLATFORM =
  'src/ must not use browser-extension APIs: that code goes in extension/ (src/platform/ after the move).';
const JSDOM = { group: ['jsdom', 'jsdom/*'], message: 'jsdom is for the command line (src/cli/) and the tests.' };
/**
 * A relative import that climbs out of its folder into `target` (a top-level folder of src/, or
 * extension/), but for the modules named in `except` (paths inside `target`, without extension).
 * No folder inside the top-level ones bears one of their names (scripts/move-layout.mts checks).
 */
const into = (target, except = []) => ({
  regex: except.length ? `^(\\.\\./)+${target}(/(?!(${except.join('|')})(/index)?$)|$)` : `^(\\.\\./)+${target}(/|$)`,
  message: except.length
    ? `Of ${target}/, this folder imports only ${except.join(', ')} (eslint.config.js, MOUNTED).`
    : `This folder does not import ${target}/ (eslint.config.js, LAYOUT).`,
});
const layoutRules = FOLDERS.map((folder) => ({
  files: [`src/${folder}/**/*.{ts,tsx,mts}`],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          ...FOLDERS.filter((f) => !LAYOUT[folder].includes(f)).map((f) =>
            into(f, folder === 'platform' ? (MOUNTED[f] ?? []) : []),
          ),
          into('extension'),
          ...(folder === 'platform' ? [] : [POLYFILL]),
          ...(folder === 'cli' ? [] : [JSDOM]),
        ],
      },
    ],
  },
}));

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
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Never render page or network data as HTML.',
        },
        {
          selector: "CallExpression[callee.property.name='insertAdjacentHTML']",
          message: 'Never parse page or network data as HTML.',
        },
      ],
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    // The platform is the one folder of src/ that calls browser APIs (once src/platform exists).
    ignores: ['src/platform/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['webextension-polyfill', 'webextension-polyfill/*'], message: OUTSIDE_PLATFORM },
            {
              group: ['**/extension/**', '../extension/*', '../../extension/*'],
              message: 'src/ never imports from extension/.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'browser', message: OUTSIDE_PLATFORM },
        { name: 'chrome', message: OUTSIDE_PLATFORM },
      ],
    },
  },
  ...layoutRules,
  {
    // The entry points left in extension/ after the move import the platform only.
    files: ['extension/**/*.{ts,tsx}'],
    ignores: existsSync('src/platform') ? [] : ['extension/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: ['page', 'ui', 'cli'].map((f) => ({
            regex: `^(\\.\\./)+src/${f}(/|$)`,
            message: `extension/ holds entry points that import src/platform/, not src/${f}/.`,
          })),
        },
      ],
    },
  },
  {
    // Tests may read serialised DOM to compare pages; the rule is for product code.
    files: ['tests/**', 'scripts/**'],
    rules: { 'no-restricted-properties': 'off', '@typescript-eslint/no-explicit-any': 'off' },
  },
);
