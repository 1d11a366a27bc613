/**
 * `npm run package` (after `npm run build`): the store packages, in dist-packages/ (git-ignored):
 * - gloss-chrome-<version>.zip: dist/chrome, for the Chrome Web Store;
 * - gloss-firefox-<version>.zip: dist/firefox, for addons.mozilla.org (AMO);
 * - gloss-sources-<version>.zip: the repository's sources with a build note, which AMO asks for
 *   because the add-on's code is bundled and minified.
 * Each zip is read back and checked (lint.ts); the Firefox one also goes through `web-ext lint`.
 * Exits 1 on any problem.
 */
import { execFileSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { BROWSERS, readManifestSources } from '../build/manifest';
import { lintExtensionPackage, lintSourcesPackage, NOT_SOURCES } from './lint';
import { readZip, writeZip, type ZipEntry } from './zip';

const root = resolve(import.meta.dirname, '../..');
const outDir = resolve(root, 'dist-packages');
const NOTE = 'BUILDING-FROM-SOURCES.md';

/** Every file under `dir`, as zip entries named relative to it. */
function filesUnder(dir: string): ZipEntry[] {
  const out: ZipEntry[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else out.push({ name: relative(dir, p).split('\\').join('/'), data: readFileSync(p) });
    }
  };
  walk(dir);
  return out;
}

const git = (...args: string[]) => execFileSync('git', args, { cwd: root, encoding: 'utf8' });

/** The repository's files as they are in the working tree: tracked or new, never git-ignored. */
function sourceFiles(): ZipEntry[] {
  const listed = git('ls-files', '-z', '--cached', '--others', '--exclude-standard').split('\0').filter(Boolean);
  return [...new Set(listed)]
    .filter(
      (f) =>
        !NOT_SOURCES.some((re) => re.test(f)) && existsSync(resolve(root, f)) && statSync(resolve(root, f)).isFile(),
    )
    .map((f) => ({ name: f, data: readFileSync(resolve(root, f)) }));
}

function buildNote(version: string): string {
  const commit = git('rev-parse', 'HEAD').trim();
  const changed = git('status', '--porcelain').trim() !== '';
  const engines =
    (JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')) as { engines?: { node?: string } }).engines
      ?.node ?? 'current';
  return `# Building Gloss ${version} from these sources

These are the sources of the Gloss add-on, from commit ${commit}${changed ? ' with uncommitted changes' : ''}
(without node_modules/, the builds and the evaluation corpora, which the build does not read).

Requirements: Node.js ${engines} with npm (packaged with Node.js ${process.version}), on Linux or macOS.

    npm ci
    npm run build

The Firefox add-on is then dist/firefox/, the files of gloss-firefox-${version}.zip
(\`npm run package\` builds that zip into dist-packages/ and checks it).

- vite (vite.config.ts) bundles and minifies TypeScript from src/ and extension/; the
  libraries come from npm at the versions package-lock.json pins. Nothing else is downloaded.
- scripts/build/html-sinks.ts changes three lines of the bundled libraries at build time
  (Readability, Preact) so that the package assigns no innerHTML.
- assets/model/ner-model.json is the entity recogniser's trained weights, as JSON; \`npm run
  train:ner\` retrains it from the CoNLL-2003 and wikigold corpora, which are not included.
`;
}

function webExtLint(zip: Buffer): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'gloss-amo-'));
  try {
    for (const e of readZip(zip)) {
      mkdirSync(dirname(join(dir, e.name)), { recursive: true });
      writeFileSync(join(dir, e.name), e.data);
    }
    let out: string;
    try {
      out = execFileSync(
        resolve(root, 'node_modules/.bin/web-ext'),
        ['lint', '--source-dir', dir, '--output', 'json', '--boring'],
        { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] },
      );
    } catch (e) {
      // web-ext exits non-zero on errors; its report is still on stdout.
      out = (e as { stdout?: string }).stdout ?? '';
      if (!out.includes('{')) return [`web-ext lint did not run: ${(e as Error).message}`];
    }
    type Finding = { code: string; message: string; file?: string };
    const report = JSON.parse(out.slice(out.indexOf('{'))) as { errors: Finding[]; warnings: Finding[] };
    return [...report.errors, ...report.warnings].map(
      (x) => `web-ext lint: ${x.code}: ${x.message}${x.file ? ` (${x.file})` : ''}`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function main(): number {
  const { version } = readManifestSources(root);
  mkdirSync(outDir, { recursive: true });
  let failed = 0;
  const report = (file: string, zip: Buffer, problems: string[]) => {
    writeFileSync(resolve(outDir, file), zip);
    console.log(`${problems.length ? 'FAIL' : 'ok  '} dist-packages/${file} (${zip.length} bytes)`);
    for (const p of problems) console.log(`     ${p}`);
    failed += problems.length ? 1 : 0;
  };
  for (const browser of BROWSERS) {
    const dist = resolve(root, 'dist', browser);
    if (!existsSync(resolve(dist, 'manifest.json'))) {
      console.error(`package: ${relative(root, dist)} is not built (npm run build)`);
      return 1;
    }
    const zip = writeZip(filesUnder(dist));
    const problems = lintExtensionPackage(readZip(zip), zip.length, browser, version);
    if (browser === 'firefox') problems.push(...webExtLint(zip));
    report(`gloss-${browser}-${version}.zip`, zip, problems);
  }
  const sources = writeZip([...sourceFiles(), { name: NOTE, data: Buffer.from(buildNote(version)) }]);
  report(`gloss-sources-${version}.zip`, sources, lintSourcesPackage(readZip(sources), sources.length, NOTE));
  console.log(`package: ${3 - failed} of 3 packages ok`);
  return failed ? 1 : 0;
}

process.exitCode = main();
