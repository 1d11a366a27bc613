/**
 * Bytes of the built extension (dist/chrome; dist/firefox holds the same files) and the model's
 * load + parse time. Exported for `npm run bench` and for tests/unit/budget.test.ts (the byte
 * budgets are the only deterministic performance figures, so only they are asserted).
 *
 * "Gzipped" is zlib's gzip at level 9, the size a compressed transfer or store would have; the
 * browser reads an installed extension's files from disk uncompressed, so the raw size is what
 * it parses.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parseNerModel } from '../../src/core/nlp/ner/model';
import { ROOT } from '../helpers/fixtures';
import { fmtBytes, median } from './stats';

export const DIST = resolve(ROOT, 'dist/chrome');
export const MODEL_SOURCE = resolve(ROOT, 'assets/model/ner-model.json');

/** The byte budgets of the performance targets. */
export const BUDGET = {
  /** what every page gets: content.js, gzipped */
  contentGzip: 30 * 1024,
  /** the model file, uncompressed */
  modelRaw: 2 * 1024 * 1024,
} as const;

export interface FileSize {
  file: string;
  raw: number;
  gzip: number;
}

export interface BytesReport {
  dist: string;
  /** The files every page (article or not) loads of Gloss: the manifest's content_scripts. */
  everyPage: FileSize[];
  content: FileSize;
  model: FileSize;
  /** app/content-app.js and every chunk it imports, transitively */
  app: FileSize[];
  appTotal: FileSize;
}

export function sizeOf(path: string, base = DIST): FileSize {
  const buf = readFileSync(path);
  return { file: relative(base, path), raw: buf.length, gzip: gzipSync(buf, { level: 9 }).length };
}

function total(name: string, xs: FileSize[]): FileSize {
  return { file: name, raw: xs.reduce((a, x) => a + x.raw, 0), gzip: xs.reduce((a, x) => a + x.gzip, 0) };
}

/** Static imports (`from"./x.js"`) and dynamic imports of relative paths in a built ES module. */
export function importsOf(code: string): string[] {
  const out = new Set<string>();
  for (const m of code.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*)["'`](\.{1,2}\/[^"'`]+)["'`]/g)) out.add(m[1]!);
  return [...out];
}

/** The app entry and the chunks it pulls in, transitively. */
export function appFiles(dist = DIST): string[] {
  const seen = new Set<string>();
  const visit = (path: string) => {
    if (seen.has(path)) return;
    seen.add(path);
    for (const rel of importsOf(readFileSync(path, 'utf8'))) visit(resolve(dirname(path), rel));
  };
  visit(resolve(dist, 'app/content-app.js'));
  return [...seen];
}

/** Files the manifest injects into every matching page. */
export function everyPageFiles(dist = DIST): string[] {
  const manifest = JSON.parse(readFileSync(resolve(dist, 'manifest.json'), 'utf8')) as {
    content_scripts?: { js?: string[]; css?: string[] }[];
  };
  return (manifest.content_scripts ?? [])
    .flatMap((c) => [...(c.js ?? []), ...(c.css ?? [])])
    .map((f) => resolve(dist, f));
}

export function distMissing(dist = DIST): string | null {
  for (const f of ['manifest.json', 'content.js', 'app/content-app.js', 'model/ner-model.json'])
    if (!existsSync(resolve(dist, f))) return `${resolve(dist, f)} missing`;
  return null;
}

/** The newest modification time under the paths the build reads (to tell whether dist/ is stale). */
export function newestSourceMtime(): number {
  let newest = 0;
  const walk = (p: string) => {
    if (!existsSync(p)) return;
    const st = statSync(p);
    if (st.isDirectory()) {
      for (const e of readdirSync(p)) if (e !== 'node_modules') walk(join(p, e));
    } else newest = Math.max(newest, st.mtimeMs);
  };
  // prettier-ignore
  for (const p of ['src', 'extension', 'assets', 'scripts/build', 'manifest.json', 'vite.config.ts', 'package.json']) walk(resolve(ROOT, p));
  return newest;
}

export function oldestDistMtime(dist = DIST): number {
  return Math.min(
    ...['content.js', 'app/content-app.js', 'model/ner-model.json', 'manifest.json'].map(
      (f) => statSync(resolve(dist, f)).mtimeMs,
    ),
  );
}

export function measureBytes(dist = DIST): BytesReport {
  const missing = distMissing(dist);
  if (missing) throw new Error(`${missing}: run \`npx vite build\` first`);
  const app = appFiles(dist).map((f) => sizeOf(f, dist));
  return {
    dist,
    everyPage: everyPageFiles(dist).map((f) => sizeOf(f, dist)),
    content: sizeOf(resolve(dist, 'content.js'), dist),
    model: sizeOf(resolve(dist, 'model/ner-model.json'), dist),
    app,
    appTotal: total('app/content-app.js + its chunks', app),
  };
}

export interface ModelLoad {
  runs: number;
  /** JSON.parse of the file's text, ms (median) */
  jsonParseMs: number;
  /** parseNerModel on the parsed JSON, ms (median) */
  parseModelMs: number;
  /** both, timed together, ms (median) */
  totalMs: number;
  /** the first (cold) run, both together */
  coldMs: number;
}

/** Model load + parse, as the content app does it (fetch(...).json() then parseNerModel). */
export function measureModelLoad(runs = 7, file = MODEL_SOURCE): ModelLoad {
  const text = readFileSync(file, 'utf8');
  const json: number[] = [];
  const parse: number[] = [];
  const both: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const raw = JSON.parse(text) as unknown;
    const t1 = performance.now();
    const m = parseNerModel(raw);
    const t2 = performance.now();
    if (!m.weights.length) throw new Error('empty model');
    json.push(t1 - t0);
    parse.push(t2 - t1);
    both.push(t2 - t0);
  }
  return { runs, jsonParseMs: median(json), parseModelMs: median(parse), totalMs: median(both), coldMs: both[0]! };
}

export function printBytes(b: BytesReport, load: ModelLoad | null): void {
  const line = (label: string, f: FileSize) =>
    console.log(`  ${label.padEnd(44)} ${fmtBytes(f.raw).padStart(10)} raw  ${fmtBytes(f.gzip).padStart(9)} gzip`);
  const every = total('every page', b.everyPage);
  console.log(`bytes (${relative(ROOT, b.dist)}; gzip level 9):`);
  line(`a page that is not an article (${b.everyPage.map((f) => f.file).join(' + ')})`, every);
  console.log(
    `    budget <= ${fmtBytes(BUDGET.contentGzip)} gzip: ${every.gzip <= BUDGET.contentGzip ? 'MET' : 'MISSED'}`,
  );
  line('content script (content.js)', b.content);
  line('model file (model/ner-model.json)', b.model);
  console.log(`    budget <= ${fmtBytes(BUDGET.modelRaw)} raw: ${b.model.raw <= BUDGET.modelRaw ? 'MET' : 'MISSED'}`);
  for (const f of b.app) line(`  ${f.file}`, f);
  line('sidebar/app bundle (app + chunks it imports)', b.appTotal);
  line('all an article page loads (content + app + model)', total('', [b.content, b.appTotal, b.model]));
  if (load)
    console.log(
      `  model load + parse in Node (median of ${load.runs}): JSON.parse ${load.jsonParseMs.toFixed(1)} ms + parseNerModel ${load.parseModelMs.toFixed(1)} ms = ${load.totalMs.toFixed(1)} ms (first run ${load.coldMs.toFixed(1)} ms)`,
    );
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(new URL(import.meta.url).pathname)) {
  printBytes(measureBytes(), measureModelLoad());
}
