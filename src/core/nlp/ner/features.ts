/**
 * Feature extraction for the recognizer (first pass), shared by training (scripts/ner) and the
 * browser. What is known of a word on its own is in word-info.ts; the second pass's features, in
 * stage2-features.ts.
 *
 * Each token gets exactly FEATURES_PER_TOKEN features; each feature is a row of the hashed weight
 * table (hash(template, value) & mask), so no feature strings are built: per distinct word we
 * hash its form, lowercase, shape, prefixes and suffixes once (WordInfo, cached per document) and
 * combine those numbers per token.
 *
 * Templates: word, lowercase, shape, prefixes/suffixes 1-4, words and shapes in a +-2 window,
 * bigrams, capitalisation flags, sentence-initial, gazetteer bits (token and neighbours), and
 * document-level evidence: whether the same word occurs capitalised mid-sentence or in lowercase
 * elsewhere in the document (tells "Bill" the name from "bill", and reads all-caps headlines).
 */
import type { Sentence, Token } from '../tokenize';
import { hashString } from './hash';
import { markGazetteer, type Gazetteer } from './gazetteer';
import { BOUNDARY, F_ALLCAPS, F_ALLDIGIT, F_INITCAP, F_LOWER, F_PUNCT, wordInfo, type WordInfo } from './word-info';

export const FEATURES_PER_TOKEN = 31;

// A local copy of hash.ts's mix (same definition, tested equal in nlp-ner-model.test): it runs
// ~40 times per token, and a call across modules can cost an accessor call per use when the code
// is transpiled to CommonJS (tsx), which the benchmarks and the CLI run.
function mix(a: number, b: number): number {
  let h = (a ^ Math.imul(b, 0x9e3779b1)) >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}
export const __test = { mix };

/** Counts extractFeatures calls: a WordInfo whose stamp differs was not yet seen in this document. */
let docStamp = 0;

// Template seeds: distinct per template so equal values in different templates hit different rows.
const T = Array.from({ length: 64 }, (_, i) => hashString('tpl' + i));
export function tpl(k: number): number {
  return T[k]!;
}

/**
 * The hashes of one word that do not depend on its context, for weight-table mask `mask`:
 *  0-11 rows of templates 0-11 (the word as the token itself); 12, 13, 14, 15 rows of templates
 *  12-15 (the word as previous, next, two before, two after); 16 row of template 29 (as previous);
 *  17-22 the first half of the pair templates 16 (as previous), 17 (itself), 18 (as previous),
 *  19 (itself), 27 (as previous), 28 (itself), unmasked.
 */
function wordRows(a: WordInfo, mask: number): Uint32Array {
  const r = a.rows ?? new Uint32Array(23);
  r[0] = mix(tpl(0), 1) & mask;
  r[1] = mix(tpl(1), a.word) & mask;
  r[2] = mix(tpl(2), a.lower) & mask;
  r[3] = mix(tpl(3), a.shape) & mask;
  r[4] = mix(tpl(4), a.p1) & mask;
  r[5] = mix(tpl(5), a.p2) & mask;
  r[6] = mix(tpl(6), a.p3) & mask;
  r[7] = mix(tpl(7), a.p4) & mask;
  r[8] = mix(tpl(8), a.s1) & mask;
  r[9] = mix(tpl(9), a.s2) & mask;
  r[10] = mix(tpl(10), a.s3) & mask;
  r[11] = mix(tpl(11), a.s4) & mask;
  r[12] = mix(tpl(12), a.lower) & mask;
  r[13] = mix(tpl(13), a.lower) & mask;
  r[14] = mix(tpl(14), a.lower) & mask;
  r[15] = mix(tpl(15), a.lower) & mask;
  r[16] = mix(tpl(29), a.word) & mask;
  r[17] = mix(tpl(16), a.shape);
  r[18] = mix(tpl(17), a.shape);
  r[19] = mix(tpl(18), a.lower);
  r[20] = mix(tpl(19), a.lower);
  r[21] = mix(tpl(27), a.lower);
  r[22] = mix(tpl(28), a.shape);
  a.rows = r;
  a.rowsMask = mask;
  return r;
}

export interface DocTokens {
  /** WordInfo per token (shared objects for equal surface forms). */
  info: WordInfo[];
  /** Sentence index per token. */
  sentOf: Int32Array;
}

/** True when most letters-words of a sentence are all capitals (a headline). */
function allCapsSentence(info: readonly WordInfo[], from: number, to: number): boolean {
  let caps = 0;
  let words = 0;
  for (let i = from; i < to; i++) {
    const f = info[i]!.flags;
    if (f & (F_PUNCT | F_ALLDIGIT)) continue;
    if (info[i]!.lowerStr.length < 2) continue;
    words++;
    if (f & F_ALLCAPS) caps++;
  }
  return words >= 2 && caps * 10 >= words * 7;
}

/**
 * Feature rows for every token of a document: out[i * FEATURES_PER_TOKEN + k].
 * `cache` maps surface form -> WordInfo; pass one Map per document (or share it across documents
 * in batch jobs: entries depend only on the string).
 */
export function extractFeatures(
  tokens: readonly Token[],
  sentences: readonly Sentence[],
  gaz: Gazetteer,
  mask: number,
  cache: Map<string, WordInfo>,
  ctxOut?: FeatureContext,
): Uint32Array {
  const n = tokens.length;
  const info: WordInfo[] = new Array<WordInfo>(n);
  const lowers: string[] = new Array<string>(n);
  // Per distinct surface form: WordInfo, an id for its lowercase form, its gazetteer reach.
  // (The cache may come from an earlier document: ids are re-assigned here for this one.)
  const lowerIds = new Map<string, number>();
  const stamp = ++docStamp;
  for (let i = 0; i < n; i++) {
    const w = tokens[i]!.text;
    let wi = cache.get(w);
    if (wi === undefined) {
      wi = wordInfo(w);
      cache.set(w, wi);
    }
    if (wi.stamp !== stamp) {
      wi.stamp = stamp;
      let id = lowerIds.get(wi.lowerStr);
      if (id === undefined) {
        id = lowerIds.size;
        lowerIds.set(wi.lowerStr, id);
      }
      wi.lowerId = id;
      wi.gazMax = gaz.firstToken.get(wi.lowerStr) ?? 0;
    }
    info[i] = wi;
    lowers[i] = wi.lowerStr;
  }

  // Per-token context flags and gazetteer bits.
  const sentInit = new Uint8Array(n);
  const capsSent = new Uint8Array(n);
  const gazBits = new Int32Array(n);
  const sentStart = new Int32Array(n);
  const sentEnd = new Int32Array(n);
  for (const s of sentences) {
    const caps = allCapsSentence(info, s.first, s.last) ? 1 : 0;
    // sentence-initial: the first word, skipping opening quotes/brackets
    let j = s.first;
    while (j < s.last && info[j]!.flags & F_PUNCT) j++;
    if (j < s.last) sentInit[j] = 1;
    for (let i = s.first; i < s.last; i++) {
      capsSent[i] = caps;
      sentStart[i] = s.first;
      sentEnd[i] = s.last;
    }
    markGazetteer(gaz, lowers, info, s.first, s.last, gazBits);
  }

  // Document-level evidence: capitalised mid-sentence occurrences and lowercase occurrences.
  const capCount = new Int32Array(lowerIds.size);
  const lowCount = new Int32Array(lowerIds.size);
  const countsAsCap = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const a = info[i]!;
    const f = a.flags;
    if (f & (F_PUNCT | F_ALLDIGIT)) continue;
    if (f & F_LOWER) {
      lowCount[a.lowerId]!++;
    } else if (f & F_INITCAP && !sentInit[i] && !capsSent[i] && !(f & F_ALLCAPS && a.lowerStr.length > 1)) {
      capCount[a.lowerId]!++;
      countsAsCap[i] = 1;
    }
  }

  const F = FEATURES_PER_TOKEN;
  const out = new Uint32Array(n * F);
  const docKeys = ctxOut ? new Uint8Array(n) : null;
  for (let i = 0; i < n; i++) {
    const a = info[i]!;
    const s0 = sentStart[i]!;
    const s1 = sentEnd[i]!;
    const p1 = i - 1 >= s0 ? info[i - 1]! : BOUNDARY;
    const p2 = i - 2 >= s0 ? info[i - 2]! : BOUNDARY;
    const n1 = i + 1 < s1 ? info[i + 1]! : BOUNDARY;
    const n2 = i + 2 < s1 ? info[i + 2]! : BOUNDARY;
    const gz = gazBits[i]!;
    const gp = i - 1 >= s0 ? gazBits[i - 1]! : -1;
    const gn = i + 1 < s1 ? gazBits[i + 1]! : -1;
    const capElsewhere = capCount[a.lowerId]! - countsAsCap[i]! > 0 ? 1 : 0;
    const lowElsewhere = (a.flags & F_LOWER ? lowCount[a.lowerId]! - 1 : lowCount[a.lowerId]!) > 0 ? 1 : 0;
    const isCap = a.flags & F_INITCAP ? 1 : 0;
    const isAllCaps = a.flags & F_ALLCAPS ? 1 : 0;
    const doc =
      isCap | (sentInit[i]! << 1) | (capsSent[i]! << 2) | (capElsewhere << 3) | (lowElsewhere << 4) | (isAllCaps << 5);
    if (docKeys) docKeys[i] = doc;
    const o = i * F;
    // what depends on one word alone comes from that word's rows (wordRows), hashed once per word
    const ra = a.rowsMask === mask ? a.rows! : wordRows(a, mask);
    const rp1 = p1.rowsMask === mask ? p1.rows! : wordRows(p1, mask);
    const rn1 = n1.rowsMask === mask ? n1.rows! : wordRows(n1, mask);
    const rp2 = p2.rowsMask === mask ? p2.rows! : wordRows(p2, mask);
    const rn2 = n2.rowsMask === mask ? n2.rows! : wordRows(n2, mask);
    for (let k = 0; k < 12; k++) out[o + k] = ra[k]!; // templates 0-11: bias, word, lower, shape, affixes
    out[o + 12] = rp1[12]!;
    out[o + 13] = rn1[13]!;
    out[o + 14] = rp2[14]!;
    out[o + 15] = rn2[15]!;
    out[o + 16] = mix(rp1[17]!, a.shape) & mask;
    out[o + 17] = mix(ra[18]!, n1.shape) & mask;
    out[o + 18] = mix(rp1[19]!, a.lower) & mask;
    out[o + 19] = mix(ra[20]!, n1.lower) & mask;
    out[o + 20] = mix(tpl(20), a.flags | (sentInit[i]! << 12)) & mask;
    out[o + 21] = mix(tpl(21), doc) & mask;
    out[o + 22] = mix(mix(tpl(22), doc), a.shape) & mask;
    out[o + 23] = mix(tpl(23), gz) & mask;
    out[o + 24] = mix(tpl(24), gp) & mask;
    out[o + 25] = mix(tpl(25), gn) & mask;
    out[o + 26] = mix(mix(tpl(26), gz), isCap | (isAllCaps << 1) | (sentInit[i]! << 2)) & mask;
    out[o + 27] = mix(rp1[21]!, a.shape) & mask;
    out[o + 28] = mix(ra[22]!, n1.lower) & mask;
    out[o + 29] = rp1[16]!;
    out[o + 30] = mix(mix(tpl(30), doc), a.lower) & mask;
  }
  if (ctxOut) {
    ctxOut.info = info;
    ctxOut.docKeys = docKeys!;
    ctxOut.lowerCount = lowerIds.size;
    ctxOut.sentStart = sentStart;
    ctxOut.sentEnd = sentEnd;
  }
  return out;
}

/** What the second pass needs from the first feature pass over the same document. */
export interface FeatureContext {
  info: WordInfo[];
  docKeys: Uint8Array;
  lowerCount: number;
  sentStart: Int32Array;
  sentEnd: Int32Array;
}

export function emptyFeatureContext(): FeatureContext {
  return {
    info: [],
    docKeys: new Uint8Array(0),
    lowerCount: 0,
    sentStart: new Int32Array(0),
    sentEnd: new Int32Array(0),
  };
}
