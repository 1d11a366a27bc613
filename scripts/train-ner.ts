/**
 * Train the entity recognizer and write assets/model/ner-model.json.
 *
 *   npm run train:ner                 final model: CoNLL-2003 train + dev + wikigold (even documents)
 *   npm run train:ner -- --tune       train on CoNLL train (+ wikigold even docs), print CoNLL dev and
 *                                     wikigold held-out (odd docs) F1; writes nothing
 *   options: --bits N (weight rows = 2^N), --epochs N, --seed N, --no-wikigold, --one-pass,
 *            --wiki-repeat N, --pages-repeat N (default 0: the page set's tune-half readings as extra
 *            training text, N times, scripts/ner/page-readings.ts), --out PATH (write the model there instead; with --tune too),
 *            --bag K (default 3: each model is the mean of K perceptrons over K shuffles),
 *            --prune T (default 1: quantised weights with |w| <= T are dropped, to keep the file
 *            small), --wiki-val / --wiki-val-swap (with --tune: validate on a quarter of
 *            wikigold's training half instead of the held-out half)
 *
 * Two passes (stacking): pass 1 tags from local and document features; pass 2 adds what pass 1
 * decided for the other occurrences of each word in the document. Pass 2 learns from pass-1 tags
 * made by models that did not see the document (5-fold jackknife), as it will meet them at run time.
 *
 * Deterministic: fixed seed, fixed corpus order, fixed shuffles. Corpora are read from
 * ../shared/corpora (never copied here). The test split is never read.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { buildGazetteer } from '../src/core/nlp/ner/gazetteer';
import { extractStage2Features, STAGE2_FEATURES_PER_TOKEN } from '../src/core/nlp/ner/stage2-features';
import type { WordInfo } from '../src/core/nlp/ner/word-info';
import { tagInfo } from '../src/core/nlp/ner/decode';
import {
  encodeSparse,
  int8ToBase64,
  MODEL_KIND,
  MODEL_VERSION,
  parseNerModel,
  type NerModelFile,
} from '../src/core/nlp/ner/model';
import { buildGazetteerData } from './ner/build-gazetteer';
import { readConll, readWikigold, REPO_ROOT, type GoldDoc } from './ner/corpus';
import { readTunePages } from './ner/page-readings';
import { predict, spanF1, TAGS, toExample, train, type Example, type Trained } from './ner/perceptron';

const DEFAULTS = { bits: 17, epochs: 8, seed: 20250101, wikiRepeat: 1, pagesRepeat: 0, folds: 5, bag: 3, prune: 1 };

function arg(name: string): string | undefined {
  const i = process.argv.indexOf('--' + name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}
const tune = process.argv.includes('--tune');
const useWikigold = !process.argv.includes('--no-wikigold');
const twoPass = !process.argv.includes('--one-pass');
const bits = Number(arg('bits') ?? DEFAULTS.bits);
const epochs = Number(arg('epochs') ?? DEFAULTS.epochs);
const seed = Number(arg('seed') ?? DEFAULTS.seed);
/** Wikigold's training half is small next to CoNLL; repeating it weights the out-of-domain style up. */
const wikiRepeat = Number(arg('wiki-repeat') ?? DEFAULTS.wikiRepeat);
/** --pages-repeat N: the page set's tune half as training text, N times (0: not used). */
const pagesRepeat = Number(arg('pages-repeat') ?? DEFAULTS.pagesRepeat);
const mask = (1 << bits) - 1;
/** --bag K: each model is the mean of K averaged perceptrons trained on K shuffles (seed, seed + 7919, ...). */
const bag = Number(arg('bag') ?? DEFAULTS.bag);
/** --prune T: after quantisation, weights with |q| <= T become 0 (a smaller model file). */
const prune = Number(arg('prune') ?? DEFAULTS.prune);

/** train() K times with different sentence orders and average the weights (bagging over shuffles). */
function trainBagged(ex: Example[], opts: { bits: number; epochs: number; seed: number }): Trained {
  if (bag <= 1) return train(ex, opts);
  let sum: Trained | null = null;
  for (let b = 0; b < bag; b++) {
    const m = train(ex, { ...opts, seed: opts.seed + b * 7919 });
    if (!sum) sum = m;
    else {
      for (let i = 0; i < m.weights.length; i++) sum.weights[i]! += m.weights[i]!;
      for (let i = 0; i < m.transitions.length; i++) sum.transitions[i]! += m.transitions[i]!;
    }
  }
  for (let i = 0; i < sum!.weights.length; i++) sum!.weights[i]! /= bag;
  for (let i = 0; i < sum!.transitions.length; i++) sum!.transitions[i]! /= bag;
  return sum!;
}

const conllTrain = readConll('train');
const conllDev = readConll('dev');
// --wiki-val (with --tune): validate on half of wikigold's training half (documents 2, 6, 10, ...)
// and train on the other half (0, 4, 8, ...), so choices never look at the held-out documents.
const wikiVal = tune && (process.argv.includes('--wiki-val') || process.argv.includes('--wiki-val-swap'));
const wikiEven = readWikigold('train');
// --wiki-val-swap: the other way round (validate on 0, 4, 8, ...; train on 2, 6, 10, ...), so a
// choice can be checked on both quarters of the training half.
const valPart = process.argv.includes('--wiki-val-swap') ? 0 : 1;
const wikiTrain = wikiVal && wikiEven ? wikiEven.filter((_, i) => i % 2 !== valPart) : wikiEven;
const wikiHeld = wikiVal && wikiEven ? wikiEven.filter((_, i) => i % 2 === valPart) : readWikigold('heldout');
if (!conllTrain || !conllDev) {
  console.log('skipped: ../shared/corpora/conll2003 not found');
  process.exit(0);
}

const t0 = performance.now();
const secs = (): string => ((performance.now() - t0) / 1000).toFixed(0) + ' s';
const gazData = buildGazetteerData();
const gaz = buildGazetteer(gazData);
const cache = new Map<string, WordInfo>();
const toEx = (docs: GoldDoc[]): Example[] => docs.map((d) => toExample(d, gaz, bits, cache));

const trainDocs: GoldDoc[] = [...conllTrain];
if (!tune) trainDocs.push(...conllDev);
if (useWikigold && wikiTrain) for (let r = 0; r < wikiRepeat; r++) trainDocs.push(...wikiTrain);
const pages = pagesRepeat > 0 ? readTunePages() : null;
if (pages) for (let r = 0; r < pagesRepeat; r++) trainDocs.push(...pages);
const trainEx = toEx(trainDocs);
const devEx = tune ? toEx(conllDev) : [];
const wikiEx = tune && wikiHeld ? toEx(wikiHeld) : [];
const nTok = trainEx.reduce((a, e) => a + e.gold.length, 0);
console.log(
  `training on ${trainDocs.length} documents, ${nTok} tokens (CoNLL train${tune ? '' : ' + dev'}${useWikigold && wikiTrain ? ' + wikigold even docs' : ''}${pages ? ` + ${pages.length} tune-half pages x${pagesRepeat}` : ''}); bits=${bits} epochs=${epochs} seed=${seed}${bag > 1 ? ` bag=${bag}` : ''} ${twoPass ? 'two passes' : 'one pass'}; features ready in ${secs()}`,
);

const info = tagInfo(TAGS);
const f1 = (ex: Example[], preds: Int32Array[]): number =>
  spanF1(ex.map((e, i) => ({ gold: e.gold, pred: preds[i]! }))).f;
const predictAll = (ex: Example[], m: { weights: ArrayLike<number>; transitions: ArrayLike<number> }): Int32Array[] =>
  ex.map((e) => predict(e, m.weights, m.transitions));
const withFirstPass = (ex: Example[], firstPass: Int32Array[]): Example[] =>
  ex.map((e, i) => ({
    ...e,
    feats: extractStage2Features(e.feats, e.ctx, firstPass[i]!, TAGS.length, info.type, mask),
    F: STAGE2_FEATURES_PER_TOKEN,
  }));

// Pass 1 on everything.
const pass1: Trained = trainBagged(trainEx, { bits, epochs, seed });
console.log(`pass 1 trained (${secs()})`);
let pass2: Trained | null = null;
if (twoPass) {
  // Jackknifed pass-1 tags for the training documents. The copies of a repeated document share
  // the fold of its first copy, so no fold's model has seen the documents it tags.
  const folds = DEFAULTS.folds;
  const firstCopy = new Map<GoldDoc, number>();
  trainDocs.forEach((d, i) => {
    if (!firstCopy.has(d)) firstCopy.set(d, i);
  });
  const foldOf = trainDocs.map((d) => firstCopy.get(d)! % folds);
  const jack: Int32Array[] = new Array<Int32Array>(trainEx.length);
  for (let k = 0; k < folds; k++) {
    const m = trainBagged(
      trainEx.filter((_, i) => foldOf[i] !== k),
      { bits, epochs, seed: seed + k + 1 },
    );
    trainEx.forEach((e, i) => {
      if (foldOf[i] === k) jack[i] = predict(e, m.weights, m.transitions);
    });
    console.log(`fold ${k + 1}/${folds} (${secs()})`);
  }
  pass2 = trainBagged(withFirstPass(trainEx, jack), { bits, epochs, seed: seed + 100 });
  console.log(`pass 2 trained (${secs()})`);
}

/** int8 weights: clip at a high quantile of |w| so a few large weights do not eat the resolution. */
function quantize(m: Trained): { q: Int8Array; qt: number[]; scale: number } {
  const abs = Float32Array.from(
    m.weights.filter((x) => x !== 0),
    Math.abs,
  ).sort();
  const clip = abs.length ? abs[Math.min(abs.length - 1, Math.floor(abs.length * 0.99995))]! : 1;
  const scale = 127 / clip;
  const q = new Int8Array(m.weights.length);
  for (let i = 0; i < q.length; i++) {
    const v = Math.max(-127, Math.min(127, Math.round(m.weights[i]! * scale)));
    q[i] = Math.abs(v) <= prune ? 0 : v;
  }
  const qt = Array.from(m.transitions, (x) => Math.round(x * scale));
  const nonzero = q.reduce((a, x) => a + (x !== 0 ? 1 : 0), 0);
  console.log(`quantized: scale ${scale.toFixed(3)}, non-zero ${nonzero} of ${q.length}`);
  return { q, qt, scale };
}
const q1 = quantize(pass1);
const q2 = pass2 ? quantize(pass2) : null;

if (tune) {
  const report = (name: string, ex: Example[]): void => {
    if (!ex.length) return;
    const p1f = predictAll(ex, pass1);
    const p1q = predictAll(ex, { weights: q1.q, transitions: q1.qt });
    let line = `${name}: pass 1 F1 ${f1(ex, p1f).toFixed(4)} (int8 ${f1(ex, p1q).toFixed(4)})`;
    if (pass2 && q2) {
      const p2f = predictAll(withFirstPass(ex, p1f), pass2);
      const p2q = predictAll(withFirstPass(ex, p1q), { weights: q2.q, transitions: q2.qt });
      line += `  pass 2 F1 ${f1(ex, p2f).toFixed(4)} (int8 ${f1(ex, p2q).toFixed(4)})`;
    }
    console.log(line);
  };
  report('CoNLL dev', devEx);
  report(wikiVal ? `wikigold validation (docs ${valPart ? '2, 6, 10' : '0, 4, 8'}, ...)` : 'wikigold held-out', wikiEx);
  console.log(`done in ${secs()}`);
  if (!arg('out')) process.exit(0);
}

const file: NerModelFile = {
  version: MODEL_VERSION,
  kind: MODEL_KIND,
  tags: TAGS,
  bits,
  scale: q1.scale,
  weights: int8ToBase64(encodeSparse(q1.q)),
  transitions: q1.qt,
  ...(q2 ? { second: { scale: q2.scale, weights: int8ToBase64(encodeSparse(q2.q)), transitions: q2.qt } } : {}),
  gazetteer: gazData,
  trainedOn: `CoNLL-2003 train+dev${useWikigold && wikiTrain ? ', wikigold even-index documents (odd ones held out for evaluation)' : ''}${pages ? `, the page set's tune-half readings (${pages.length} pages, x${pagesRepeat})` : ''}`,
  command: `npm run train:ner${process.argv.slice(2).length ? ' -- ' + process.argv.slice(2).join(' ') : ''}`,
  epochs,
  seed,
  ...(bag > 1 ? { bag } : {}),
  ...(prune > 0 ? { prune } : {}),
  gazetteerSource: 'compromise lexicon (MIT), see assets/data/SOURCES-gazetteers.md',
};
// --out PATH writes the model elsewhere (e.g. a --tune model, for error analysis on dev)
const outPath = arg('out') ? resolve(arg('out')!) : resolve(REPO_ROOT, 'assets/model/ner-model.json');
mkdirSync(dirname(outPath), { recursive: true });
const json = JSON.stringify(file);
writeFileSync(outPath, json);
if (!arg('out'))
  writeFileSync(resolve(REPO_ROOT, 'assets/data/gazetteer.json'), JSON.stringify(gazData, null, 0) + '\n');
const tp = performance.now();
parseNerModel(JSON.parse(json));
console.log(
  `wrote ${outPath}: ${json.length} bytes; parse+load ${(performance.now() - tp).toFixed(1)} ms; total ${secs()}`,
);
