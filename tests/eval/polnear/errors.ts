/**
 * Speaker-error dump for tuning on PolNeAR train and dev (never test):
 *   npx tsx tests/eval/polnear/errors.ts --split dev [--limit N] [--class CLASS] [--fresh] [--mixed]
 * Prints the figures of the primary protocol, a count of speaker errors per class, then each
 * error with its context. The entity stage's output is cached per split in the OS temp folder
 * (the quote stage is what is tuned; `--fresh` recomputes entities, e.g. after a model change).
 * Classes: by the gold Source (pronoun / name / common noun, i.e. organisations, documents and
 * role nouns), whether we gave no speaker or a wrong one, and where the gold Source sits
 * (before or after the quotation, same paragraph or not).
 * `--mixed` also scores the speakers of quotations inside mixed events (a partial quotation woven
 * into a paraphrase: “He called it ‘a disaster’”), which the primary protocol leaves out: the same
 * speaker decisions on a larger pool. Their errors are classed `mixed/…`, and counted apart.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { resolve } from 'node:path';
import type { Entity } from '../../../src/core/analysis/contract';
import { findEntities } from '../../../src/core/nlp/entities';
import { findQuotes } from '../../../src/core/nlp/quotes';
import { loadNer } from '../quotes';
import { loadSplit, type Doc, type Split } from './corpus';
import { emptyCounts, goldEvents, isPronounSource, scoreDoc, summarize, type PredictedQuote } from './score';

const args = process.argv.slice(2);
const arg = (name: string): string | null => (args.includes(name) ? (args[args.indexOf(name) + 1] ?? null) : null);
const split = (arg('--split') ?? 'dev') as Split;
if (split === 'test') throw new Error('errors.ts is for train and dev only: the test split is for final measurement');
const limit = Number(arg('--limit') ?? 1e9);
const only = arg('--class');
const mixed = args.includes('--mixed');
let mixedTotal = 0;
let mixedRight = 0;

const docs = loadSplit(split);
const cachePath = resolve(tmpdir(), `gloss-polnear-entities-${split}.json`);
let cache: Record<string, Entity[]> = {};
if (existsSync(cachePath) && !args.includes('--fresh'))
  cache = JSON.parse(readFileSync(cachePath, 'utf8')) as Record<string, Entity[]>;
let dirty = false;
let ner: ReturnType<typeof loadNer> | null = null;
function entitiesOf(doc: Doc): Entity[] {
  let e = cache[doc.name];
  if (!e) {
    ner ??= loadNer();
    e = findEntities(doc.text, ner);
    cache[doc.name] = e;
    dirty = true;
  }
  // findQuotes does not change entities, but a copy keeps the cache safe if that ever changes.
  return structuredClone(e);
}

function sourceKind(src: string): string {
  if (isPronounSource(src)) return 'pronoun';
  return /\p{Lu}/u.test(src) ? 'name' : 'common';
}

interface Err {
  cls: string;
  line: string;
}

const total = emptyCounts();
const errs: Err[] = [];
for (const doc of docs) {
  const quotes = findQuotes(doc.text, entitiesOf(doc));
  const preds: (PredictedQuote & { cue: string | null })[] = quotes.map((q) => ({
    spans: q.spans,
    speaker: q.speaker ? { name: q.speaker.name, mention: q.speaker.mention } : null,
    cue: q.cue,
  }));
  scoreDoc(doc, preds, total);
  const paraOf = (i: number): number => {
    let n = 0;
    for (let k = doc.text.indexOf('\n\n'); k >= 0 && k < i; k = doc.text.indexOf('\n\n', k + 2)) n++;
    return n;
  };
  const ctx = (s: number, e: number): string => {
    const ps = Math.max(0, doc.text.lastIndexOf('\n\n', s - 1) - 120);
    const pe = doc.text.indexOf('\n\n', e);
    return (
      doc.text.slice(ps, s) +
      '[[' +
      doc.text.slice(s, e) +
      ']]' +
      doc.text.slice(e, pe < 0 ? undefined : pe)
    ).replace(/\n/g, '|');
  };
  for (const g of goldEvents(doc)) {
    const c1 = emptyCounts();
    scoreDoc({ ...doc, events: [g] }, preds, c1);
    if (c1.tp === 0 || c1.speakerMention === 1) continue;
    const overl = (p: PredictedQuote): number =>
      p.spans.reduce(
        (n, s) =>
          n + g.content.reduce((m, c) => m + Math.max(0, Math.min(s.end, c.end) - Math.max(s.start, c.start)), 0),
        0,
      );
    const best = preds.reduce<(typeof preds)[number] | null>((b, p) => (overl(p) > (b ? overl(b) : 0) ? p : b), null)!;
    const src = g.source![0]!;
    const q0 = g.content[0]!.start;
    const where = (src.start < q0 ? 'before' : 'after') + (paraOf(src.start) === paraOf(q0) ? '-same' : '-other');
    const m = best.speaker?.mention;
    const cls = `${sourceKind(g.sourceText!)}/${best.speaker ? 'wrong' : 'none'}/${where}`;
    const cue = g.cue ? g.cue.map((c) => doc.text.slice(c.start, c.end)).join(' ') : '';
    errs.push({
      cls,
      line: `[${cls}] ${doc.name}\n   gold=${JSON.stringify(g.sourceText)} cue=${JSON.stringify(cue)} got=${best.speaker ? JSON.stringify(best.speaker.name) + ' @' + JSON.stringify(m ? doc.text.slice(m.start, m.end) : null) + (m ? ` (${m.start - q0})` : '') + ' cue=' + JSON.stringify(best.cue) : 'none'}\n   ${ctx(Math.min(q0, src.start), Math.max(g.content[g.content.length - 1]!.end, src.end))}`,
    });
  }
  if (mixed) {
    for (const g of doc.events) {
      if (g.kind !== 'mixed' || !g.source) continue;
      // The prediction most inside the event's content, if at least half of it is inside.
      let best: (typeof preds)[number] | null = null;
      let bestIn = 0;
      for (const p of preds) {
        let inside = 0;
        let all = 0;
        for (const s of p.spans) {
          all += s.end - s.start;
          for (const c of g.content) inside += Math.max(0, Math.min(s.end, c.end) - Math.max(s.start, c.start));
        }
        if (inside >= 0.5 * all && inside > bestIn) {
          best = p;
          bestIn = inside;
        }
      }
      if (!best) continue;
      mixedTotal++;
      const m = best.speaker?.mention;
      if (m && g.source.some((s) => m.start < s.end && s.start < m.end)) {
        mixedRight++;
        continue;
      }
      const src = g.source[0]!;
      const q0 = best.spans[0]!.start;
      const where = (src.start < q0 ? 'before' : 'after') + (paraOf(src.start) === paraOf(q0) ? '-same' : '-other');
      const cls = `mixed/${sourceKind(g.sourceText!)}/${best.speaker ? 'wrong' : 'none'}/${where}`;
      const cue = g.cue ? g.cue.map((c) => doc.text.slice(c.start, c.end)).join(' ') : '';
      const c0 = Math.min(g.content[0]!.start, src.start);
      const c1 = Math.max(g.content[g.content.length - 1]!.end, src.end);
      errs.push({
        cls,
        line: `[${cls}] ${doc.name}\n   gold=${JSON.stringify(g.sourceText)} cue=${JSON.stringify(cue)} got=${best.speaker ? JSON.stringify(best.speaker.name) + ' @' + JSON.stringify(m ? doc.text.slice(m.start, m.end) : null) + (m ? ` (${m.start - q0})` : '') + ' cue=' + JSON.stringify(best.cue) : 'none'} quote=${JSON.stringify(doc.text.slice(q0, best.spans[best.spans.length - 1]!.end).slice(0, 60))}\n   ${ctx(c0, c1)}`,
      });
    }
  }
  // False positives: predictions that overlap no gold event and are not don't-care.
  const gold = goldEvents(doc);
  const others = { ...doc, events: doc.events.filter((e) => !gold.includes(e)) };
  for (const p of preds) {
    if (gold.some((g) => g.content.some((c) => p.spans.some((s) => s.start < c.end && c.start < s.end)))) continue;
    const c1 = emptyCounts();
    scoreDoc(others, [p], c1);
    if (c1.fp)
      errs.push({
        cls: 'FP',
        line: `[FP] ${doc.name} speaker=${JSON.stringify(p.speaker?.name ?? null)} cue=${JSON.stringify(p.cue)}\n   \n   ${ctx(p.spans[0]!.start, p.spans[p.spans.length - 1]!.end)}`,
      });
  }
}
if (dirty) writeFileSync(cachePath, JSON.stringify(cache));

const s = summarize(total);
const f3 = (x: number): string => x.toFixed(3);
console.log(
  `${split}: quotes P ${f3(s.precision)} R ${f3(s.recall)} F1 ${f3(s.f1)} (TP ${s.tp}, FP ${s.fp}) | speaker mention ${f3(s.speakerMentionAcc)} (${total.speakerMention}) name ${f3(s.speakerNameAcc)} | e2e F1 ${f3(s.endToEndF1)} | pronoun ${f3(s.pronounMentionAcc)}`,
);
if (mixed)
  console.log(
    `mixed events: speaker mention ${f3(mixedRight / Math.max(1, mixedTotal))} (${mixedRight} of ${mixedTotal})`,
  );
const byClass = new Map<string, number>();
for (const e of errs) byClass.set(e.cls, (byClass.get(e.cls) ?? 0) + 1);
for (const [k, n] of [...byClass].sort((a, b) => b[1] - a[1])) console.log(`  ${String(n).padStart(4)} ${k}`);
let shown = 0;
for (const e of errs) {
  if (only && !e.cls.includes(only)) continue;
  if (shown++ >= limit) break;
  console.log(e.line);
}
