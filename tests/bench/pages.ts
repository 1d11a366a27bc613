/**
 * Per-page bench: article detection (extractArticle: Readability on a clone plus the mapping back
 * to the live text nodes) and analysis (analyzeText: entities, aliases, roles, quotes, notes) over
 * the readability-test-pages and article-extraction-benchmark corpora, through the same functions
 * `analyze` runs (src/cli/run.ts). Parsing the HTML (jsdom) is not timed: in the browser the DOM
 * is already there. Exported as benchPages() for `npm run bench`; `npx tsx tests/bench/pages.ts`
 * runs it alone.
 *
 * Each page is parsed once; detection and analysis are each timed `runs` times on it (default 1,
 * BENCH_PAGE_RUNS=3 for the median of 3; detection reuses the Document: extractArticle never
 * modifies it) and the page's median counts. One untimed pass over the first 5 pages of each
 * corpus lets the JIT settle first, so these are warm figures (a new tab is cold: see profile.ts).
 *
 * The pages of ../shared/notes/held-out-pages.md are never run (tests/helpers/held-out.ts), not
 * even to warm up; without that list no page is run.
 */
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyzeText } from '../../src/core/analysis/analyze';
import { extractArticle } from '../../src/core/article';
import { parseHtml, readInput, resources } from '../../src/cli/run';
import { tokenize } from '../../src/core/nlp/tokenize';
import { corpusPath } from '../helpers/fixtures';
import { HELD_OUT_FILE, loadHeldOut, withoutHeldOut } from '../helpers/held-out';
import type { HeldOut } from '../eval/pages/readings';
import { median, pct, fmtMs } from './stats';

export interface PageRow {
  corpus: string;
  name: string;
  htmlBytes: number;
  /** null: Readability plus our checks found no article */
  chars: number | null;
  tokens: number | null;
  detectMs: number;
  analyzeMs: number | null;
  ratio: number | null;
  unsupported?: string;
  error?: string;
}

export interface CorpusPages {
  corpus: string;
  skipped?: string;
  /** how many of the corpus's pages were left out as held-out */
  heldOut?: number;
  rows: PageRow[];
  /** the analysed articles' texts, when asked for (the stage profile reuses them) */
  texts?: { text: string; lang: string | null }[];
}

export interface PageSummary {
  corpus: string;
  pages: number;
  articles: number;
  notArticles: PageRow[];
  unsupported: PageRow[];
  errors: PageRow[];
  detect: { median: number; p95: number; worst: PageRow | null; total: number };
  analyze: { median: number; p95: number; worst: PageRow | null; total: number };
  /** over the analysed articles only: analysis time / detection time of the same pages */
  ratio: {
    medianOfPages: number;
    totalOverTotal: number;
    analyzeTotal: number;
    detectTotal: number;
    worst: PageRow | null;
    over: number;
  };
}

export interface CorpusFiles {
  corpus: string;
  skipped?: string;
  heldOut: number;
  files: { name: string; path: string }[];
}

/** The pages of both corpora, held-out pages left out. */
export function corpusFiles(held: HeldOut): CorpusFiles[] {
  const out: CorpusFiles[] = [];
  const add = (corpus: string, files: { name: string; path: string }[]) => {
    const { kept, heldOut } = withoutHeldOut(corpus, files, (f) => f.name, held);
    out.push({ corpus, heldOut, files: kept });
  };
  const rtp = corpusPath('readability-test-pages');
  if (!rtp)
    out.push({
      corpus: 'readability-test-pages',
      skipped: '../shared/corpora/readability-test-pages not found',
      heldOut: 0,
      files: [],
    });
  else
    add(
      'readability-test-pages',
      readdirSync(rtp)
        .filter((d) => existsSync(resolve(rtp, d, 'source.html')))
        .sort()
        .map((d) => ({ name: d, path: resolve(rtp, d, 'source.html') })),
    );
  const aeb = corpusPath('article-extraction-benchmark/html');
  if (!aeb)
    out.push({
      corpus: 'article-extraction-benchmark',
      skipped: '../shared/corpora/article-extraction-benchmark/html not found',
      heldOut: 0,
      files: [],
    });
  else
    add(
      'article-extraction-benchmark',
      readdirSync(aeb)
        .filter((f) => f.endsWith('.html.gz'))
        .sort()
        .map((f) => ({ name: f.replace(/\.html\.gz$/, ''), path: resolve(aeb, f) })),
    );
  return out;
}

function timeRuns<T>(runs: number, fn: () => T): { ms: number; value: T } {
  const times: number[] = [];
  let value!: T;
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    value = fn();
    times.push(performance.now() - t);
  }
  return { ms: median(times), value };
}

export function benchPages(opts: {
  held: HeldOut;
  runs?: number;
  limit?: number;
  keepTexts?: boolean;
  onPage?: (r: PageRow, i: number, n: number) => void;
}): CorpusPages[] {
  const runs = opts.runs ?? Number(process.env.BENCH_PAGE_RUNS ?? 1);
  const res = resources();
  const corpora = corpusFiles(opts.held);
  // Warm-up: the first few pages of each corpus once, untimed.
  for (const c of corpora)
    for (const f of c.files.slice(0, 5)) {
      try {
        const a = extractArticle(parseHtml(readInput(f.path)));
        if (a) analyzeText(a.text, res, { declaredLang: a.lang, blocks: a.blocks });
      } catch {
        /* counted below */
      }
    }
  const n = corpora.reduce((k, c) => k + Math.min(c.files.length, opts.limit ?? Infinity), 0);
  let i = 0;
  return corpora.map((c) => {
    if (c.skipped) return { corpus: c.corpus, skipped: c.skipped, heldOut: 0, rows: [] };
    const rows: PageRow[] = [];
    const texts: { text: string; lang: string | null }[] = [];
    for (const f of c.files.slice(0, opts.limit ?? c.files.length)) {
      let row: PageRow;
      try {
        const html = readInput(f.path);
        const doc = parseHtml(html);
        const d = timeRuns(runs, () => extractArticle(doc));
        const article = d.value;
        if (!article) {
          row = {
            corpus: c.corpus,
            name: f.name,
            htmlBytes: html.length,
            chars: null,
            tokens: null,
            detectMs: d.ms,
            analyzeMs: null,
            ratio: null,
          };
        } else {
          const a = timeRuns(runs, () =>
            analyzeText(article.text, res, { declaredLang: article.lang, blocks: article.blocks }),
          );
          if (opts.keepTexts && !a.value.unsupported) texts.push({ text: article.text, lang: article.lang });
          row = {
            corpus: c.corpus,
            name: f.name,
            htmlBytes: html.length,
            chars: article.text.length,
            tokens: tokenize(article.text).length,
            detectMs: d.ms,
            analyzeMs: a.ms,
            ratio: a.ms / d.ms,
            ...(a.value.unsupported ? { unsupported: a.value.unsupported.reason } : {}),
          };
        }
        doc.defaultView?.close();
      } catch (e) {
        row = {
          corpus: c.corpus,
          name: f.name,
          htmlBytes: 0,
          chars: null,
          tokens: null,
          detectMs: 0,
          analyzeMs: null,
          ratio: null,
          error: e instanceof Error ? e.message : String(e),
        };
      }
      rows.push(row);
      opts.onPage?.(row, i++, n);
    }
    return { corpus: c.corpus, heldOut: c.heldOut, rows, ...(opts.keepTexts ? { texts } : {}) };
  });
}

export function summarize(corpus: string, rows: PageRow[]): PageSummary {
  const errors = rows.filter((r) => r.error);
  const ok = rows.filter((r) => !r.error);
  const notArticles = ok.filter((r) => r.chars === null);
  const unsupported = ok.filter((r) => r.unsupported);
  // Pages in a language Gloss does not read return at once; they would flatter the ratio.
  const articles = ok.filter((r) => r.chars !== null && !r.unsupported);
  const worstBy = (xs: PageRow[], f: (r: PageRow) => number) =>
    xs.reduce<PageRow | null>((w, r) => (w === null || f(r) > f(w) ? r : w), null);
  const det = ok.map((r) => r.detectMs);
  const an = articles.map((r) => r.analyzeMs!);
  const detA = articles.map((r) => r.detectMs);
  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
  return {
    corpus,
    pages: rows.length,
    articles: articles.length,
    notArticles,
    unsupported,
    errors,
    detect: { median: median(det), p95: pct(det, 95), worst: worstBy(ok, (r) => r.detectMs), total: sum(det) },
    analyze: { median: median(an), p95: pct(an, 95), worst: worstBy(articles, (r) => r.analyzeMs!), total: sum(an) },
    ratio: {
      medianOfPages: median(articles.map((r) => r.ratio!)),
      totalOverTotal: sum(an) / sum(detA),
      analyzeTotal: sum(an),
      detectTotal: sum(detA),
      worst: worstBy(articles, (r) => r.ratio!),
      over: articles.filter((r) => r.ratio! > 0.5).length,
    },
  };
}

export function printPages(results: CorpusPages[]): PageSummary[] {
  const sums: PageSummary[] = [];
  const all: PageRow[] = [];
  for (const c of results) {
    if (c.skipped) {
      console.log(`${c.corpus}: skipped: ${c.skipped}`);
      continue;
    }
    all.push(...c.rows);
    sums.push(summarize(c.corpus, c.rows));
  }
  if (results.filter((c) => !c.skipped).length > 1) sums.push(summarize('both corpora', all));
  const heldOut = new Map(results.map((c) => [c.corpus, c.heldOut ?? 0]));
  heldOut.set(
    'both corpora',
    results.reduce((k, c) => k + (c.heldOut ?? 0), 0),
  );
  for (const s of sums) {
    const held = heldOut.get(s.corpus) ? ` (${heldOut.get(s.corpus)} held-out pages not run)` : '';
    console.log(
      `${s.corpus}: ${s.pages} pages${held}, ${s.articles} analysed as English articles, ${s.notArticles.length} not articles, ${s.unsupported.length} not English, ${s.errors.length} errors`,
    );
    const w = (r: PageRow | null, f: (r: PageRow) => number | null) => (r ? `${r.name} ${fmtMs(f(r)!)}` : '-');
    console.log(
      `  detection (extractArticle, all ${s.pages - s.errors.length} pages): median ${fmtMs(s.detect.median)}, p95 ${fmtMs(s.detect.p95)}, worst ${w(s.detect.worst, (r) => r.detectMs)}`,
    );
    console.log(
      `  analysis  (analyzeText, ${s.articles} articles):  median ${fmtMs(s.analyze.median)}, p95 ${fmtMs(s.analyze.p95)}, worst ${w(s.analyze.worst, (r) => r.analyzeMs)}`,
    );
    console.log(
      `  analysis/detection: median of per-page ratios ${s.ratio.medianOfPages.toFixed(3)} (target <= 0.5) ${s.ratio.medianOfPages <= 0.5 ? 'MET' : 'MISSED'}, ` +
        `total/total ${s.ratio.totalOverTotal.toFixed(3)} (${fmtMs(s.ratio.analyzeTotal)} analysis / ${fmtMs(s.ratio.detectTotal)} detection on the same ${s.articles} pages), ` +
        `pages above 0.5: ${s.ratio.over}, worst ${s.ratio.worst ? `${s.ratio.worst.name} ${s.ratio.worst.ratio!.toFixed(2)}` : '-'}`,
    );
  }
  for (const c of results) {
    if (c.skipped) continue;
    const s = summarize(c.corpus, c.rows);
    if (s.notArticles.length)
      console.log(
        `  ${c.corpus}: not articles (${s.notArticles.length}): ${s.notArticles.map((r) => r.name).join(', ')}`,
      );
    if (s.unsupported.length)
      console.log(
        `  ${c.corpus}: not English, analysis skipped (${s.unsupported.length}): ${s.unsupported.map((r) => r.name).join(', ')}`,
      );
    if (s.errors.length)
      console.log(
        `  ${c.corpus}: errors (${s.errors.length}): ${s.errors.map((r) => `${r.name} (${r.error})`).join(', ')}`,
      );
  }
  return sums;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const held = loadHeldOut();
  if (!held) {
    console.error(`refused: ${HELD_OUT_FILE} not found or unreadable; without the held-out list no page is run`);
    process.exit(1);
  }
  const limit = process.argv[2] ? Number(process.argv[2]) : undefined;
  const t = performance.now();
  const r = benchPages({
    held,
    limit,
    onPage: (row, i, n) => process.stderr.write(`\r${i + 1}/${n} ${row.name.slice(0, 40).padEnd(40)}`),
  });
  process.stderr.write('\n');
  printPages(r);
  if (process.env.BENCH_PAGES_JSON) writeFileSync(process.env.BENCH_PAGES_JSON, JSON.stringify(r));
  console.log(`(${((performance.now() - t) / 1000).toFixed(0)} s)`);
}
