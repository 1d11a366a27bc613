/**
 * `npm run test:dist`: checks the built extension for each browser.
 * - dist/chrome's manifest: a service-worker background, no Firefox-only keys, every file it names exists.
 * - dist/firefox's manifest: browser_specific_settings.gecko and background.scripts.
 * - `web-ext lint` on dist/firefox: 0 errors and 0 warnings.
 * Exits 1 on any failure and prints a closing "N passed, N failed" line.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { filesNamedBy } from './build/manifest';

const root = resolve(import.meta.dirname, '..');
const results: { name: string; ok: boolean; detail?: string }[] = [];
const check = (name: string, ok: boolean, detail?: string) => results.push({ name, ok, detail });

type Manifest = Record<string, any>;
const read = (dir: string): Manifest | null => {
  const p = resolve(root, 'dist', dir, 'manifest.json');
  return existsSync(p) ? JSON.parse(readFileSync(p, 'utf8')) : null;
};

/** Every file a manifest refers to, and the page's and model files it loads. */
const referencedFiles = (m: Manifest): string[] => [...filesNamedBy(m), 'app/content-app.js', 'model/ner-model.json'];

const chrome = read('chrome');
const firefox = read('firefox');
check('dist/chrome/manifest.json exists', chrome !== null);
check('dist/firefox/manifest.json exists', firefox !== null);
if (chrome) {
  check(
    'chrome: background is a service worker',
    typeof chrome.background?.service_worker === 'string' && !chrome.background?.scripts,
  );
  check('chrome: no Firefox-only keys', !('browser_specific_settings' in chrome) && !('sidebar_action' in chrome));
  for (const f of referencedFiles(chrome)) check(`chrome: ${f} exists`, existsSync(resolve(root, 'dist/chrome', f)));
  check('chrome: manifest_version 3', chrome.manifest_version === 3);
  // Page snapshots are read in an offscreen document in Chrome (no DOM in its service worker).
  check(
    'chrome: offscreen permission and document',
    (chrome.permissions ?? []).includes('offscreen') &&
      existsSync(resolve(root, 'dist/chrome/extension/offscreen/offscreen.html')),
  );
}
if (firefox) {
  check(
    'firefox: browser_specific_settings.gecko.id',
    typeof firefox.browser_specific_settings?.gecko?.id === 'string',
  );
  // Names taken from the page go to Wikipedia once the reader says yes: optional website content.
  const dcp = firefox.browser_specific_settings?.gecko?.data_collection_permissions;
  check(
    'firefox: data collection declared (required none, optional websiteContent)',
    JSON.stringify(dcp?.required) === '["none"]' && JSON.stringify(dcp?.optional) === '["websiteContent"]',
  );
  check(
    'firefox: background.scripts',
    Array.isArray(firefox.background?.scripts) && !firefox.background?.service_worker,
  );
  check(
    'firefox: no offscreen permission, document or code',
    !(firefox.permissions ?? []).includes('offscreen') &&
      !existsSync(resolve(root, 'dist/firefox/extension/offscreen')) &&
      !readdirSync(resolve(root, 'dist/firefox/chunks')).some((f) =>
        readFileSync(resolve(root, 'dist/firefox/chunks', f), 'utf8').includes('createDocument'),
      ),
  );
  for (const f of referencedFiles(firefox)) check(`firefox: ${f} exists`, existsSync(resolve(root, 'dist/firefox', f)));
}
/** Every built script of a dist folder, as text. */
function scripts(dir: string): { file: string; text: string }[] {
  const out: { file: string; text: string }[] = [];
  const walk = (rel: string) => {
    for (const e of readdirSync(resolve(root, 'dist', dir, rel), { withFileTypes: true })) {
      const r = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) walk(r);
      else if (e.name.endsWith('.js')) out.push({ file: r, text: readFileSync(resolve(root, 'dist', dir, r), 'utf8') });
    }
  };
  walk('');
  return out;
}

// The shipped build: no test hooks, no marks a page could read, a closed shadow root, and the
// files a page may load reachable only through the per-session URL (Chrome), each whole: a
// relative import would reach shared chunks through the fixed URL, which Chrome refuses.
for (const [dir, m] of [
  ['chrome', chrome],
  ['firefox', firefox],
] as const) {
  if (!m) continue;
  const files = scripts(dir);
  // prettier-ignore
  for (const hook of ['glossBackground', 'glossWikipedia', 'glossToolbarClicks', 'setBaseUrl', 'gloss:content-start', 'performance.mark(']) {
    const hits = files.filter((f) => f.text.includes(hook)).map((f) => f.file);
    check(`${dir}: no "${hook}" in the shipped build`, hits.length === 0, hits.join(', '));
  }
  const pageFiles = files.filter((f) => f.file.startsWith('app/'));
  const relative = pageFiles
    .filter((f) => /\bfrom\s*["'`]\.{1,2}\/|\bimport\s*\(\s*["'`]\.{1,2}\//.test(f.text))
    .map((f) => f.file);
  check(
    `${dir}: the page's files (${pageFiles.length}) import nothing by relative path`,
    pageFiles.length >= 3 && relative.length === 0,
    relative.join(', '),
  );
  const war = (m.web_accessible_resources ?? []) as Manifest[];
  check(
    `${dir}: web-accessible files are app/* and model/* only, through the dynamic URL`,
    war.length > 0 &&
      war.every(
        (w) => w.use_dynamic_url === true && (w.resources as string[]).every((r) => r === 'app/*' || r === 'model/*'),
      ),
  );
  const attach = files.filter((f) => f.text.includes('attachShadow('));
  check(
    `${dir}: the sidebar's shadow root is closed`,
    attach.length > 0 &&
      attach.every((f) => !/attachShadow\(\{mode:["'`]open/.test(f.text)) &&
      attach.some((f) => /attachShadow\(\{mode:["'`]closed/.test(f.text)),
    attach.map((f) => f.file).join(', '),
  );
}

if (firefox) {
  try {
    const out = execFileSync(
      resolve(root, 'node_modules/.bin/web-ext'),
      ['lint', '--source-dir', resolve(root, 'dist/firefox'), '--output', 'json', '--boring'],
      {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    const report = JSON.parse(out.slice(out.indexOf('{'))) as {
      count: number;
      summary: { errors: number; warnings: number; notices: number };
      errors: any[];
      warnings: any[];
    };
    const { errors, warnings, notices } = report.summary;
    const detail = [...report.errors, ...report.warnings]
      .map((x) => `${x.code}: ${x.message} (${x.file ?? ''})`)
      .join('; ');
    check(
      `web-ext lint: ${errors} errors, ${warnings} warnings, ${notices} notices`,
      errors === 0 && warnings === 0,
      detail,
    );
  } catch (e) {
    const err = e as { stdout?: string; message: string };
    let detail = err.message;
    try {
      const report = JSON.parse((err.stdout ?? '').slice((err.stdout ?? '').indexOf('{')));
      detail = [...report.errors, ...report.warnings]
        .map((x: any) => `${x.code}: ${x.message} (${x.file ?? ''})`)
        .join('; ');
    } catch {
      /* keep the process error */
    }
    check('web-ext lint', false, detail);
  }
}

for (const r of results)
  console.log(`${r.ok ? 'ok  ' : 'FAIL'} ${r.name}${r.detail && !r.ok ? `\n     ${r.detail}` : ''}`);
const failed = results.filter((r) => !r.ok).length;
console.log(`dist: ${results.length - failed} passed, ${failed} failed`);
process.exitCode = failed ? 1 : 0;
