/** The store packages' zip writer and their checks (scripts/package/). */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintExtensionPackage, lintSourcesPackage } from '../../scripts/package/lint';
import { readZip, writeZip, type ZipEntry } from '../../scripts/package/zip';
import { manifestFor, readManifestSources } from '../../scripts/build/manifest';
import { ROOT } from '../helpers/fixtures';

const entry = (name: string, text: string): ZipEntry => ({ name, data: Buffer.from(text) });

describe('zip archives', () => {
  const files = [entry('b/two.txt', 'two '.repeat(500)), entry('a.json', '{"x":1}'), entry('ü/bin', '\u0000\u0001')];

  it('read back as written, sorted by name', () => {
    const back = readZip(writeZip(files));
    expect(back.map((e) => e.name)).toEqual(['a.json', 'b/two.txt', 'ü/bin']);
    for (const e of back) expect(e.data.equals(files.find((f) => f.name === e.name)!.data)).toBe(true);
  });

  it('are the same bytes for the same files', () => {
    expect(writeZip(files).equals(writeZip([...files].reverse()))).toBe(true);
  });

  it('refuse names that climb out of the archive', () => {
    expect(() => writeZip([entry('../x', '')])).toThrow(/bad entry name/);
    expect(() => writeZip([entry('/etc/x', '')])).toThrow(/bad entry name/);
  });

  it.skipIf(!existsSync('/usr/bin/unzip'))('pass unzip -t', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'gloss-zip-')), 't.zip');
    writeFileSync(file, writeZip(files));
    const run = spawnSync('/usr/bin/unzip', ['-tq', file], { encoding: 'utf8' });
    expect(run.status, run.stdout + run.stderr).toBe(0);
  });
});

describe('package checks', () => {
  const { base, version } = readManifestSources(ROOT);
  const extension = (browser: 'chrome' | 'firefox', manifest = manifestFor(base, browser, version)): ZipEntry[] => [
    entry('manifest.json', JSON.stringify(manifest)),
    ...[
      'background.js',
      'content.js',
      'extension/options/options.html',
      'app/content-app.js',
      'model/ner-model.json',
    ].map((f) => entry(f, 'x')),
    ...[16, 32, 48, 128].map((s) => entry(`icons/gloss-${s}.png`, 'png')),
  ];

  it('pass a complete package for each browser', () => {
    expect(lintExtensionPackage(extension('chrome'), 1000, 'chrome', version)).toEqual([]);
    expect(lintExtensionPackage(extension('firefox'), 1000, 'firefox', version)).toEqual([]);
  });

  it('name a missing file, a wrong version, a long description, a source map and the wrong background', () => {
    const entries = extension('chrome', {
      ...manifestFor(base, 'firefox', version),
      version: '0.0.1',
      description: 'x'.repeat(200),
    })
      .filter((e) => e.name !== 'content.js')
      .concat(entry('background.js.map', '{}'));
    const problems = lintExtensionPackage(entries, 1000, 'chrome', version);
    expect(problems).toEqual(
      expect.arrayContaining([
        'content.js is named by the manifest but not in the package',
        `manifest version 0.0.1 is not package.json's ${version}`,
        'description is 200 characters (at most 132)',
        'background.js.map should not be in the package',
        'Chrome: the background is not a service worker',
        'Chrome: browser_specific_settings is Firefox-only',
      ]),
    );
    expect(lintExtensionPackage(extension('chrome'), 30 * 1024 * 1024, 'chrome', version)).toEqual([
      expect.stringMatching(/^the package is \d+ bytes/),
    ]);
  });

  it('find the sources complete, with the note, and nothing installed or built in them', () => {
    // prettier-ignore
    const sources = ['package.json', 'package-lock.json', 'manifest.json', 'vite.config.ts', 'NOTE.md', 'src/a.ts', 'extension/b.ts', 'scripts/build/c.ts'].map((f) => entry(f, 'x'));
    expect(lintSourcesPackage(sources, 1000, 'NOTE.md')).toEqual([]);
    const bad = sources
      .filter((e) => e.name !== 'NOTE.md')
      .concat(entry('node_modules/x/index.js', ''), entry('dist/chrome/background.js', ''));
    expect(lintSourcesPackage(bad, 1000, 'NOTE.md')).toEqual([
      'NOTE.md is missing',
      'node_modules/x/index.js is not a source file',
      'dist/chrome/background.js is not a source file',
    ]);
  });
});
