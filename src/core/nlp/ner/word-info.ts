/**
 * What the recognizer's features know of one word on its own: hashes of its form, lowercase,
 * shape, prefixes and suffixes, and its flags (capitalised, all capitals, digits, punctuation…),
 * computed once per distinct surface form (features.ts caches them per document).
 */
import { FNV_OFFSET, hashString } from './hash';
import { foldWord } from './fold';

// A local copy of hash.ts's fnv (same definition, tested equal in nlp-ner-model.test): it runs
// once per character of every new word, and a call across modules can cost an accessor call per
// use when the code is transpiled to CommonJS (tsx), which the benchmarks and the CLI run.
function fnv(h: number, c: number): number {
  return Math.imul(h ^ c, 0x01000193) >>> 0;
}
export const __test = { fnv };

export const F_INITCAP = 1;
export const F_ALLCAPS = 2;
const F_HASDIGIT = 4;
export const F_ALLDIGIT = 8;
const F_HYPHEN = 16;
const F_PERIOD = 32;
export const F_PUNCT = 64;
const F_MIXED = 128;
const F_APOS = 256;
export const F_LOWER = 512;

/** Everything about one distinct surface form that the features need. */
export interface WordInfo {
  lowerStr: string;
  word: number;
  lower: number;
  shape: number;
  p1: number;
  p2: number;
  p3: number;
  p4: number;
  s1: number;
  s2: number;
  s3: number;
  s4: number;
  flags: number;
  /** per-document id of the lowercase form (set by extractFeatures) */
  lowerId: number;
  /** longest gazetteer entry starting with this word (0: none), per document */
  gazMax: number;
  /** which extractFeatures call last set lowerId and gazMax (internal) */
  stamp: number;
  /** wordRows(this, rowsMask), computed once (internal) */
  rows: Uint32Array | null;
  rowsMask: number;
}

/** The word before a sentence's first token and after its last. */
export const BOUNDARY: WordInfo = makeBoundary();

function makeBoundary(): WordInfo {
  const h = hashString('<S>');
  return {
    lowerStr: '',
    word: h,
    lower: h,
    shape: h,
    p1: h,
    p2: h,
    p3: h,
    p4: h,
    s1: h,
    s2: h,
    s3: h,
    s4: h,
    flags: 0,
    lowerId: -1,
    gazMax: 0,
    stamp: -1,
    rows: null,
    rowsMask: -1,
  };
}

function charClass(c: number, ch: string): number {
  if (c >= 65 && c <= 90) return 88; // 'X'
  if (c >= 97 && c <= 122) return 120; // 'x'
  if (c >= 48 && c <= 57) return 100; // 'd'
  if (c > 127) {
    const lo = ch.toLowerCase();
    const up = ch.toUpperCase();
    if (lo !== up) return ch === up ? 88 : 120;
  }
  return c; // punctuation keeps its own code
}

/**
 * Hashes and flags of one surface form. They are computed from the folded form (fold.ts), so
 * "Nicolás" and "Nicolas" (or "O’Neill" and "O'Neill") get the same features.
 */
export function wordInfo(surface: string): WordInfo {
  const w = foldWord(surface);
  const lowerStr = w.toLowerCase();
  const n = w.length;
  let word = FNV_OFFSET;
  let lower = FNV_OFFSET;
  let shape = FNV_OFFSET;
  let lastCls = -1;
  let runLen = 0;
  let nUpper = 0;
  let nLower = 0;
  let nDigit = 0;
  let flags = 0;
  const pre: [number, number, number, number] = [0, 0, 0, 0];
  for (let i = 0; i < n; i++) {
    const c = w.charCodeAt(i);
    const lc = lowerStr.charCodeAt(i);
    word = fnv(word, c);
    lower = fnv(lower, lc);
    if (i < 4) pre[i] = lower;
    const cls = charClass(c, w[i]!);
    if (cls === 88) nUpper++;
    else if (cls === 120) nLower++;
    else if (cls === 100) nDigit++;
    else if (c === 45) flags |= F_HYPHEN;
    else if (c === 46) flags |= F_PERIOD;
    else if (c === 39 || c === 0x2019) flags |= F_APOS;
    // shape: runs of the same class collapse after two ("Xxxxx" -> "Xxx")
    if (cls === lastCls) runLen++;
    else runLen = 1;
    lastCls = cls;
    if (runLen <= 2) shape = fnv(shape, cls);
  }
  for (let i = n; i < 4; i++) pre[i] = lower ^ 0x5bd1e995; // shorter than the affix: its own value
  const suf: [number, number, number, number] = [0, 0, 0, 0];
  let s = FNV_OFFSET ^ 0x27d4eb2d;
  for (let k = 1; k <= 4; k++) {
    if (k <= n) s = fnv(s, lowerStr.charCodeAt(n - k));
    suf[k - 1] = k <= n ? s : s ^ 0x165667b1;
  }
  const first = w.charCodeAt(0);
  const firstCls = n > 0 ? charClass(first, w[0]!) : 0;
  if (firstCls === 88) flags |= F_INITCAP;
  if (nUpper > 0 && nLower === 0 && nUpper + nDigit >= 1) flags |= F_ALLCAPS;
  if (nDigit > 0) flags |= F_HASDIGIT;
  if (nDigit === n) flags |= F_ALLDIGIT;
  if (nUpper + nLower + nDigit === 0) flags |= F_PUNCT;
  if (firstCls === 88 && nLower > 0 && nUpper > 1) flags |= F_MIXED;
  if (nUpper === 0 && nLower > 0) flags |= F_LOWER;
  return {
    lowerStr,
    word,
    lower,
    shape,
    p1: pre[0],
    p2: pre[1],
    p3: pre[2],
    p4: pre[3],
    s1: suf[0],
    s2: suf[1],
    s3: suf[2],
    s4: suf[3],
    flags,
    lowerId: -1,
    gazMax: 0,
    stamp: -1,
    rows: null,
    rowsMask: -1,
  };
}
