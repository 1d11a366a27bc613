/**
 * The second pass's features (two-pass / stacked recognizer): what the first tagging pass decided
 * about the same word elsewhere in the document, added to the first pass's features.
 */
import { mix } from './hash';
import { F_ALLCAPS, F_INITCAP } from './word-info';
import { FEATURES_PER_TOKEN, tpl, type FeatureContext } from './features';

/** Second-pass features: the first pass's features plus what the first pass decided elsewhere. */
export const STAGE2_FEATURES_PER_TOKEN = FEATURES_PER_TOKEN + 6;

/**
 * Document-level consistency from a first tagging pass (two-pass / stacked recognizer): for each
 * token, the tags the first pass gave the other capitalised occurrences of the same word in the
 * document ("6PR" tagged ORG twice elsewhere), combined with the token's own first-pass tag and
 * its neighbours'. Tags are indices into the model's tags (0 = O), nTags <= 16.
 */
export function extractStage2Features(
  base: Uint32Array,
  ctx: FeatureContext,
  firstPass: Int32Array,
  nTags: number,
  tagType: Int32Array,
  mask: number,
): Uint32Array {
  const n = ctx.info.length;
  const F = FEATURES_PER_TOKEN;
  const F2 = STAGE2_FEATURES_PER_TOKEN;
  const X = F2 - F;
  const extra = extractStage2Extras(ctx, firstPass, nTags, tagType, mask);
  const out = new Uint32Array(n * F2);
  for (let i = 0; i < n; i++) {
    out.set(base.subarray(i * F, i * F + F), i * F2);
    out.set(extra.subarray(i * X, i * X + X), i * F2 + F);
  }
  return out;
}

/** Only the features the second pass adds (STAGE2_FEATURES_PER_TOKEN - FEATURES_PER_TOKEN per token). */
export function extractStage2Extras(
  ctx: FeatureContext,
  firstPass: Int32Array,
  nTags: number,
  tagType: Int32Array,
  mask: number,
): Uint32Array {
  const n = ctx.info.length;
  const X = STAGE2_FEATURES_PER_TOKEN - FEATURES_PER_TOKEN;
  const nTypes = 8; // type index per tag (0 = O), at most 7 entity types
  const counts = new Int32Array(ctx.lowerCount * nTypes);
  for (let i = 0; i < n; i++) {
    const a = ctx.info[i]!;
    if (!(a.flags & (F_INITCAP | F_ALLCAPS))) continue;
    counts[a.lowerId * nTypes + tagType[firstPass[i]!]!]!++;
  }
  const out = new Uint32Array(n * X);
  for (let i = 0; i < n; i++) {
    const a = ctx.info[i]!;
    const own = firstPass[i]!;
    const ownType = tagType[own]!;
    let seen = 0; // bitmask of entity types given to other occurrences
    let best = 0; // majority entity type among other occurrences (0 = none)
    let bestN = 0;
    let others = 0;
    if (a.flags & (F_INITCAP | F_ALLCAPS)) {
      const b = a.lowerId * nTypes;
      for (let t = 0; t < nTypes; t++) {
        const c = counts[b + t]! - (t === ownType ? 1 : 0);
        if (c <= 0) continue;
        others += c;
        if (t > 0) {
          seen |= 1 << t;
          if (c > bestN) {
            best = t;
            bestN = c;
          }
        }
      }
    }
    const oDominates = others > 0 && bestN * 2 < others ? 1 : 0;
    const summary = best | (oDominates << 4) | ((others > 0 ? 1 : 0) << 5);
    const prev = i > ctx.sentStart[i]! ? firstPass[i - 1]! : nTags;
    const next = i + 1 < ctx.sentEnd[i]! ? firstPass[i + 1]! : nTags;
    const o = i * X;
    out[o] = mix(tpl(31), own) & mask;
    out[o + 1] = mix(tpl(32), summary) & mask;
    out[o + 2] = mix(mix(tpl(33), summary), own) & mask;
    out[o + 3] = mix(mix(tpl(34), summary), ctx.docKeys[i]!) & mask;
    out[o + 4] = mix(tpl(35), seen) & mask;
    out[o + 5] = mix(mix(tpl(36), prev), (own << 5) | next) & mask;
  }
  return out;
}
