/**
 * `npm run bench:quotes`: time of the quote stage (findQuotes: marks, attribution, speakers)
 * against the entity stage (findEntities) on the same texts, the PolNeAR test articles and the
 * CoNLL-2003 test text, and their ratio (target: quotes <= 1/5 of entities). Both stages get a
 * warm-up pass, then the best of a few timed passes counts; the quote stage is given the entities
 * the entity stage found, as in analyzeText. Exported as benchQuotes() for `npm run bench`.
 */
import { cpus, loadavg } from 'node:os';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Entity } from '../../src/core/analysis/contract';
import { findEntities } from '../../src/core/nlp/entities';
import { findQuotes } from '../../src/core/nlp/quotes';
import { parseNerModel } from '../../src/core/nlp/ner/model';
import { tokenize } from '../../src/core/nlp/tokenize';
import { readConll, REPO_ROOT } from '../../scripts/ner/corpus';
import { loadSplit, polnearAvailable } from '../eval/polnear/corpus';
import { MarkdownReport } from '../helpers/markdown-report';

export interface QuoteBenchRow {
  corpus: string;
  skipped?: string;
  documents: number;
  chars: number;
  /** tokens of the texts (src/core/nlp/tokenize, as in bench:throughput) */
  tokens: number;
  quotes: number;
  /** CPU ms of the best pass */
  entityMs: number;
  quoteMs: number;
  /** wall ms of those passes */
  entityWallMs: number;
  quoteWallMs: number;
  /** quote-stage CPU time / entity-stage CPU time (target <= 0.2) */
  ratio: number;
}

/**
 * Best of `runs` passes, in CPU milliseconds of this process (user + system), with the wall
 * time of that pass. CPU time is what the stage costs; wall time on a shared machine mostly
 * measures the other jobs. The passes run back to back as in analyzeText, with no collection
 * forced between them: after a forced full collection V8 starts the next pass with a shrunken
 * young generation and unswept pages, which charged the short quote stage about twice its cost
 * (a collection's cost follows what survives, so one stage's garbage costs the other little).
 */
function bestOf(runs: number, fn: () => void): { cpu: number; wall: number } {
  let best = { cpu: Infinity, wall: Infinity };
  for (let r = 0; r < runs; r++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    fn();
    const wall = performance.now() - t0;
    const c = process.cpuUsage(c0);
    const cpu = (c.user + c.system) / 1000;
    if (cpu < best.cpu) best = { cpu, wall };
  }
  return best;
}

function benchTexts(corpus: string, texts: string[], runs: number): QuoteBenchRow {
  const model = parseNerModel(JSON.parse(readFileSync(resolve(REPO_ROOT, 'assets/model/ner-model.json'), 'utf8')));
  let entities: Entity[][] = [];
  const entityStage = (): void => {
    entities = texts.map((t) => findEntities(t, model));
  };
  let quotes = 0;
  const quoteStage = (): void => {
    quotes = 0;
    texts.forEach((t, i) => (quotes += findQuotes(t, entities[i]!).length));
  };
  entityStage();
  quoteStage();
  // Passes alternate, so a change in machine load hits both stages alike.
  let e = { cpu: Infinity, wall: Infinity };
  let q = { cpu: Infinity, wall: Infinity };
  for (let r = 0; r < runs; r++) {
    const er = bestOf(1, entityStage);
    const qr = bestOf(1, quoteStage);
    if (er.cpu < e.cpu) e = er;
    if (qr.cpu < q.cpu) q = qr;
  }
  return {
    corpus,
    documents: texts.length,
    chars: texts.reduce((n, t) => n + t.length, 0),
    tokens: texts.reduce((n, t) => n + tokenize(t).length, 0),
    quotes,
    entityMs: e.cpu,
    quoteMs: q.cpu,
    entityWallMs: e.wall,
    quoteWallMs: q.wall,
    ratio: q.cpu / e.cpu,
  };
}

export function benchQuotes(opts: { runs?: number } = {}): QuoteBenchRow[] {
  const runs = opts.runs ?? 7;
  const rows: QuoteBenchRow[] = [];
  const empty = (corpus: string, skipped: string): QuoteBenchRow => ({
    corpus,
    skipped,
    documents: 0,
    chars: 0,
    tokens: 0,
    quotes: 0,
    entityMs: 0,
    quoteMs: 0,
    entityWallMs: 0,
    quoteWallMs: 0,
    ratio: 0,
  });
  if (polnearAvailable())
    rows.push(
      benchTexts(
        'PolNeAR test',
        loadSplit('test').map((d) => d.text),
        runs,
      ),
    );
  else rows.push(empty('PolNeAR test', '../shared/corpora/quotes-polnear not found'));
  const conll = readConll('test');
  if (conll)
    rows.push(
      benchTexts(
        'CoNLL-2003 test',
        conll.map((d) => d.text),
        runs,
      ),
    );
  else rows.push(empty('CoNLL-2003 test', '../shared/corpora/conll2003 not found'));
  return rows;
}

export function printQuoteBench(rows: QuoteBenchRow[]): void {
  for (const r of rows) {
    if (r.skipped) {
      console.log(`${r.corpus}: skipped: ${r.skipped}`);
      continue;
    }
    console.log(
      `${r.corpus}: ${r.documents} documents, ${r.chars.toLocaleString('en-US')} chars, ${r.quotes} quotes | ` +
        `entity stage ${r.entityMs.toFixed(0)} ms CPU (${r.entityWallMs.toFixed(0)} wall), quote stage ${r.quoteMs.toFixed(0)} ms CPU (${r.quoteWallMs.toFixed(0)} wall), ` +
        `ratio ${r.ratio.toFixed(3)} (target <= 0.200); quote stage ${Math.round(r.tokens / (r.quoteMs / 1000)).toLocaleString('en-US')} tokens/s CPU ` +
        `(${r.tokens.toLocaleString('en-US')} tokens), entity stage ${Math.round(r.tokens / (r.entityMs / 1000)).toLocaleString('en-US')} tokens/s`,
    );
  }
}

/** The figures printQuoteBench prints, as Markdown. */
export function reportQuoteBench(md: MarkdownReport, rows: QuoteBenchRow[]): void {
  const k = (x: number) => Math.round(x).toLocaleString('en-US');
  const done = rows.filter((r) => !r.skipped);
  md.add(
    'Quote stage (findQuotes) against the entity stage (findEntities) on the same texts, best of 7 passes, CPU time of this process (wall in brackets); target ratio <= 0.200.',
  );
  if (done.length)
    // prettier-ignore
    md.table(
      ['corpus', 'documents', 'chars', 'tokens', 'quotes', 'entity stage', 'quote stage', 'ratio', 'quote stage tokens/s', 'entity stage tokens/s'],
      done.map((r) => [r.corpus, r.documents, k(r.chars), k(r.tokens), r.quotes, `${r.entityMs.toFixed(0)} ms (${r.entityWallMs.toFixed(0)})`, `${r.quoteMs.toFixed(0)} ms (${r.quoteWallMs.toFixed(0)})`, r.ratio.toFixed(3), k(r.tokens / (r.quoteMs / 1000)), k(r.tokens / (r.entityMs / 1000))]),
    );
  for (const r of rows) if (r.skipped) md.add(`${r.corpus} skipped: ${r.skipped}.`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const md = new MarkdownReport('npm run bench:quotes');
  const cpu = cpus();
  console.log(
    `machine: ${cpu[0]?.model ?? 'unknown cpu'}, ${cpu.length} cores; node ${process.version}; ${new Date().toISOString()}; load ${loadavg()
      .map((x) => x.toFixed(1))
      .join(' ')}`,
  );
  const rows = benchQuotes();
  printQuoteBench(rows);
  reportQuoteBench(md, rows);
  md.finish();
}
