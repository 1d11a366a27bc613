/**
 * Validation scores for entity work, through the same code as `npm run eval:ner` (analyzeText), on
 * sets that may be tuned on: CoNLL-2003 dev and a quarter of wikigold's training half.
 *
 *   npx tsx scripts/ner/eval-val.ts --model /tmp/m.json [--wiki 0|1] [--no-dev] [--errors N] [--raw]
 *
 * --raw scores the recognizer's spans as they come (before the entity stage).
 * --model: a model written by `npm run train:ner -- --tune --wiki-val[-swap] --out PATH` (trained
 * without the validated documents). --wiki 1 (default) is the quarter --wiki-val holds out
 * (training-half documents 1, 3, 5, ... = wikigold documents 2, 6, 10, ...); --wiki 0 the one
 * --wiki-val-swap holds out. --errors N prints N error lines per kind for the wikigold quarter
 * (boundary, type, missed, spurious), to read (never commit their text). The held-out odd half of
 * wikigold is never read here.
 */
import { readFileSync } from 'node:fs';
import { analyzeText } from '../../src/core/analysis/analyze';
import { parseNerModel } from '../../src/core/nlp/ner/model';
import { recognize } from '../../src/core/nlp/ner/recognize';
import { readConll, readWikigold, type GoldDoc } from './corpus';

const TYPE_OF: Record<string, string> = { person: 'PER', place: 'LOC', organization: 'ORG' };
const TYPES = ['PER', 'LOC', 'ORG'];
const raw = process.argv.includes('--raw');

function arg(name: string): string | undefined {
  const i = process.argv.indexOf('--' + name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

interface Span {
  start: number;
  end: number;
  type: string;
}

function predicted(doc: GoldDoc, ner: ReturnType<typeof parseNerModel>): Span[] {
  if (raw) {
    // the recognizer's own spans, before the entity stage (--raw)
    const r = recognize(doc.text, ner);
    return r.spans
      .filter((s) => TYPES.includes(s.type))
      .map((s) => ({ start: r.tokens[s.first]!.start, end: r.tokens[s.last - 1]!.end, type: s.type }));
  }
  const a = analyzeText(doc.text, { ner });
  const out: Span[] = [];
  for (const e of a.entities ?? []) {
    const t = TYPE_OF[e.type];
    if (!t) continue;
    for (const m of e.mentions) out.push({ start: m.start, end: m.end, type: t });
  }
  return out;
}

function score(name: string, docs: GoldDoc[], ner: ReturnType<typeof parseNerModel>, errors: number): void {
  const c: Record<string, { tp: number; fp: number; fn: number }> = {};
  for (const t of [...TYPES, 'micro']) c[t] = { tp: 0, fp: 0, fn: 0 };
  const errs: Record<string, string[]> = { boundary: [], type: [], missed: [], spurious: [] };
  const kinds: Record<string, number> = { boundary: 0, type: 0, missed: 0, spurious: 0 };
  for (const doc of docs) {
    const gold = doc.spans.filter((s) => TYPES.includes(s.type));
    const misc = doc.spans.filter((s) => s.type === 'MISC');
    const pred = predicted(doc, ner);
    const key = (s: Span): string => `${s.start}:${s.end}:${s.type}`;
    const gk = new Set(gold.map(key));
    const pk = new Set(pred.map(key));
    const uniq = new Map(pred.map((p) => [key(p), p]));
    for (const p of uniq.values()) {
      const ok = gk.has(key(p));
      c[p.type]![ok ? 'tp' : 'fp']++;
      c.micro![ok ? 'tp' : 'fp']++;
      if (ok) continue;
      const same = gold.find((g) => g.start === p.start && g.end === p.end);
      const over = gold.find((g) => g.start < p.end && p.start < g.end);
      const m = misc.find((g) => g.start < p.end && p.start < g.end);
      const ctx =
        doc.text.slice(Math.max(0, p.start - 30), p.start) +
        '[' +
        doc.text.slice(p.start, p.end) +
        ']' +
        doc.text.slice(p.end, p.end + 30);
      if (same) {
        kinds.type!++;
        errs.type!.push(`${same.type}->${p.type} ${ctx.replace(/\n/g, ' / ')}`);
      } else if (over) {
        kinds.boundary!++;
        errs.boundary!.push(
          `pred ${p.type} gold ${over.type} "${doc.text.slice(over.start, over.end)}": ${ctx.replace(/\n/g, ' / ')}`,
        );
      } else {
        kinds.spurious!++;
        errs.spurious!.push(
          `${p.type}${m ? ' (MISC ' + doc.text.slice(m.start, m.end) + ')' : ''}: ${ctx.replace(/\n/g, ' / ')}`,
        );
      }
    }
    for (const g of gold) {
      if (pk.has(key(g))) continue;
      c[g.type]!.fn++;
      c.micro!.fn++;
      const over = pred.find((p) => p.start < g.end && g.start < p.end);
      if (!over) {
        kinds.missed!++;
        const ctx =
          doc.text.slice(Math.max(0, g.start - 30), g.start) +
          '[' +
          doc.text.slice(g.start, g.end) +
          ']' +
          doc.text.slice(g.end, g.end + 30);
        errs.missed!.push(`${g.type}: ${ctx.replace(/\n/g, ' / ')}`);
      }
    }
  }
  const f = (x: { tp: number; fp: number; fn: number }): string => {
    const p = x.tp + x.fp ? x.tp / (x.tp + x.fp) : 0;
    const r = x.tp + x.fn ? x.tp / (x.tp + x.fn) : 0;
    return `P ${p.toFixed(4)} R ${r.toFixed(4)} F1 ${(p + r ? (2 * p * r) / (p + r) : 0).toFixed(4)}`;
  };
  console.log(`${name} (${docs.length} docs)`);
  for (const t of [...TYPES, 'micro'])
    console.log(`  ${t.padEnd(6)} ${f(c[t]!)}  (tp ${c[t]!.tp} fp ${c[t]!.fp} fn ${c[t]!.fn})`);
  console.log(
    `  errors: predicted with wrong boundary ${kinds.boundary}, wrong type ${kinds.type}, spurious ${kinds.spurious}; gold missed entirely ${kinds.missed}`,
  );
  if (errors > 0)
    for (const k of Object.keys(errs)) for (const l of errs[k]!.slice(0, errors)) console.log(`  ${k}: ${l}`);
}

const model = arg('model');
if (!model) throw new Error('--model PATH');
const ner = parseNerModel(JSON.parse(readFileSync(model, 'utf8')));
const part = Number(arg('wiki') ?? 1);
const errors = Number(arg('errors') ?? 0);
const even = readWikigold('train');
const dev = readConll('dev');
if (!process.argv.includes('--no-dev') && dev) score('CoNLL dev', dev, ner, 0);
if (even)
  score(
    `wikigold training-half quarter ${part} (docs ${part ? '2, 6, 10' : '0, 4, 8'}, ...)`,
    even.filter((_, i) => i % 2 === part),
    ner,
    errors,
  );
