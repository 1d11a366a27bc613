/**
 * Scoring and Viterbi decoding over BIO tags, with the BIO constraint (I-X only after B-X/I-X)
 * enforced exactly. Shared by the trainer (float weights) and the runtime (int8 weights).
 */
import { FEATURES_PER_TOKEN } from './features';

/** tag index -> entity type index (0 for O), and whether it is an I- tag. */
export interface TagInfo {
  type: Int32Array;
  inside: Uint8Array;
  /** per tag: the tags that may precede it (all for O and B-X; B-X and I-X for I-X) */
  prevs: Int32Array[];
}

export function tagInfo(tags: readonly string[]): TagInfo {
  const types: string[] = [];
  const type = new Int32Array(tags.length);
  const inside = new Uint8Array(tags.length);
  tags.forEach((t, i) => {
    if (t === 'O') return;
    const name = t.slice(2);
    let k = types.indexOf(name);
    if (k < 0) k = types.push(name) - 1;
    type[i] = k + 1;
    inside[i] = t.startsWith('I-') ? 1 : 0;
  });
  const prevs = tags.map((_, t) => {
    const list: number[] = [];
    for (let p = 0; p < tags.length; p++) if (!inside[t] || type[p] === type[t]) list.push(p);
    return Int32Array.from(list);
  });
  return { type, inside, prevs };
}

/** Is the move prev -> cur legal in BIO? prev = -1 for the sentence start. */
export function allowed(info: TagInfo, prev: number, cur: number): boolean {
  if (!info.inside[cur]) return true;
  return prev >= 0 && info.type[prev] === info.type[cur];
}

/**
 * Emission scores for tokens [from, to): emit[(i - from) * nTags + t].
 * `weights` is indexed [row * nTags + tag].
 */
export function scoreTokens(
  feats: Uint32Array,
  from: number,
  to: number,
  weights: ArrayLike<number>,
  nTags: number,
  emit: Float64Array,
  F: number = FEATURES_PER_TOKEN,
): void {
  // From zero, then the same sums as a second pass's extra features (addScores): one hot loop.
  emit.fill(0, 0, (to - from) * nTags);
  addScores(feats, F, from, to, weights, nTags, emit);
}

/**
 * Best tag sequence for one sentence. `trans` is (nTags + 1) x nTags (row 0 = start).
 * Reads the sentence's emission scores from emit[emitAt * nTags ...] and writes its tags into
 * out[outAt .. outAt + len) (offsets, so callers need no subarray per sentence).
 */
export function viterbi(
  emit: ArrayLike<number>,
  len: number,
  nTags: number,
  trans: ArrayLike<number>,
  info: TagInfo,
  out: Int32Array,
  scratch: { score: Float64Array; back: Int32Array },
  emitAt: number = 0,
  outAt: number = 0,
): void {
  if (len === 0) return;
  const { score, back } = scratch;
  const e0 = emitAt * nTags;
  for (let t = 0; t < nTags; t++) {
    score[t] = info.inside[t] ? -Infinity : emit[e0 + t]! + trans[t]!;
  }
  const prevs = info.prevs;
  for (let i = 1; i < len; i++) {
    const cur = i * nTags;
    const prevRow = cur - nTags;
    const ecur = e0 + cur;
    for (let t = 0; t < nTags; t++) {
      const ps = prevs[t]!;
      let best = -Infinity;
      let arg = 0;
      for (let k = 0; k < ps.length; k++) {
        const p = ps[k]!;
        const s = score[prevRow + p]! + trans[(p + 1) * nTags + t]!;
        if (s > best) {
          best = s;
          arg = p;
        }
      }
      score[cur + t] = best + emit[ecur + t]!;
      back[cur + t] = arg;
    }
  }
  const last = (len - 1) * nTags;
  let bestT = 0;
  for (let t = 1; t < nTags; t++) if (score[last + t]! > score[last + bestT]!) bestT = t;
  let tag = bestT;
  out[outAt + len - 1] = tag;
  for (let i = len - 1; i > 0; i--) {
    tag = back[i * nTags + tag]!;
    out[outAt + i - 1] = tag;
  }
}

export function makeScratch(maxLen: number, nTags: number): { score: Float64Array; back: Int32Array } {
  return { score: new Float64Array(maxLen * nTags), back: new Int32Array(maxLen * nTags) };
}

/** Add the scores of `X` more features per token (a second pass's extra features) to `emit`. */
export function addScores(
  feats: Uint32Array,
  X: number,
  from: number,
  to: number,
  w: ArrayLike<number>,
  nTags: number,
  emit: Float64Array | Float32Array,
): void {
  if (nTags === 9) {
    addScores9(feats, X, from, to, w, emit);
    return;
  }
  for (let i = from; i < to; i++) {
    const e = (i - from) * nTags;
    const o = i * X;
    for (let k = 0; k < X; k++) {
      const b = feats[o + k]! * nTags;
      for (let t = 0; t < nTags; t++) emit[e + t]! += w[b + t]!;
    }
  }
}

/**
 * Both passes' scores of the shared features in one sweep over an interleaved table
 * (`both[row * 2 * nTags + t]`: first pass t < nTags, second pass nTags + t), so each weight row is
 * fetched from memory once for the two passes. Whole document: emit1/emit2[i * nTags + t].
 */
export function scoreBoth(
  feats: Uint32Array,
  n: number,
  F: number,
  both: Int8Array,
  emit1: Float32Array,
  emit2: Float32Array,
): void {
  for (let i = 0; i < n; i++) {
    let a0 = 0,
      a1 = 0,
      a2 = 0,
      a3 = 0,
      a4 = 0,
      a5 = 0,
      a6 = 0,
      a7 = 0,
      a8 = 0;
    let b0 = 0,
      b1 = 0,
      b2 = 0,
      b3 = 0,
      b4 = 0,
      b5 = 0,
      b6 = 0,
      b7 = 0,
      b8 = 0;
    const o = i * F;
    for (let k = 0; k < F; k++) {
      const r = feats[o + k]! * 18;
      a0 += both[r]!;
      a1 += both[r + 1]!;
      a2 += both[r + 2]!;
      a3 += both[r + 3]!;
      a4 += both[r + 4]!;
      a5 += both[r + 5]!;
      a6 += both[r + 6]!;
      a7 += both[r + 7]!;
      a8 += both[r + 8]!;
      b0 += both[r + 9]!;
      b1 += both[r + 10]!;
      b2 += both[r + 11]!;
      b3 += both[r + 12]!;
      b4 += both[r + 13]!;
      b5 += both[r + 14]!;
      b6 += both[r + 15]!;
      b7 += both[r + 16]!;
      b8 += both[r + 17]!;
    }
    const e = i * 9;
    emit1[e] = a0;
    emit1[e + 1] = a1;
    emit1[e + 2] = a2;
    emit1[e + 3] = a3;
    emit1[e + 4] = a4;
    emit1[e + 5] = a5;
    emit1[e + 6] = a6;
    emit1[e + 7] = a7;
    emit1[e + 8] = a8;
    emit2[e] = b0;
    emit2[e + 1] = b1;
    emit2[e + 2] = b2;
    emit2[e + 3] = b3;
    emit2[e + 4] = b4;
    emit2[e + 5] = b5;
    emit2[e + 6] = b6;
    emit2[e + 7] = b7;
    emit2[e + 8] = b8;
  }
}

/** The 9-tag case (BIO over PER/LOC/ORG/MISC) with the sums in registers: the hot loop. */
function addScores9(
  feats: Uint32Array,
  X: number,
  from: number,
  to: number,
  w: ArrayLike<number>,
  emit: Float64Array | Float32Array,
): void {
  for (let i = from; i < to; i++) {
    const e = (i - from) * 9;
    let s0 = emit[e]!,
      s1 = emit[e + 1]!,
      s2 = emit[e + 2]!,
      s3 = emit[e + 3]!,
      s4 = emit[e + 4]!;
    let s5 = emit[e + 5]!,
      s6 = emit[e + 6]!,
      s7 = emit[e + 7]!,
      s8 = emit[e + 8]!;
    const o = i * X;
    for (let k = 0; k < X; k++) {
      const b = feats[o + k]! * 9;
      s0 += w[b]!;
      s1 += w[b + 1]!;
      s2 += w[b + 2]!;
      s3 += w[b + 3]!;
      s4 += w[b + 4]!;
      s5 += w[b + 5]!;
      s6 += w[b + 6]!;
      s7 += w[b + 7]!;
      s8 += w[b + 8]!;
    }
    emit[e] = s0;
    emit[e + 1] = s1;
    emit[e + 2] = s2;
    emit[e + 3] = s3;
    emit[e + 4] = s4;
    emit[e + 5] = s5;
    emit[e + 6] = s6;
    emit[e + 7] = s7;
    emit[e + 8] = s8;
  }
}
