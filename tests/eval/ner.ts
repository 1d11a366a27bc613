/**
 * `npm run eval:ner`: entity recognition scored the way readers get it, through `analyze --text`.
 *
 * Each corpus document is rebuilt as text (tokens joined by spaces, sentences by "\n"), written to
 * a temp dir, and all files go through one run of the CLI (src/cli/analyze.ts; until it exists,
 * analyzeText, which is what the CLI calls). Predicted mentions of person/place/organization
 * entities are compared with gold PER/LOC/ORG spans on exact character offsets (MISC and 'other'
 * ignored): per-type and micro precision, recall and F1.
 *
 * Sets: CoNLL-2003 dev (trained on after tuning, so a fit figure) and test, and wikigold's held-out half (odd-index documents; the even ones
 * are in the model's training data, see scripts/ner/corpus.ts). The test split is never used for
 * tuning. Corpora are read from ../shared/corpora; without them this prints "skipped" and exits 0.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { readConll, readWikigold, REPO_ROOT, type GoldDoc } from '../../scripts/ner/corpus';
import { MarkdownReport } from '../helpers/markdown-report';

const TYPE_OF: Record<string, string> = { person: 'PER', place: 'LOC', organization: 'ORG' };
const TYPES = ['PER', 'LOC', 'ORG'];

interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

interface EntityLine {
  file: string;
  entities?: { type: string; mentions: { start: number; end: number }[] }[];
  unsupported?: unknown;
  error?: string;
}

export interface SetScore {
  name: string;
  docs: number;
  perType: Record<string, Counts>;
  micro: Counts;
}

function prf(c: Counts): { p: number; r: number; f: number } {
  const p = c.tp + c.fp ? c.tp / (c.tp + c.fp) : 0;
  const r = c.tp + c.fn ? c.tp / (c.tp + c.fn) : 0;
  return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0 };
}

/** Analyse all texts in one CLI run (or in-process before the CLI exists). */
function analyseAll(texts: string[]): EntityLine[] {
  const dir = mkdtempSync(join(tmpdir(), 'gloss-eval-ner-'));
  try {
    const files = texts.map((t, i) => {
      const f = join(dir, `doc-${String(i).padStart(5, '0')}.txt`);
      writeFileSync(f, t);
      return f;
    });
    const cli = resolve(REPO_ROOT, 'src/cli/analyze.ts');
    if (existsSync(cli)) {
      const tsx = resolve(REPO_ROOT, 'node_modules/.bin/tsx');
      const run = spawnSync(tsx, [cli, '--text', ...files], { cwd: REPO_ROOT, maxBuffer: 1 << 30, encoding: 'utf8' });
      if (run.error) throw run.error;
      const lines = run.stdout
        .split('\n')
        .filter((l) => l.trim() !== '')
        .map((l) => JSON.parse(l) as EntityLine);
      if (lines.length > 0) {
        const byFile = new Map(lines.map((l) => [l.file, l]));
        return files.map((f) => byFile.get(f) ?? { file: f, error: 'no output line' });
      }
      const why = (run.stderr ?? '')
        .split('\n')
        .filter((l) => l.trim() && !l.startsWith('npm warn'))
        .slice(0, 3)
        .join(' / ');
      console.log(
        `note: analyze --text printed nothing (exit ${run.status}: ${why}); calling analyzeText in-process instead (what the CLI calls)`,
      );
    }
    return inProcess(texts, files);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

let inProcess: (texts: string[], files: string[]) => EntityLine[] = () => {
  throw new Error('not loaded');
};

async function loadInProcess(): Promise<void> {
  const { analyzeText } = await import('../../src/core/analysis/analyze');
  const { parseNerModel } = await import('../../src/core/nlp/ner/model');
  const { readFileSync } = await import('node:fs');
  const ner = parseNerModel(JSON.parse(readFileSync(resolve(REPO_ROOT, 'assets/model/ner-model.json'), 'utf8')));
  inProcess = (texts, files) => texts.map((t, i) => ({ file: files[i]!, ...analyzeText(t, { ner }) }));
}

export function scoreSet(name: string, docs: GoldDoc[], lines: EntityLine[]): SetScore {
  const perType: Record<string, Counts> = {};
  for (const t of TYPES) perType[t] = { tp: 0, fp: 0, fn: 0 };
  docs.forEach((doc, i) => {
    const line = lines[i]!;
    if (line.error) throw new Error(`${line.file}: ${line.error}`);
    const gold = new Set(doc.spans.filter((s) => TYPES.includes(s.type)).map((s) => `${s.start}:${s.end}:${s.type}`));
    const pred = new Set<string>();
    for (const e of line.entities ?? []) {
      const t = TYPE_OF[e.type];
      if (!t) continue;
      for (const m of e.mentions) pred.add(`${m.start}:${m.end}:${t}`);
    }
    for (const k of pred) {
      const t = k.slice(k.lastIndexOf(':') + 1);
      if (gold.has(k)) perType[t]!.tp++;
      else perType[t]!.fp++;
    }
    for (const k of gold) if (!pred.has(k)) perType[k.slice(k.lastIndexOf(':') + 1)]!.fn++;
  });
  const micro = { tp: 0, fp: 0, fn: 0 };
  for (const t of TYPES) {
    micro.tp += perType[t]!.tp;
    micro.fp += perType[t]!.fp;
    micro.fn += perType[t]!.fn;
  }
  return { name, docs: docs.length, perType, micro };
}

const fmt = (x: number): string => x.toFixed(4);

function printScore(s: SetScore): void {
  console.log(`\n${s.name} (${s.docs} documents)`);
  console.log('type   precision  recall     F1        gold   predicted');
  for (const t of [...TYPES, 'micro']) {
    const c = t === 'micro' ? s.micro : s.perType[t]!;
    const { p, r, f } = prf(c);
    console.log(
      `${t.padEnd(6)} ${fmt(p)}     ${fmt(r)}     ${fmt(f)}    ${String(c.tp + c.fn).padStart(5)}  ${String(c.tp + c.fp).padStart(5)}`,
    );
  }
}

/** The set's figures as printScore prints them, as a Markdown table. */
function reportScore(md: MarkdownReport, s: SetScore): void {
  md.add(`${s.name}, ${s.docs} documents:`);
  // prettier-ignore
  md.table(
    ['type', 'precision', 'recall', 'F1', 'gold', 'predicted'],
    [...TYPES, 'micro'].map((t) => {
      const c = t === 'micro' ? s.micro : s.perType[t]!;
      const { p, r, f } = prf(c);
      return [t, fmt(p), fmt(r), fmt(f), c.tp + c.fn, c.tp + c.fp];
    }),
  );
}

async function main(): Promise<void> {
  const md = new MarkdownReport('npm run eval:ner');
  const dev = readConll('dev');
  const test = readConll('test');
  if (!dev || !test) {
    console.log('skipped: ../shared/corpora/conll2003 not found');
    md.add('Skipped: ../shared/corpora/conll2003 not found.');
    md.finish();
    return;
  }
  const wiki = readWikigold('heldout');
  if (!existsSync(resolve(REPO_ROOT, 'src/cli/analyze.ts'))) {
    console.log('note: src/cli/analyze.ts not found; calling analyzeText in-process (what the CLI calls)');
  }
  await loadInProcess();
  const sets: [string, GoldDoc[]][] = [
    // dev tuned the recognizer and is then part of its final training data (npm run train:ner):
    // its figure shows fit; `npm run train:ner -- --tune` prints the held-out dev figure
    ['CoNLL-2003 dev (in the final training data; held-out dev F1: npm run train:ner -- --tune)', dev],
    ['CoNLL-2003 test', test],
  ];
  if (wiki) sets.push(['wikigold held-out (odd-index documents; not trained on)', wiki]);
  else {
    console.log('skipped: ../shared/corpora/wikigold not found');
    md.add('wikigold skipped: ../shared/corpora/wikigold not found.');
  }
  const all = sets.flatMap(([, d]) => d.map((x) => x.text));
  const t0 = performance.now();
  const lines = analyseAll(all);
  console.log(`analysed ${all.length} documents in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  let k = 0;
  for (const [name, docs] of sets) {
    const score = scoreSet(name, docs, lines.slice(k, k + docs.length));
    k += docs.length;
    printScore(score);
    reportScore(md, score);
  }
  md.finish();
}

if (import.meta.url === `file://${process.argv[1]}` || process.argv[1]?.endsWith('tests/eval/ner.ts')) {
  main().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
