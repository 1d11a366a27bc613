/**
 * The trained entity recognizer (assets/model/ner-model.json), as written by `npm run train:ner`.
 *
 * File format (JSON, version 1):
 *   { version: 1, kind: "gloss-ner-perceptron", tags: ["O","B-PER",...], bits: number,
 *     scale: number, weights: base64 of the non-zero int8 weights of the dense table
 *     [row * tags.length + tag] (rows = 2^bits), each as (varint gap from the previous non-zero
 *     index, int8 value): most hashed rows are empty, so this is ~8x smaller than dense,
 *     transitions: int[] ((tags+1) x tags: row 0 = sentence start, then previous tag), same scale,
 *     second?: { scale, weights, transitions } (the document-consistency pass, same layout),
 *     gazetteer: { list: ["lowercase entry", ...] }, trainedOn: string, ... }
 * Scores are integers (sum of int8 weights); dividing by `scale` gives the trained float values.
 */
import { buildGazetteer, type Gazetteer, type GazetteerData } from './gazetteer';

export const MODEL_KIND = 'gloss-ner-perceptron';
export const MODEL_VERSION = 1;

export interface NerModel {
  version: number;
  tags: string[];
  /** log2 of the number of weight rows */
  bits: number;
  scale: number;
  weights: Int8Array;
  /** (tags + 1) x tags, row 0 = transition from the sentence start */
  transitions: Int32Array;
  /** the second (document-consistency) pass, when the model has one */
  second: { weights: Int8Array; transitions: Int32Array } | null;
  /** with a second pass and 9 tags: both tables interleaved per row (see decode.scoreBoth) */
  both: Int8Array | null;
  gazetteer: Gazetteer;
}

/** What the model file holds (see the format above). */
export interface NerModelFile {
  version: number;
  kind: string;
  tags: string[];
  bits: number;
  scale: number;
  weights: string;
  transitions: number[];
  second?: { scale: number; weights: string; transitions: number[] };
  gazetteer: GazetteerData;
  [meta: string]: unknown;
}

/** Parse the model file's JSON (already JSON.parse'd). Throws on anything that is not a model. */
export function parseNerModel(json: unknown): NerModel {
  const f = json as Partial<NerModelFile> | null;
  if (!f || typeof f !== 'object' || f.kind !== MODEL_KIND || f.version !== MODEL_VERSION) {
    throw new Error('Not a Gloss NER model (expected kind ' + MODEL_KIND + ' version ' + MODEL_VERSION + ')');
  }
  const tags = f.tags;
  const bits = f.bits;
  if (!Array.isArray(tags) || tags.length === 0 || typeof bits !== 'number' || bits < 4 || bits > 24) {
    throw new Error('Gloss NER model: bad tags or bits');
  }
  if (typeof f.weights !== 'string' || !Array.isArray(f.transitions) || typeof f.scale !== 'number') {
    throw new Error('Gloss NER model: missing weights');
  }
  const weights = decodeSparseBase64(f.weights, (1 << bits) * tags.length);
  if (f.transitions.length !== (tags.length + 1) * tags.length) throw new Error('Gloss NER model: bad transitions');
  let second: NerModel['second'] = null;
  if (f.second !== undefined) {
    const s2 = f.second;
    if (
      !s2 ||
      typeof s2.weights !== 'string' ||
      !Array.isArray(s2.transitions) ||
      s2.transitions.length !== (tags.length + 1) * tags.length
    ) {
      throw new Error('Gloss NER model: bad second pass');
    }
    second = {
      weights: decodeSparseBase64(s2.weights, (1 << bits) * tags.length),
      transitions: Int32Array.from(s2.transitions),
    };
  }
  let both: Int8Array | null = null;
  if (second && tags.length === 9) {
    const rows = 1 << bits;
    both = new Int8Array(rows * 18);
    const w1 = weights;
    const w2 = second.weights;
    for (let r = 0; r < rows; r++) {
      const src = r * 9;
      const dst = r * 18;
      for (let t = 0; t < 9; t++) {
        both[dst + t] = w1[src + t]!;
        both[dst + 9 + t] = w2[src + t]!;
      }
    }
  }
  return {
    second,
    both,
    version: f.version,
    tags,
    bits,
    scale: f.scale,
    weights,
    transitions: Int32Array.from(f.transitions),
    gazetteer: buildGazetteer(f.gazetteer ?? {}),
  };
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const B64_INDEX = (() => {
  const t = new Uint8Array(128);
  for (let i = 0; i < 64; i++) t[B64.charCodeAt(i)] = i;
  return t;
})();

/** Decode base64 straight into bytes (no atob/Buffer: same code in the browser and Node). */
export function base64ToInt8(s: string): Int8Array {
  let len = s.length;
  while (len > 0 && s.charCodeAt(len - 1) === 61) len--; // '='
  const out = new Uint8Array(Math.floor((len * 3) / 4));
  let o = 0;
  let i = 0;
  for (; i + 4 <= len; i += 4) {
    const a = B64_INDEX[s.charCodeAt(i)]!;
    const b = B64_INDEX[s.charCodeAt(i + 1)]!;
    const c = B64_INDEX[s.charCodeAt(i + 2)]!;
    const d = B64_INDEX[s.charCodeAt(i + 3)]!;
    out[o++] = (a << 2) | (b >> 4);
    out[o++] = ((b & 15) << 4) | (c >> 2);
    out[o++] = ((c & 3) << 6) | d;
  }
  const rest = len - i;
  if (rest >= 2) {
    const a = B64_INDEX[s.charCodeAt(i)]!;
    const b = B64_INDEX[s.charCodeAt(i + 1)]!;
    out[o++] = (a << 2) | (b >> 4);
    if (rest === 3) {
      const c = B64_INDEX[s.charCodeAt(i + 2)]!;
      out[o++] = ((b & 15) << 4) | (c >> 2);
    }
  }
  return new Int8Array(out.buffer, 0, o);
}

export function int8ToBase64(bytes: Int8Array): string {
  const u = new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.length);
  const parts: string[] = [];
  let chunk = '';
  for (let i = 0; i < u.length; i += 3) {
    const a = u[i]!;
    const b = i + 1 < u.length ? u[i + 1]! : 0;
    const c = i + 2 < u.length ? u[i + 2]! : 0;
    chunk += B64[a >> 2]! + B64[((a & 3) << 4) | (b >> 4)]!;
    chunk += i + 1 < u.length ? B64[((b & 15) << 2) | (c >> 6)]! : '=';
    chunk += i + 2 < u.length ? B64[c & 63]! : '=';
    if (chunk.length > 65536) {
      parts.push(chunk);
      chunk = '';
    }
  }
  parts.push(chunk);
  return parts.join('');
}

/** Sparse encoding of an int8 table: (varint gap, value) for each non-zero entry. */
export function encodeSparse(dense: Int8Array): Int8Array {
  const out: number[] = [];
  let prev = -1;
  for (let i = 0; i < dense.length; i++) {
    const v = dense[i]!;
    if (v === 0) continue;
    let gap = i - prev;
    prev = i;
    while (gap >= 128) {
      out.push((gap & 127) | 128);
      gap >>>= 7;
    }
    out.push(gap);
    out.push(v);
  }
  return Int8Array.from(out, (x) => (x > 127 ? x - 256 : x));
}

export function decodeSparse(bytes: Int8Array, size: number): Int8Array {
  const dense = new Int8Array(size);
  const u = new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.length);
  let pos = -1;
  let i = 0;
  while (i < u.length) {
    let gap = 0;
    let shift = 0;
    let b: number;
    do {
      b = u[i++]!;
      gap |= (b & 127) << shift;
      shift += 7;
    } while (b & 128 && i < u.length);
    pos += gap;
    if (i >= u.length || pos >= size) throw new Error('Gloss NER model: corrupt weight table');
    dense[pos] = bytes[i++]!;
  }
  return dense;
}

/**
 * Base64 sparse table -> dense Int8Array. Uses the platform's native atob (browsers, Node >= 16)
 * and reads the sparse stream straight from its binary string: a few ms for the whole model.
 */
export function decodeSparseBase64(b64: string, size: number): Int8Array {
  const atobFn = (globalThis as { atob?: (s: string) => string }).atob;
  if (typeof atobFn !== 'function') return decodeSparse(base64ToInt8(b64), size);
  const bin = atobFn(b64);
  const dense = new Int8Array(size);
  const n = bin.length;
  let pos = -1;
  let i = 0;
  while (i < n) {
    let gap = 0;
    let shift = 0;
    let b: number;
    do {
      b = bin.charCodeAt(i++);
      gap |= (b & 127) << shift;
      shift += 7;
    } while (b & 128 && i < n);
    pos += gap;
    if (i >= n || pos >= size) throw new Error('Gloss NER model: corrupt weight table');
    const v = bin.charCodeAt(i++);
    dense[pos] = v > 127 ? v - 256 : v;
  }
  return dense;
}
