/**
 * Turns the figures of one `npm run bench` (test-output/bench.json, or --json=FILE) into the
 * Markdown tables of docs/measurements.md, so the document shows exactly what a run printed:
 *   npx tsx tests/bench/markdown.ts [bench.json]
 * `npm run bench -- --markdown` writes the same tables at the end of a run (benchMarkdown).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ROOT } from '../helpers/fixtures';
import type { PageSummary } from './pages';
import type { StageProfile, ColdWarm } from './profile';
import type { ThroughputReport } from './throughput';
import type { BrowserReport, ToolbarRun } from './browser';
import type { BytesReport, ModelLoad } from './bytes';
import { fmtBytes, fmtMs, median, scriptCell } from './stats';

export interface BenchJson {
  date: string;
  machine: string;
  coldWarm?: ColdWarm;
  pages?: PageSummary[];
  profile?: StageProfile;
  throughput?: ThroughputReport;
  browser?: BrowserReport;
  bytes?: BytesReport;
  modelLoad?: ModelLoad;
}

const k = (x: number) => Math.round(x).toLocaleString('en-US');
const short = (name: string) => (/^[0-9a-f]{40,}$/.test(name) ? `${name.slice(0, 8)}…` : name);
const med = (xs: (number | null)[]) => {
  const v = xs.filter((x): x is number => typeof x === 'number' && Number.isFinite(x));
  return v.length ? median(v) : NaN;
};

/** The run's figures as Markdown lines: tables and a few sentences. */
export function benchMarkdown(j: BenchJson): string[] {
  const lines: string[] = [];
  const p = (s = '') => lines.push(s);
  if (j.pages) {
    p(
      '| | pages | articles analysed | detection median / p95 / worst | analysis median / p95 / worst | ratio: median of pages, total/total | pages > 0.5 |',
    );
    p('|---|---|---|---|---|---|---|');
    for (const s of j.pages)
      p(
        `| ${s.corpus} | ${s.pages} | ${s.articles} (${s.notArticles.length} not articles, ${s.unsupported.length} not English, ${s.errors.length} errors) | ` +
          `${fmtMs(s.detect.median)} / ${fmtMs(s.detect.p95)} / ${fmtMs(s.detect.worst?.detectMs ?? NaN)} (${short(s.detect.worst?.name ?? '-')}) | ` +
          `${fmtMs(s.analyze.median)} / ${fmtMs(s.analyze.p95)} / ${fmtMs(s.analyze.worst?.analyzeMs ?? NaN)} (${short(s.analyze.worst?.name ?? '-')}) | ` +
          `${s.ratio.medianOfPages.toFixed(3)}, ${s.ratio.totalOverTotal.toFixed(3)} | ${s.ratio.over} (worst ${short(s.ratio.worst?.name ?? '-')} ${s.ratio.worst?.ratio?.toFixed(2) ?? '-'}) |`,
      );
    p();
  }
  if (j.coldWarm) {
    const c = j.coldWarm;
    p(
      `Cold vs warm, ${c.page}: first run detection ${fmtMs(c.coldDetectMs)}, analysis ${fmtMs(c.coldAnalyzeMs)}; warm median of ${c.runs}: detection ${fmtMs(c.warmDetectMs)}, analysis ${fmtMs(c.warmAnalyzeMs)}.`,
    );
    p(
      `Cold profile, top functions: ${c.coldProfile.byFunction
        .slice(0, 6)
        .map((r) => `${r.name.split(' ')[0]} ${fmtMs(r.selfMs)}`)
        .join(', ')}.`,
    );
    p();
  }
  if (j.profile) {
    p(
      `Warm profile (${j.profile.texts} texts), self time by file: ${j.profile.byFile
        .filter((r) => r.share >= 0.01)
        .map((r) => `${r.name} ${(r.share * 100).toFixed(1)}%`)
        .join(', ')}.`,
    );
    p();
  }
  if (j.throughput) {
    const t = j.throughput;
    p('| stage | corpus | Gloss | compromise | ratio |');
    p('|---|---|---|---|---|');
    if (!t.ner.skipped)
      p(
        `| entities | CoNLL-2003 test, ${k(t.ner.tokens)} tokens | ${k(t.ner.glossTokensPerSecond)} tokens/s | ${k(t.ner.compromiseTokensPerSecond)} tokens/s | ${t.ner.ratio.toFixed(1)}x |`,
      );
    for (const q of t.quotes)
      if (!q.skipped)
        p(
          `| quotes | ${q.corpus}, ${k(q.tokens)} tokens | ${k(q.glossTokensPerSecond)} tokens/s | ${k(q.compromiseTokensPerSecond)} tokens/s | ${q.vsCompromise.toFixed(1)}x (quote/entity stage ${q.ratio.toFixed(3)}) |`,
        );
    p();
  }
  if (j.browser && !j.browser.skipped) {
    const b = j.browser;
    p(
      `Chromium ${b.chromium}, median of ${b.runs} runs; marks visible to the page's world: ${b.marksVisibleToPage ? 'yes' : 'no'}; not-an-article page fetched: ${b.nonArticle?.extensionFetches.length ? b.nonArticle.extensionFetches.join(', ') : 'no extension file'}.`,
    );
    p();
    p(
      '| page | HTML | start → painted | detection | model wait | analysis | longest overlapping task | our script in one task (its task) |',
    );
    p('|---|---|---|---|---|---|---|---|');
    for (const r of b.pages)
      p(
        `| ${r.name} | ${Math.round(r.htmlBytes / 1024)} KB | ${fmtMs(med(r.auto.map((a) => a.contentToPainted)))} | ${fmtMs(med(r.auto.map((a) => a.detectMs)))} | ` +
          `${fmtMs(med(r.auto.map((a) => a.modelWaitMs)))} | ${fmtMs(med(r.auto.map((a) => a.analyzeMs)))} | ${fmtMs(med(r.auto.map((a) => a.longestOurs)))} | ${scriptCell(r.auto)} |${r.error ? ` ${r.error}` : ''}`,
      );
    p();
    p(
      '| page | → message | → sidebar in DOM | → sidebar rendered | → painted | longest overlapping task | our script in one task (its task) |',
    );
    p('|---|---|---|---|---|---|---|');
    for (const r of b.pages)
      if (r.toolbar.length)
        p(
          `| ${r.name} | ${fmtMs(med(r.toolbar.map((a) => a.toMessage)))} | ${fmtMs(med(r.toolbar.map((a) => a.toSidebarInDom)))} | ${fmtMs(med(r.toolbar.map((a) => a.toSidebarRendered)))} | ` +
            `${fmtMs(med(r.toolbar.map((a) => a.toPainted)))} | ${fmtMs(med(r.toolbar.map((a) => a.longestOurs)))} | ${scriptCell(r.toolbar)} |`,
        );
    p();
    const ex = b.pages[0];
    if (ex?.toolbar.length) {
      const d = (t: ToolbarRun, a: string, z: string) =>
        a in t.since && z in t.since ? t.since[z]! - t.since[a]! : null;
      p(
        `Example toolbar path (medians): click → message ${fmtMs(med(ex.toolbar.map((t) => t.toMessage)))}; message → sidebar in DOM ${fmtMs(med(ex.toolbar.map((t) => (t.toSidebarInDom ?? NaN) - (t.toMessage ?? NaN))))}; ` +
          `sidebar in DOM → detect-start ${fmtMs(med(ex.toolbar.map((t) => (t.since['detect-start'] ?? NaN) - (t.toSidebarInDom ?? NaN))))}; detection ${fmtMs(med(ex.toolbar.map((t) => d(t, 'detect-start', 'detect-end'))))}; ` +
          `detect-end → sidebar-rendered ${fmtMs(med(ex.toolbar.map((t) => d(t, 'detect-end', 'sidebar-rendered'))))}.`,
      );
    }
    if (b.probe.length)
      p(
        `Fresh-tab probe (median of ${b.probe.length}): import(app/content-app.js) ${fmtMs(med(b.probe.map((x) => x.importMs)))}, storage.sync.get ${fmtMs(med(b.probe.map((x) => x.storageMs)))}, model fetch + JSON parse ${fmtMs(med(b.probe.map((x) => x.modelFetchMs)))}.`,
      );
    const perPage = b.pages
      .filter((r) => r.auto.length)
      .map((r) => ({ name: r.name, v: med(r.auto.map((a) => a.longestOurs)) }));
    const worst = perPage.reduce((w, x) => (x.v > w.v ? x : w), { name: '-', v: 0 });
    const scripts = b.pages.flatMap((r) =>
      [r.auto, r.toolbar].filter((x) => x.length).map((x) => ({ name: r.name, v: med(x.map((a) => a.script.oursMs)) })),
    );
    const worstScript = scripts.reduce((w, x) => (x.v > w.v ? x : w), { name: '-', v: 0 });
    p(`Most of Gloss's script in one task, worst page median: ${fmtMs(worstScript.v)} (${worstScript.name}).`);
    p(
      `Longest task overlapping Gloss's work (the page's own tasks included), worst page median: ${fmtMs(worst.v)} (${worst.name}); single worst run ${fmtMs(Math.max(0, ...b.pages.flatMap((r) => [...r.auto, ...r.toolbar].map((a) => a.longestOurs))))}.`,
    );
    if (b.memory)
      p(
        `Memory, ${b.memory.page}: with Gloss ${(b.memory.withGlossBytes / 1048576).toFixed(1)} MB, content script only ${(b.memory.contentOnlyBytes / 1048576).toFixed(1)} MB, Gloss's share ${(b.memory.glossBytes / 1048576).toFixed(1)} MB (${k(b.memory.glossBytes)} bytes, median of ${b.memory.runs}).`,
      );
    p();
  }
  if (j.bytes) {
    const b = j.bytes;
    p('| what | raw | gzip |');
    p('|---|---|---|');
    p(
      `| a page that is not an article (${b.everyPage.map((f) => f.file).join(' + ')}) | ${fmtBytes(b.everyPage.reduce((a, f) => a + f.raw, 0))} | ${fmtBytes(b.everyPage.reduce((a, f) => a + f.gzip, 0))} |`,
    );
    p(`| model file | ${fmtBytes(b.model.raw)} | ${fmtBytes(b.model.gzip)} |`);
    for (const f of b.app) p(`| ${f.file} | ${fmtBytes(f.raw)} | ${fmtBytes(f.gzip)} |`);
    p(`| sidebar/app bundle (app + chunks) | ${fmtBytes(b.appTotal.raw)} | ${fmtBytes(b.appTotal.gzip)} |`);
    if (j.modelLoad)
      p(
        `\nModel load + parse (median of ${j.modelLoad.runs}): JSON.parse ${j.modelLoad.jsonParseMs.toFixed(1)} ms + parseNerModel ${j.modelLoad.parseModelMs.toFixed(1)} ms = ${j.modelLoad.totalMs.toFixed(1)} ms (first run ${j.modelLoad.coldMs.toFixed(1)} ms).`,
      );
  }
  return lines;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const file = process.argv[2] ?? resolve(ROOT, 'test-output/bench.json');
  const j = JSON.parse(readFileSync(file, 'utf8')) as BenchJson;
  console.log([`Run: ${j.date}; ${j.machine}`, '', ...benchMarkdown(j)].join('\n'));
}
