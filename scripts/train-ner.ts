/**
 * Train the entity recognizer and write assets/model/ner-model.json.
 *
 *   npm run train:ner                 final model: CoNLL-2003 train + dev + wikigold (even documents)
 *   npm run train:ner -- --tune       train on CoNLL train (+ wikigold even docs), print CoNLL dev and
 *                                     wikigold held-out (odd docs) F1 after every epoch; writes nothing
 *   options: --bits N (weight rows = 2^N), --epochs N, --seed N, --no-wikigold
 *
 * Deterministic: fixed seed, fixed corpus order, fixed shuffles. Corpora are read from
 * ../shared/corpora (never copied here). The test split is never read.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildGazetteer } from '../src/nlp/ner/gazetteer';
import type { WordInfo } from '../src/nlp/ner/features';
import { encodeSparse, int8ToBase64, MODEL_KIND, MODEL_VERSION, parseNerModel, type NerModelFile } from '../src/nlp/ner/model';
import { buildGazetteerData } from './ner/build-gazetteer';
import { readConll, readWikigold, REPO_ROOT, type GoldDoc } from './ner/corpus';
import { predict, spanF1, TAGS, toExample, train, type Example, type Trained } from './ner/perceptron';

const DEFAULTS = { bits: 17, epochs: 8, seed: 20250101, wikiRepeat: 1 };

function arg(name: string): string | undefined {
  const i = process.argv.indexOf('--' + name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}
const tune = process.argv.includes('--tune');
const useWikigold = !process.argv.includes('--no-wikigold');
const bits = Number(arg('bits') ?? DEFAULTS.bits);
const epochs = Number(arg('epochs') ?? DEFAULTS.epochs);
const seed = Number(arg('seed') ?? DEFAULTS.seed);
/** Wikigold's training half is small next to CoNLL; repeating it weights the out-of-domain style up. */
const wikiRepeat = Number(arg('wiki-repeat') ?? DEFAULTS.wikiRepeat);

const conllTrain = readConll('train');
const conllDev = readConll('dev');
const wikiTrain = readWikigold('train');
const wikiHeld = readWikigold('heldout');
if (!conllTrain || !conllDev) {
  console.log('skipped: ../shared/corpora/conll2003 not found');
  process.exit(0);
}

const t0 = performance.now();
const gazData = buildGazetteerData();
const gaz = buildGazetteer(gazData);
const cache = new Map<string, WordInfo>();
const toEx = (docs: GoldDoc[]): Example[] => docs.map((d) => toExample(d, gaz, bits, cache));

const trainDocs: GoldDoc[] = [...conllTrain];
if (!tune) trainDocs.push(...conllDev);
if (useWikigold && wikiTrain) for (let r = 0; r < wikiRepeat; r++) trainDocs.push(...wikiTrain);
const trainEx = toEx(trainDocs);
const devEx = tune ? toEx(conllDev) : [];
const wikiEx = tune && wikiHeld ? toEx(wikiHeld) : [];
const nTok = trainEx.reduce((a, e) => a + e.gold.length, 0);
console.log(
  `training on ${trainDocs.length} documents, ${nTok} tokens (CoNLL train${tune ? '' : ' + dev'}${useWikigold && wikiTrain ? ' + wikigold even docs' : ''}); bits=${bits} epochs=${epochs} seed=${seed}; features ready in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
);

const evalF1 = (ex: Example[], w: ArrayLike<number>, t: ArrayLike<number>): number =>
  spanF1(ex.map((e) => ({ gold: e.gold, pred: predict(e, w, t) }))).f;

const model: Trained = train(trainEx, {
  bits,
  epochs,
  seed,
  onEpoch: tune
    ? (ep, m) => {
        console.log(
          `epoch ${ep}: CoNLL dev F1 ${evalF1(devEx, m.weights, m.transitions).toFixed(4)}` +
            (wikiEx.length ? `  wikigold held-out F1 ${evalF1(wikiEx, m.weights, m.transitions).toFixed(4)}` : '') +
            `  (${((performance.now() - t0) / 1000).toFixed(0)} s)`,
        );
      }
    : (ep) => console.log(`epoch ${ep} done (${((performance.now() - t0) / 1000).toFixed(0)} s)`),
});

// Quantize to int8: clip at a high quantile of |w| so a few large weights do not eat the resolution.
const abs = Float32Array.from(model.weights.filter((x) => x !== 0), Math.abs).sort();
const clip = abs.length ? abs[Math.min(abs.length - 1, Math.floor(abs.length * 0.99995))]! : 1;
const scale = 127 / clip;
const q = new Int8Array(model.weights.length);
for (let i = 0; i < q.length; i++) q[i] = Math.max(-127, Math.min(127, Math.round(model.weights[i]! * scale)));
const qt = Array.from(model.transitions, (x) => Math.round(x * scale));
const nonzero = q.reduce((a, x) => a + (x !== 0 ? 1 : 0), 0);
console.log(`quantized: scale ${scale.toFixed(3)}, clip ${clip.toFixed(3)}, non-zero ${nonzero} of ${q.length}`);

if (tune) {
  console.log(`quantized CoNLL dev F1 ${evalF1(devEx, q, qt).toFixed(4)}` + (wikiEx.length ? `  wikigold held-out ${evalF1(wikiEx, q, qt).toFixed(4)}` : ''));
  process.exit(0);
}

const file: NerModelFile = {
  version: MODEL_VERSION,
  kind: MODEL_KIND,
  tags: TAGS,
  bits,
  scale,
  weights: int8ToBase64(encodeSparse(q)),
  transitions: qt,
  gazetteer: gazData,
  trainedOn: `CoNLL-2003 train+dev${useWikigold && wikiTrain ? ', wikigold even-index documents (odd ones held out for evaluation)' : ''}`,
  command: `npm run train:ner${process.argv.slice(2).length ? ' -- ' + process.argv.slice(2).join(' ') : ''}`,
  epochs,
  seed,
  gazetteerSource: 'compromise lexicon (MIT), see assets/data/SOURCES-gazetteers.md',
};
const outDir = resolve(REPO_ROOT, 'assets/model');
mkdirSync(outDir, { recursive: true });
const json = JSON.stringify(file);
writeFileSync(resolve(outDir, 'ner-model.json'), json);
writeFileSync(resolve(REPO_ROOT, 'assets/data/gazetteer.json'), JSON.stringify(gazData, null, 0) + '\n');
const tp = performance.now();
parseNerModel(JSON.parse(json));
console.log(
  `wrote assets/model/ner-model.json: ${json.length} bytes; parse+load ${(performance.now() - tp).toFixed(1)} ms; total ${((performance.now() - t0) / 1000).toFixed(0)} s`,
);
