/// <reference types="vitest/config" />
/**
 * Builds Gloss for both browsers: `vite build` writes dist/chrome, then dist/firefox, each from
 * the same source with the build's browser switch (`__BROWSER__`, src/platform/background/browser-target.ts)
 * set, so each package holds only its browser's code. The per-browser manifest comes from
 * scripts/build/manifest.ts, the patches to bundled libraries from scripts/build/html-sinks.ts.
 *
 * - background.js, app/content-app.js and the options page are ES modules with shared chunks.
 * - content.js, the script every page gets, is a separate tiny IIFE (content scripts cannot be
 *   modules). It runs the cheap article check and imports app/content-app.js only once an article
 *   is found or the reader asks, so a page that is not an article loads almost nothing of Gloss.
 */
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { build, defineConfig, type Plugin, type UserConfig } from 'vite';
// `.js`: these TypeScript modules, named with the extension vite's config loader asks for.
import { removeHtmlSinks } from './scripts/build/html-sinks.js';
import { manifestText, type Browser } from './scripts/build/manifest.js';

const root = import.meta.dirname;
const pkg = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')) as { version: string };
/**
 * `GLOSS_BUILD=test` builds the test build into dist-test/: the same code, with the sidebar's
 * shadow root open, the browser tests' hooks in the background, and performance marks for the
 * benchmarks. The shipped build (dist/) has none of these (scripts/check-dist.ts asserts it).
 */
const testBuild = process.env.GLOSS_BUILD === 'test';
const outRoot = resolve(root, testBuild ? 'dist-test' : 'dist');
const outDir = (browser: Browser) => resolve(outRoot, browser);

const optionsHtml = resolve(root, 'extension/options/options.html');
const offscreenHtml = resolve(root, 'extension/offscreen/offscreen.html');

/** What every build shares, for one browser. */
function sharedFor(browser: Browser) {
  return {
    define: {
      __GLOSS_VERSION__: JSON.stringify(pkg.version),
      // Unit tests (vitest) run as the test build: they reach into the shadow root.
      __GLOSS_TEST_BUILD__: JSON.stringify(testBuild || process.env.VITEST !== undefined),
      __BROWSER__: JSON.stringify(browser),
    },
    oxc: { jsx: { runtime: 'automatic' as const, importSource: 'preact' } },
  };
}

/** The background, the options page and (Chrome only) the offscreen document. */
function extensionPagesBuild(browser: Browser): UserConfig['build'] {
  return {
    outDir: outDir(browser),
    emptyOutDir: true,
    target: 'es2022',
    minify: true,
    sourcemap: false,
    modulePreload: false,
    rollupOptions: {
      input: {
        background: resolve(root, 'extension/background.ts'),
        // scripts/check-dist.ts fails the build check if the options page is missing.
        ...(existsSync(optionsHtml) ? { options: optionsHtml } : {}),
        // Chrome's background has no DOM: this document of ours reads page snapshots there.
        ...(browser === 'chrome' ? { offscreen: offscreenHtml } : {}),
      },
      output: {
        entryFileNames: '[name].js',
        chunkFileNames: 'chunks/[name]-[hash].js',
        // The background's toolbar listeners in a chunk of their own that imports nothing, so it
        // is evaluated before the rest of the background (src/platform/background/early-listeners.ts).
        codeSplitting: {
          groups: [{ name: 'early-listeners', test: /src[\\/]platform[\\/]background[\\/]early-listeners\.ts$/ }],
        },
        assetFileNames: 'assets/[name]-[hash][extname]',
      },
    },
  };
}

/** The page side's modules loaded through the extension's URL (app/<name>.js). */
const PAGE_MODULES: [string, string][] = [
  ['content-app', 'src/platform/content/app.ts'],
  ['page-analyzer', 'src/platform/content/page-analyzer.ts'],
  ['page-extract', 'extension/content/page-extract.ts'],
];

/** Everything but the extension pages, into dist/<browser>: content scripts, model, icons, manifest. */
async function buildRest(browser: Browser): Promise<void> {
  const dir = outDir(browser);
  // The per-page content script: a classic script, no imports left in it.
  await build({
    configFile: false,
    logLevel: 'warn',
    ...sharedFor(browser),
    plugins: [removeHtmlSinks()],
    build: {
      outDir: dir,
      emptyOutDir: false,
      minify: true,
      lib: {
        entry: resolve(root, 'extension/content/loader.ts'),
        formats: ['iife'],
        name: 'glossContent',
        fileName: () => 'content.js',
      },
    },
  });
  // What the page loads later, each one file with no imports of shared chunks: the page
  // reaches them only through the per-session URL (src/platform/content/page-modules.ts).
  for (const [name, entry] of PAGE_MODULES) {
    await build({
      configFile: false,
      logLevel: 'warn',
      ...sharedFor(browser),
      plugins: [removeHtmlSinks()],
      build: {
        outDir: dir,
        emptyOutDir: false,
        minify: true,
        target: 'es2022',
        modulePreload: false,
        // Not lib mode: its ES output keeps whitespace. Exports are kept (content.js calls them).
        rollupOptions: {
          input: { [name]: resolve(root, entry) },
          preserveEntrySignatures: 'exports-only',
          output: { codeSplitting: false, entryFileNames: 'app/[name].js' },
        },
      },
    });
  }
  mkdirSync(resolve(dir, 'model'), { recursive: true });
  cpSync(resolve(root, 'assets/model/ner-model.json'), resolve(dir, 'model/ner-model.json'));
  cpSync(resolve(root, 'assets/icons'), resolve(dir, 'icons'), { recursive: true });
  writeFileSync(resolve(dir, 'manifest.json'), manifestText(root, browser));
}

/** After vite's own build (Chrome's extension pages): the rest of Chrome, then all of Firefox. */
function glossExtension(): Plugin {
  return {
    name: 'gloss-extension',
    apply: 'build',
    async closeBundle() {
      await buildRest('chrome');
      rmSync(outDir('firefox'), { recursive: true, force: true });
      await build({
        configFile: false,
        logLevel: 'warn',
        ...sharedFor('firefox'),
        plugins: [removeHtmlSinks()],
        build: extensionPagesBuild('firefox'),
      });
      await buildRest('firefox');
    },
  };
}

export default defineConfig({
  ...sharedFor('chrome'),
  plugins: [removeHtmlSinks(), glossExtension()],
  build: extensionPagesBuild('chrome'),
  test: {
    projects: [
      {
        extends: true,
        // Generous time-outs: CI machines are shared and can be heavily loaded. Time-outs only
        // catch hangs; no test asserts a duration (those figures live in `npm run bench`).
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.{ts,tsx}'],
          environment: 'node',
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 90_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
