/**
 * npm run eval:quotes — direct quotations and speakers on PolNeAR (primary protocol of
 * ../shared/corpora/quotes-polnear/README.md), through `analyzeText`, the code readers run.
 * Prints the quotation-marks-only calibration rows first (they must match the README), then
 * for dev and test: quote P/R/F1, speaker accuracy (mention and name level), end-to-end F1 and
 * the pronoun-source subset. `--split train|dev|test` limits the run; `--errors N` lists misses.
 */
import { readFileSync, existsSync } from 'node:fs';
import { resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyzeText } from '../../src/core/analysis/analyze';
import { parseNerModel, type NerModel } from '../../src/core/nlp/ner/model';
import { loadSplit, polnearAvailable, type Doc, type Split } from './polnear/corpus';
import { MarkdownReport } from '../helpers/markdown-report';
import {
  baselinePredictions,
  emptyCounts,
  goldEvents,
  scoreDoc,
  summarize,
  type Counts,
  type PredictedQuote,
} from './polnear/score';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

export function loadNer(): NerModel {
  return parseNerModel(JSON.parse(readFileSync(resolve(ROOT, 'assets/model/ner-model.json'), 'utf8')));
}

export function predict(doc: Doc, ner: NerModel): PredictedQuote[] {
  const a = analyzeText(doc.text, { ner }, { declaredLang: 'en' });
  return a.quotes.map((q) => ({
    spans: q.spans,
    speaker: q.speaker ? { name: q.speaker.name, mention: q.speaker.mention } : null,
  }));
}

const f3 = (x: number) => x.toFixed(3);

export function calibrationRows(
  split: 'dev' | 'test',
): { filter: string; tp: number; fp: number; p: string; r: string; f1: string }[] {
  const docs = loadSplit(split);
  return [1, 4].map((minWords) => {
    const c = emptyCounts();
    for (const d of docs) scoreDoc(d, baselinePredictions(d, minWords), c);
    const s = summarize(c);
    return {
      filter: minWords === 1 ? 'none' : 'segment >=4 words',
      tp: s.tp,
      fp: s.fp,
      p: f3(s.precision),
      r: f3(s.recall),
      f1: f3(s.f1),
    };
  });
}

export function evaluate(split: Split, ner: NerModel, errors = 0): Counts {
  const c = emptyCounts();
  let shown = 0;
  for (const doc of loadSplit(split)) {
    const preds = predict(doc, ner);
    const before = { ...c };
    scoreDoc(doc, preds, c);
    if (
      errors > shown &&
      (c.fp > before.fp ||
        c.tp - before.tp < c.gold - before.gold ||
        c.speakerMention - before.speakerMention < c.tp - before.tp)
    ) {
      shown += showErrors(doc, preds);
    }
  }
  return c;
}

/** A debugging aid: the misses, false positives and wrong speakers of one document. */
function showErrors(doc: Doc, preds: PredictedQuote[]): number {
  let n = 0;
  const ctx = (s: number, e: number) =>
    doc.text.slice(Math.max(0, s - 80), s).replace(/\n/g, '|') +
    '[[' +
    doc.text.slice(s, e).slice(0, 120) +
    ']]' +
    doc.text.slice(e, e + 60).replace(/\n/g, '|');
  for (const g of goldEvents(doc)) {
    const c1 = emptyCounts();
    scoreDoc({ ...doc, events: [g] }, preds, c1);
    const src = g.sourceText!;
    if (c1.tp === 0) console.log(`  MISS ${doc.name}: ${ctx(g.content[0]!.start, g.content[0]!.end)}  <- ${src}`);
    else if (c1.speakerMention === 0) {
      const best = preds.filter((p) =>
        p.spans.some((s) => g.content.some((cc) => s.start < cc.end && cc.start < s.end)),
      )[0];
      const m = best?.speaker?.mention;
      console.log(
        `  SPK  ${doc.name}: ${ctx(g.content[0]!.start, g.content[0]!.end)}\n       gold=${JSON.stringify(src)} got=${best?.speaker ? JSON.stringify(best.speaker.name) + ' @' + JSON.stringify(m ? doc.text.slice(m.start, m.end) : null) : 'none'}`,
      );
    } else continue;
    n++;
  }
  const gold = goldEvents(doc);
  const others = { ...doc, events: doc.events.filter((e) => !gold.includes(e)) };
  for (const p of preds) {
    const overlapsGold = gold.some((g) =>
      g.content.some((cc) => p.spans.some((s) => s.start < cc.end && cc.start < s.end)),
    );
    if (overlapsGold) continue;
    const c1 = emptyCounts();
    scoreDoc(others, [p], c1);
    if (c1.fp) {
      console.log(`  FP   ${doc.name}: ${ctx(p.spans[0]!.start, p.spans[p.spans.length - 1]!.end)}`);
      n++;
    }
  }
  return n;
}

function printRow(label: string, c: Counts): void {
  const s = summarize(c);
  console.log(
    `${label.padEnd(6)} quotes P ${f3(s.precision)} R ${f3(s.recall)} F1 ${f3(s.f1)} (TP ${s.tp}, FP ${s.fp}, gold ${s.gold}) | ` +
      `speaker mention ${f3(s.speakerMentionAcc)} name ${f3(s.speakerNameAcc)} | end-to-end F1 ${f3(s.endToEndF1)} | ` +
      `pronoun subset: ${s.pronounTp}/${s.pronounGold} found, speaker mention ${f3(s.pronounMentionAcc)}`,
  );
}

/** One split's row of the Markdown table (the figures printRow prints). */
function reportRow(label: string, c: Counts): (string | number)[] {
  const s = summarize(c);
  return [
    label,
    f3(s.precision),
    f3(s.recall),
    f3(s.f1),
    s.tp,
    s.fp,
    s.gold,
    f3(s.speakerMentionAcc),
    f3(s.speakerNameAcc),
    f3(s.endToEndF1),
    `${s.pronounTp}/${s.pronounGold}`,
    f3(s.pronounMentionAcc),
  ];
}

function main(): void {
  const md = new MarkdownReport('npm run eval:quotes');
  if (!polnearAvailable()) {
    console.log('skipped: ../shared/corpora/quotes-polnear not found');
    md.add('Skipped: ../shared/corpora/quotes-polnear not found.');
    md.finish();
    return;
  }
  const args = process.argv.slice(2);
  const splitArg = args.includes('--split') ? (args[args.indexOf('--split') + 1] as Split) : null;
  const errors = args.includes('--errors') ? Number(args[args.indexOf('--errors') + 1]) : 0;
  const splits: Split[] = splitArg ? [splitArg] : ['dev', 'test'];
  console.log('PolNeAR direct quotes, primary protocol (canonical annotator, C0-C3)');
  console.log('calibration, quotation marks only (README rows):');
  const calibration: (string | number)[][] = [];
  for (const split of ['dev', 'test'] as const) {
    for (const r of calibrationRows(split)) {
      console.log(`  ${split.padEnd(5)} ${r.filter.padEnd(18)} TP ${r.tp} FP ${r.fp} P ${r.p} R ${r.r} F1 ${r.f1}`);
      calibration.push([split, r.filter, r.tp, r.fp, r.p, r.r, r.f1]);
    }
  }
  md.add(
    "PolNeAR direct quotes, primary protocol (canonical annotator, C0-C3). Calibration, quotation marks only (the corpus README's rows):",
  );
  // prettier-ignore
  md.table(['split', 'filter', 'TP', 'FP', 'P', 'R', 'F1'], calibration);
  const nerPath = resolve(ROOT, 'assets/model/ner-model.json');
  if (!existsSync(nerPath)) throw new Error('assets/model/ner-model.json missing');
  const ner = loadNer();
  const rows: (string | number)[][] = [];
  for (const split of splits) {
    const t0 = performance.now();
    const c = evaluate(split, ner, errors);
    printRow(split, c);
    rows.push(reportRow(split, c));
    console.log(`       (${((performance.now() - t0) / 1000).toFixed(1)} s)`);
  }
  md.add('Gloss (analyzeText):');
  // prettier-ignore
  md.table(['split', 'quote P', 'quote R', 'quote F1', 'TP', 'FP', 'gold', 'speaker, mention', 'speaker, name', 'end-to-end F1', 'pronoun subset found', 'pronoun subset speaker'], rows);
  md.finish();
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
