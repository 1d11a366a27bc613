/**
 * The byte budgets of the performance targets, the only deterministic performance figures (timings are measured
 * by `npm run bench` and never asserted):
 * - what a page that is not an article loads of Gloss (the manifest's content scripts, i.e.
 *   content.js) is at most 30 KB gzipped;
 * - the model file is at most 2 MB uncompressed.
 *
 * It reads dist/chrome. When dist/ is absent, or older than any file the build reads (src/,
 * extension/, assets/, scripts/build/, manifest.json, vite.config.ts, package.json), the test builds it first with
 * vite's build() and the project's own config, so it never passes on a missing or stale build.
 */
import { resolve } from 'node:path';
import { describe, expect, it, beforeAll } from 'vitest';
import {
  BUDGET,
  DIST,
  distMissing,
  measureBytes,
  newestSourceMtime,
  oldestDistMtime,
  type BytesReport,
} from '../bench/bytes';
import { ROOT } from '../helpers/fixtures';

let report: BytesReport;

beforeAll(async () => {
  const missing = distMissing();
  const stale = !missing && oldestDistMtime() < newestSourceMtime();
  if (missing || stale) {
    const { build } = await import('vite');
    await build({ configFile: resolve(ROOT, 'vite.config.ts'), logLevel: 'warn', mode: 'production' });
    const still = distMissing();
    if (still) throw new Error(`vite build ran but ${still}`);
  }
  report = measureBytes(DIST);
}, 120_000);

describe('byte budgets (dist/chrome)', () => {
  it('a page that is not an article loads only content.js, at most 30 KB gzipped', () => {
    expect(report.everyPage.map((f) => f.file)).toEqual(['content.js']);
    const gz = report.everyPage.reduce((a, f) => a + f.gzip, 0);
    expect(gz).toBeGreaterThan(0);
    expect(gz, `content.js is ${gz} bytes gzipped`).toBeLessThanOrEqual(BUDGET.contentGzip);
  });

  it('content.js does not carry the analyser, the model or the sidebar', () => {
    // Those load with app/content-app.js; the content script holds only the cheap check.
    expect(report.content.raw).toBeLessThan(report.appTotal.raw / 4);
  });

  it('the model file is at most 2 MB uncompressed', () => {
    expect(report.model.raw).toBeGreaterThan(100 * 1024);
    expect(report.model.raw, `model is ${report.model.raw} bytes`).toBeLessThanOrEqual(BUDGET.modelRaw);
  });
});
