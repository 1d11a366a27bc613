/**
 * `npm run bench`: where Gloss stands against its performance budget, in one run.
 *
 *   1. per page over readability-test-pages and article-extraction-benchmark (pages.ts): detection
 *      (extractArticle) and analysis (analyzeText), the ratio; cold vs warm; where analysis time goes
 *   2. throughput of the entity and quote stages beside compromise (throughput.ts: ner.ts, quotes.ts)
 *   3. Chromium with the extension loaded (browser.ts): content start -> highlights painted,
 *      toolbar click -> sidebar rendered, longest task of ours
 *   4. bytes and model load (bytes.ts)
 *   5. memory: the tab's JS heap with Gloss vs without (browser.ts)
 *
 * Corpus pages listed in ../shared/notes/held-out-pages.md are never run (sections 1 and 3); without
 * that list section 1 is refused and section 3 runs the example page alone.
 *
 * Timings are wall-clock on a shared machine: read medians, not single runs. Nothing here asserts
 * a time; tests/unit/budget.test.ts asserts the byte budgets. Options:
 *   --skip=pages,throughput,browser,bytes   leave sections out
 *   --limit=N                               only the first N pages of each corpus (section 1)
 *   --json=FILE                             also write every figure as JSON
 *   --markdown[=append]                     print the figures as a dated Markdown section (or
 *                                           append it to docs/measurements.md)
 * Environment: BENCH_PAGE_RUNS (timed runs per page, default 1), BENCH_BROWSER_RUNS (default 5).
 */
import { cpus, loadavg, totalmem } from 'node:os';
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { resources } from '../../src/cli/run';
import { exampleHtml, ROOT } from '../helpers/fixtures';
import { HELD_OUT_FILE, loadHeldOut } from '../helpers/held-out';
import { benchPages, printPages } from './pages';
import { coldWarm, printColdWarm, printProfile, profileAnalysis } from './profile';
import { benchThroughput, printThroughput } from './throughput';
import { benchBrowser, printBrowser } from './browser';
import { distMissing, measureBytes, measureModelLoad, printBytes } from './bytes';
import { benchMarkdown, type BenchJson } from './markdown';
import { MarkdownReport } from '../helpers/markdown-report';

const args = new Map(
  process.argv.slice(2).map((a) => {
    const [k, v] = a.replace(/^--/, '').split('=');
    return [k!, v ?? ''];
  }),
);
const skip = new Set((args.get('skip') ?? '').split(',').filter(Boolean));
const limit = args.has('limit') ? Number(args.get('limit')) : undefined;
const out: Record<string, unknown> = {};
const md = new MarkdownReport('npm run bench');

function heading(s: string): void {
  console.log(`\n== ${s} ==`);
}

const started = performance.now();
const cpu = cpus();
const machine = `${cpu[0]?.model ?? 'unknown cpu'}, ${cpu.length} cores, ${(totalmem() / 1024 ** 3).toFixed(1)} GB RAM; node ${process.version}; load average at start ${loadavg()
  .map((x) => x.toFixed(1))
  .join(' ')}`;
console.log(`Gloss bench, ${new Date().toISOString()}`);
console.log(`machine: ${machine}`);
console.log(
  'timings are wall-clock on this machine (shared: see the load average); figures are medians unless said otherwise',
);
out.date = new Date().toISOString();
out.machine = machine;

const res = resources();
const held = loadHeldOut();

if (!skip.has('pages') && !held) {
  heading('1. per page');
  console.log(`  refused: ${HELD_OUT_FILE} not found or unreadable; without the held-out list no corpus page is run`);
  process.exitCode = 1;
} else if (!skip.has('pages') && held) {
  heading(
    '1. per page: detection (extractArticle) and analysis (analyzeText), as `analyze` runs them; HTML parsing not timed',
  );
  // First, before anything has run: what a fresh tab pays (cold code) against the warm figure.
  const cw = await coldWarm('example page (us-venezuela)', exampleHtml(), res);
  printColdWarm(cw);
  out.coldWarm = cw;
  const t = performance.now();
  const pages = benchPages({
    held,
    limit,
    keepTexts: true,
    onPage: (row, i, n) => process.stderr.write(`\r  page ${i + 1}/${n} ${row.name.slice(0, 50).padEnd(50)}`),
  });
  process.stderr.write('\n');
  out.pages = printPages(pages);
  out.pageRows = pages.map((c) => ({ corpus: c.corpus, skipped: c.skipped, rows: c.rows }));
  console.log(
    `  (${((performance.now() - t) / 1000).toFixed(0)} s, timed runs per page: ${process.env.BENCH_PAGE_RUNS ?? 1})`,
  );
  const texts = pages.flatMap((c) => c.texts ?? []);
  if (texts.length) {
    const prof = await profileAnalysis(texts, res, 1);
    prof.label = 'where warm analysis time goes (all analysed corpus articles)';
    printProfile(prof);
    out.profile = prof;
  }
}

if (!skip.has('throughput')) {
  heading('2. throughput: entity stage and quote stage, tokens per second, beside compromise');
  const t = benchThroughput();
  printThroughput(t);
  out.throughput = t;
}

if (!skip.has('browser')) {
  heading('3 and 5. Chromium with the extension loaded: timings, longest task, memory');
  if (distMissing()) console.log(`  dist/chrome incomplete (${distMissing()}): building it first`);
  const runs = Number(process.env.BENCH_BROWSER_RUNS ?? 5);
  const b = await benchBrowser({ runs, log: (s) => process.stderr.write(`\r  ${s.slice(0, 70).padEnd(70)}`) });
  process.stderr.write('\n');
  printBrowser(b);
  out.browser = b;
}

if (!skip.has('bytes')) {
  heading('4. bytes and model load');
  if (distMissing()) {
    console.log(`  ${distMissing()}: building dist/ (vite build)`);
    const { build } = await import('vite');
    await build({ configFile: resolve(ROOT, 'vite.config.ts'), logLevel: 'warn' });
  }
  const bytes = measureBytes();
  const load = measureModelLoad(7);
  printBytes(bytes, load);
  out.bytes = bytes;
  out.modelLoad = load;
}

console.log(
  `\nbench finished in ${((performance.now() - started) / 1000).toFixed(0)} s; load average at end ${loadavg()
    .map((x) => x.toFixed(1))
    .join(' ')}`,
);
const json = args.get('json');
if (json) {
  writeFileSync(json, JSON.stringify(out, null, 1));
  console.log(`figures written to ${json}`);
} else {
  // test-output/ is git-ignored; the last run's figures stay there for comparison.
  mkdirSync(resolve(ROOT, 'test-output'), { recursive: true });
  writeFileSync(resolve(ROOT, 'test-output/bench.json'), JSON.stringify(out, null, 1));
  console.log('figures written to test-output/bench.json');
}
if (md.on) {
  const options = [
    skip.size ? `sections left out: ${[...skip].join(', ')}` : '',
    limit !== undefined ? `first ${limit} pages of each corpus` : '',
    skip.has('pages') ? '' : `timed runs per page ${process.env.BENCH_PAGE_RUNS ?? 1}`,
  ].filter(Boolean);
  md.add(
    `Options: ${options.join('; ')}. Wall-clock times on a shared machine (see the load average); medians unless said otherwise.`,
  );
  md.add(...benchMarkdown(out as unknown as BenchJson));
  md.finish();
}
