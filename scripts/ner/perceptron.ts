/**
 * Averaged structured perceptron (Collins 2002) over the hashed features of src/core/nlp/ner, with
 * BIO-constrained Viterbi. Deterministic: a seeded PRNG fixes the sentence order of each epoch.
 */
import { splitSentences, tokenize, type Sentence } from '../../src/core/nlp/tokenize';
import {
  extractFeatures,
  FEATURES_PER_TOKEN,
  type FeatureContext,
  emptyFeatureContext,
} from '../../src/core/nlp/ner/features';
import type { WordInfo } from '../../src/core/nlp/ner/word-info';
import { makeScratch, scoreTokens, tagInfo, viterbi } from '../../src/core/nlp/ner/decode';
import type { Gazetteer } from '../../src/core/nlp/ner/gazetteer';
import type { GoldDoc } from './corpus';

// prettier-ignore
export const TAGS = ['O', 'B-PER', 'I-PER', 'B-LOC', 'I-LOC', 'B-ORG', 'I-ORG', 'B-MISC', 'I-MISC'];
/** Gold value of a token that is O unless the model tags it MISC (GoldDoc.loose). */
export const GOLD_O_OR_MISC = -1;
/** Gold value of a token whose label is unknown: whatever the model says goes unchanged. */
export const GOLD_UNKNOWN = -2;
const MISC_TAGS = new Set([TAGS.indexOf('B-MISC'), TAGS.indexOf('I-MISC')]);

/** The gold tag a training update aims at, given the model's own prediction for the token. */
export function updateTarget(gold: number, pred: number): number {
  if (gold === GOLD_UNKNOWN) return pred;
  if (gold === GOLD_O_OR_MISC) return MISC_TAGS.has(pred) ? pred : 0;
  return gold;
}

export interface Example {
  sentences: Sentence[];
  feats: Uint32Array;
  /** features per token in `feats` */
  F: number;
  gold: Int32Array;
  ctx: FeatureContext;
}

/** Tokenise a gold document like the runtime does and label tokens from the gold char spans. */
export function toExample(doc: GoldDoc, gaz: Gazetteer, bits: number, cache: Map<string, WordInfo>): Example {
  const tokens = tokenize(doc.text);
  const sentences = splitSentences(doc.text, tokens);
  const gold = new Int32Array(tokens.length).fill(doc.loose ? GOLD_O_OR_MISC : 0);
  let k = 0;
  for (const span of doc.spans) {
    while (k < tokens.length && tokens[k]!.end <= span.start) k++;
    let first = true;
    for (let j = k; j < tokens.length && tokens[j]!.start < span.end; j++) {
      gold[j] = TAGS.indexOf((first ? 'B-' : 'I-') + span.type);
      first = false;
    }
  }
  for (const [from, to] of doc.ignore ?? []) {
    for (let j = 0; j < tokens.length; j++) if (tokens[j]!.start < to && tokens[j]!.end > from) gold[j] = GOLD_UNKNOWN;
  }
  const ctx = emptyFeatureContext();
  const feats = extractFeatures(tokens, sentences, gaz, (1 << bits) - 1, cache, ctx);
  return { sentences, feats, F: FEATURES_PER_TOKEN, gold, ctx };
}

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface Trained {
  weights: Float32Array;
  transitions: Float64Array;
}

export interface TrainOptions {
  bits: number;
  epochs: number;
  seed: number;
  /** Called after each epoch with the averaged model so far. */
  onEpoch?: (epoch: number, model: Trained) => void;
}

export function train(examples: Example[], opts: TrainOptions): Trained {
  const nT = TAGS.length;
  const info = tagInfo(TAGS);
  const rows = 1 << opts.bits;
  const w = new Float32Array(rows * nT);
  const u = new Float32Array(rows * nT); // sum of c * update, for averaging
  const tr = new Float64Array((nT + 1) * nT);
  const tu = new Float64Array((nT + 1) * nT);
  // every sentence as (example, sentence) pairs, in a fixed order, shuffled per epoch
  const order: [number, number][] = [];
  let maxLen = 1;
  examples.forEach((ex, e) =>
    ex.sentences.forEach((s, si) => {
      order.push([e, si]);
      maxLen = Math.max(maxLen, s.last - s.first);
    }),
  );
  const emit = new Float64Array(maxLen * nT);
  const scratch = makeScratch(maxLen, nT);
  const pred = new Int32Array(maxLen);
  const target = new Int32Array(maxLen);
  const rand = mulberry32(opts.seed);
  let c = 1;
  const averaged = (): Trained => {
    const aw = new Float32Array(w.length);
    for (let i = 0; i < w.length; i++) aw[i] = w[i]! - u[i]! / c;
    const at = new Float64Array(tr.length);
    for (let i = 0; i < tr.length; i++) at[i] = tr[i]! - tu[i]! / c;
    return { weights: aw, transitions: at };
  };
  for (let epoch = 1; epoch <= opts.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      const t = order[i]!;
      order[i] = order[j]!;
      order[j] = t;
    }
    for (const [e, si] of order) {
      const ex = examples[e]!;
      const s = ex.sentences[si]!;
      const len = s.last - s.first;
      const F = ex.F;
      scoreTokens(ex.feats, s.first, s.last, w, nT, emit, F);
      viterbi(emit, len, nT, tr, info, pred, scratch);
      // partially labelled sentences: the targets given what the model predicted
      for (let k = 0; k < len; k++) target[k] = updateTarget(ex.gold[s.first + k]!, pred[k]!);
      for (let k = 0; k < len; k++) {
        const g = target[k]!;
        const p = pred[k]!;
        if (g !== p) {
          const o = (s.first + k) * F;
          for (let f = 0; f < F; f++) {
            const base = ex.feats[o + f]! * nT;
            w[base + g]! += 1;
            u[base + g]! += c;
            w[base + p]! -= 1;
            u[base + p]! -= c;
          }
        }
        const gp = k === 0 ? -1 : target[k - 1]!;
        const pp = k === 0 ? -1 : pred[k - 1]!;
        if (g !== p || gp !== pp) {
          const gi = (gp + 1) * nT + g;
          const pi = (pp + 1) * nT + p;
          tr[gi]! += 1;
          tu[gi]! += c;
          tr[pi]! -= 1;
          tu[pi]! -= c;
        }
      }
      c++;
    }
    opts.onEpoch?.(epoch, averaged());
  }
  return averaged();
}

/** Decode examples with a (float or quantized) model; returns predicted tags per example. */
export function predict(ex: Example, weights: ArrayLike<number>, transitions: ArrayLike<number>): Int32Array {
  const nT = TAGS.length;
  const info = tagInfo(TAGS);
  let maxLen = 1;
  for (const s of ex.sentences) maxLen = Math.max(maxLen, s.last - s.first);
  const emit = new Float64Array(maxLen * nT);
  const scratch = makeScratch(maxLen, nT);
  const path = new Int32Array(maxLen);
  const out = new Int32Array(ex.gold.length);
  for (const s of ex.sentences) {
    scoreTokens(ex.feats, s.first, s.last, weights, nT, emit, ex.F);
    viterbi(emit, s.last - s.first, nT, transitions, info, path, scratch);
    out.set(path.subarray(0, s.last - s.first), s.first);
  }
  return out;
}

/** Exact-span micro F1 on PER/LOC/ORG between tag sequences (token level spans). */
export function spanF1(pairs: { gold: Int32Array; pred: Int32Array }[]): { p: number; r: number; f: number } {
  let tp = 0;
  let np = 0;
  let ng = 0;
  const spans = (tags: Int32Array): Set<string> => {
    const out = new Set<string>();
    let start = -1;
    let type = '';
    const flush = (end: number): void => {
      if (start >= 0 && type !== 'MISC') out.add(`${start}:${end}:${type}`);
      start = -1;
    };
    tags.forEach((t, i) => {
      const tag = TAGS[t]!;
      if (tag === 'O') flush(i);
      else if (tag.startsWith('B-') || tag.slice(2) !== type || start < 0) {
        flush(i);
        start = i;
        type = tag.slice(2);
      }
    });
    flush(tags.length);
    return out;
  };
  for (const { gold, pred } of pairs) {
    const g = spans(gold);
    const p = spans(pred);
    ng += g.size;
    np += p.size;
    for (const s of p) if (g.has(s)) tp++;
  }
  const P = np ? tp / np : 0;
  const R = ng ? tp / ng : 0;
  return { p: P, r: R, f: P + R ? (2 * P * R) / (P + R) : 0 };
}
