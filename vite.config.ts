/// <reference types="vitest/config" />
/**
 * Builds Gloss for both browsers: `vite build` writes dist/chrome and dist/firefox from one
 * source and one manifest.json, patched per browser (the only differences are the background
 * key and Firefox's browser_specific_settings).
 *
 * - background.js, app/content-app.js and the options page are ES modules with shared chunks.
 * - content.js, the script every page gets, is a separate tiny IIFE (content scripts cannot be
 *   modules). It runs the cheap article check and imports app/content-app.js only once an article
 *   is found or the reader asks, so a page that is not an article loads almost nothing of Gloss.
 */
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { build, defineConfig, type Plugin } from 'vite';

const root = import.meta.dirname;
const pkg = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')) as { version: string };
/**
 * `GLOSS_BUILD=test` builds the test build into dist-test/: the same code, with the sidebar's
 * shadow root open, the browser tests' hooks in the background, and performance marks for the
 * benchmarks. The shipped build (dist/) has none of these (scripts/check-dist.ts asserts it).
 */
const testBuild = process.env.GLOSS_BUILD === 'test';
const outRoot = resolve(root, testBuild ? 'dist-test' : 'dist');
const chromeDir = resolve(outRoot, 'chrome');
const firefoxDir = resolve(outRoot, 'firefox');

const optionsHtml = resolve(root, 'extension/options/options.html');
const offscreenHtml = resolve(root, 'extension/offscreen/offscreen.html');

export const GECKO_ID = 'gloss@gloss-reader.org';

type Manifest = Record<string, unknown> & { background?: Record<string, unknown> };

export function manifestFor(browser: 'chrome' | 'firefox'): Manifest {
  const base = JSON.parse(readFileSync(resolve(root, 'manifest.json'), 'utf8')) as Manifest;
  base.version = pkg.version;
  if (browser === 'firefox') {
    base.background = { scripts: ['background.js'], type: 'module' };
    base.browser_specific_settings = {
      // 140 / 142: the first versions that know data_collection_permissions. Gloss needs nothing to
      // work; with the reader's yes it sends a name taken from the page to Wikipedia: website content.
      gecko: {
        id: GECKO_ID,
        strict_min_version: '140.0',
        data_collection_permissions: { required: ['none'], optional: ['websiteContent'] },
      },
      gecko_android: { strict_min_version: '142.0' },
    };
  } else {
    delete base.browser_specific_settings;
    // Chrome's background has no DOM: an offscreen document reads page snapshots (Firefox's
    // background page has a DOM and needs no such permission).
    base.permissions = [...((base.permissions as string[] | undefined) ?? []), 'offscreen'];
  }
  return base;
}

const shared = {
  // Unit tests (vitest) run as the test build: they reach into the shadow root.
  define: { __GLOSS_VERSION__: JSON.stringify(pkg.version), __GLOSS_TEST_BUILD__: JSON.stringify(testBuild || process.env.VITEST !== undefined) },
  oxc: { jsx: { runtime: 'automatic' as const, importSource: 'preact' } },
};

/**
 * Removes the HTML-parsing sinks from the libraries we bundle, so the built extension holds no
 * `innerHTML =` at all (and `web-ext lint` has nothing to warn about):
 * - Readability parses two strings on its own detached clone of the page; DOMParser does the
 *   same job into an inert document.
 * - Preact's dangerouslySetInnerHTML, which Gloss never uses (ESLint forbids it), now throws.
 * A library update that changes these lines fails the build, so this is never silently skipped.
 */
const SINK_PATCHES: { file: RegExp; from: string; to: string }[] = [
  {
    file: /@mozilla\/readability\/Readability\.js$/,
    from: 'page.innerHTML = pageCacheHtml;',
    to: "page.replaceChildren(...new DOMParser().parseFromString('<body>' + pageCacheHtml, 'text/html').body.childNodes);",
  },
  {
    file: /@mozilla\/readability\/Readability\.js$/,
    from: 'tmp.innerHTML = noscript.innerHTML;',
    to: "tmp.replaceChildren(...new DOMParser().parseFromString('<body>' + noscript.innerHTML, 'text/html').body.childNodes);",
  },
  {
    file: /preact\/dist\/preact\.mjs$/,
    from: '(t.innerHTML=h.__html)',
    to: '(()=>{throw Error("Gloss never renders HTML")})()',
  },
];

function removeHtmlSinks(): Plugin {
  return {
    name: 'gloss-remove-html-sinks',
    // Build only: Node (the CLI, unit tests) has no DOMParser and no extension to lint.
    apply: 'build',
    enforce: 'pre',
    transform(code, id) {
      let out = code;
      for (const p of SINK_PATCHES) {
        if (!p.file.test(id)) continue;
        if (!out.includes(p.from)) this.error(`${id}: expected \`${p.from}\` to patch; the library changed, review SINK_PATCHES`);
        out = out.replace(p.from, p.to);
      }
      return out === code ? null : { code: out, map: null };
    },
  };
}

/** Every .js file under `dir`, relative to it. */
function builtScripts(dir: string, rel = ''): string[] {
  return readdirSync(resolve(dir, rel), { withFileTypes: true }).flatMap((e) => {
    const r = rel ? `${rel}/${e.name}` : e.name;
    return e.isDirectory() ? builtScripts(dir, r) : e.name.endsWith('.js') ? [r] : [];
  });
}

/** The page side's modules loaded through the extension's URL (app/<name>.js). */
const PAGE_MODULES: [string, string][] = [
  ['content-app', 'extension/content/app.ts'],
  ['page-analyzer', 'extension/content/page-analyzer.ts'],
  ['page-extract', 'extension/content/page-extract.ts'],
];

function glossExtension(): Plugin {
  return {
    name: 'gloss-extension',
    apply: 'build',
    async closeBundle() {
      // The per-page content script: a classic script, no imports left in it.
      await build({
        configFile: false,
        logLevel: 'warn',
        ...shared,
        plugins: [removeHtmlSinks()],
        build: {
          outDir: chromeDir,
          emptyOutDir: false,
          minify: true,
          lib: { entry: resolve(root, 'extension/content/loader.ts'), formats: ['iife'], name: 'glossContent', fileName: () => 'content.js' },
        },
      });
      // What the page loads later, each one file with no imports of shared chunks: the page
      // reaches them only through the per-session URL (extension/content/page-modules.ts).
      for (const [name, entry] of PAGE_MODULES) {
        await build({
          configFile: false,
          logLevel: 'warn',
          ...shared,
          plugins: [removeHtmlSinks()],
          build: {
            outDir: chromeDir,
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
      mkdirSync(resolve(chromeDir, 'model'), { recursive: true });
      cpSync(resolve(root, 'assets/model/ner-model.json'), resolve(chromeDir, 'model/ner-model.json'));
      cpSync(resolve(root, 'assets/icons'), resolve(chromeDir, 'icons'), { recursive: true });
      writeFileSync(resolve(chromeDir, 'manifest.json'), `${JSON.stringify(manifestFor('chrome'), null, 2)}\n`);
      rmSync(firefoxDir, { recursive: true, force: true });
      cpSync(chromeDir, firefoxDir, { recursive: true });
      // Chrome-only code stays out of the Firefox package: the offscreen document (Firefox's
      // background page has a DOM of its own) and the module that opens it, which becomes a stub.
      rmSync(resolve(firefoxDir, 'offscreen.js'), { force: true });
      rmSync(resolve(firefoxDir, 'extension/offscreen'), { recursive: true, force: true });
      // The Chrome-only module becomes a stub with the same public exports. Every file that uses
      // it must import those names from the entry itself (not a chunk holding its code), or the
      // real code would stay: checked here, so a change of the bundler's layout fails the build.
      const stubbed = ['copyInOffscreen', 'readInOffscreen'];
      for (const file of builtScripts(firefoxDir)) {
        const code = readFileSync(resolve(firefoxDir, file), 'utf8');
        for (const imp of code.matchAll(/import\s*\{([^}]*)\}\s*from\s*["'`]([^"'`]*chrome-offscreen[^"'`]*)["'`]/g)) {
          const names = [...imp[1]!.matchAll(/(\w+)(?:\s+as\s+\w+)?/g)].map((x) => x[1]!);
          if (!/(^|\/)chrome-offscreen\.js$/.test(imp[2]!) || names.some((n) => !stubbed.includes(n))) {
            this.error(`${file}: imports ${names.join(', ')} from ${imp[2]}; the Firefox stub of chrome-offscreen.js covers only ${stubbed.join(', ')} from the entry`);
          }
        }
      }
      writeFileSync(
        resolve(firefoxDir, 'chrome-offscreen.js'),
        stubbed.map((n) => `export function ${n}() { throw new Error('Gloss: no offscreen documents in Firefox'); }\n`).join(''),
      );
      writeFileSync(resolve(firefoxDir, 'manifest.json'), `${JSON.stringify(manifestFor('firefox'), null, 2)}\n`);
    },
  };
}

export default defineConfig({
  ...shared,
  plugins: [removeHtmlSinks(), glossExtension()],
  build: {
    outDir: chromeDir,
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
        offscreen: offscreenHtml,
        'chrome-offscreen': resolve(root, 'extension/offscreen/chrome-offscreen.ts'),
      },
      output: {
        entryFileNames: '[name].js',
        chunkFileNames: 'chunks/[name]-[hash].js',
        // The background's toolbar listeners in a chunk of their own that imports nothing, so it
        // is evaluated before the rest of the background (extension/early-listeners.ts).
        codeSplitting: { groups: [{ name: 'early-listeners', test: /extension[\\/]early-listeners\.ts$/ }] },
        assetFileNames: 'assets/[name]-[hash][extname]',
      },
    },
  },
  test: {
    projects: [
      {
        extends: true,
        // Generous time-outs: CI machines are shared and can be heavily loaded. Time-outs only
        // catch hangs; no test asserts a duration (those figures live in `npm run bench`).
        test: { name: 'unit', include: ['tests/unit/**/*.test.{ts,tsx}'], environment: 'node', testTimeout: 30_000, hookTimeout: 60_000 },
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
