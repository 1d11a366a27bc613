/**
 * Run the recognizer over a text: tokens -> features -> scores -> Viterbi -> typed spans.
 * With a two-pass model, the second pass re-tags the document knowing what the first pass said
 * about the same words elsewhere in it.
 */
import { splitSentences, tokenize, type Sentence, type Token } from '../tokenize';
import { emptyFeatureContext, extractFeatures, FEATURES_PER_TOKEN } from './features';
import { extractStage2Extras, STAGE2_FEATURES_PER_TOKEN } from './stage2-features';
import type { WordInfo } from './word-info';
import { addScores, makeScratch, scoreBoth, scoreTokens, tagInfo, viterbi, type TagInfo } from './decode';
import type { NerModel } from './model';

/** Features the second pass adds per token. */
const X = STAGE2_FEATURES_PER_TOKEN - FEATURES_PER_TOKEN;

export interface NerSpan {
  /** Entity type from the model's tags: 'PER', 'LOC', 'ORG', 'MISC'. */
  type: string;
  /** Token range [first, last). */
  first: number;
  last: number;
}

export interface Recognition {
  tokens: Token[];
  sentences: Sentence[];
  spans: NerSpan[];
}

const tagInfoCache = new WeakMap<NerModel, TagInfo>();

/**
 * Word information (hashes of a surface form, see features.WordInfo) kept across documents per
 * model: most words of an article were met in earlier ones. Bounded: emptied when it grows past
 * MAX_CACHED_WORDS (a few MB).
 */
const wordCaches = new WeakMap<NerModel, Map<string, WordInfo>>();
const MAX_CACHED_WORDS = 30_000;
function wordCache(model: NerModel): Map<string, WordInfo> {
  let cache = wordCaches.get(model);
  if (!cache || cache.size > MAX_CACHED_WORDS) {
    cache = new Map();
    wordCaches.set(model, cache);
  }
  return cache;
}

/** Tag `tokens` (sentences as given) with the model; returns entity spans in token order. */
export function recognizeTokens(tokens: Token[], sentences: Sentence[], model: NerModel): NerSpan[] {
  const nTags = model.tags.length;
  let info = tagInfoCache.get(model);
  if (!info) {
    info = tagInfo(model.tags);
    tagInfoCache.set(model, info);
  }
  const cache = wordCache(model);
  const ctx = model.second ? emptyFeatureContext() : undefined;
  const mask = (1 << model.bits) - 1;
  const feats = extractFeatures(tokens, sentences, model.gazetteer, mask, cache, ctx);
  let maxLen = 1;
  for (const s of sentences) maxLen = Math.max(maxLen, s.last - s.first);
  const emit = new Float64Array(maxLen * nTags);
  const scratch = makeScratch(maxLen, nTags);
  const tags = new Int32Array(tokens.length);
  const tagAll = (weights: Int8Array, transitions: Int32Array, extra: Uint32Array | null): void => {
    for (const s of sentences) {
      scoreTokens(feats, s.first, s.last, weights, nTags, emit, FEATURES_PER_TOKEN);
      if (extra) addScores(extra, X, s.first, s.last, weights, nTags, emit);
      viterbi(emit, s.last - s.first, nTags, transitions, info!, tags, scratch, 0, s.first);
    }
  };
  if (model.both && model.second && ctx) {
    // both passes' shared-feature scores in one sweep, then the second pass adds its own features
    const n = tokens.length;
    const e1 = new Float32Array(n * nTags);
    const e2 = new Float32Array(n * nTags);
    scoreBoth(feats, n, FEATURES_PER_TOKEN, model.both, e1, e2);
    for (const s of sentences)
      viterbi(e1, s.last - s.first, nTags, model.transitions, info, tags, scratch, s.first, s.first);
    const extra = extractStage2Extras(ctx, tags.slice(), nTags, info.type, mask);
    addScores(extra, X, 0, n, model.second.weights, nTags, e2);
    for (const s of sentences)
      viterbi(e2, s.last - s.first, nTags, model.second.transitions, info, tags, scratch, s.first, s.first);
  } else {
    tagAll(model.weights, model.transitions, null);
  }
  if (!model.both && model.second && ctx) {
    // second pass: the first pass's tags of the same words elsewhere in the document (its rows
    // for the shared features are the first pass's, so only the extra ones are computed)
    const extra = extractStage2Extras(ctx, tags.slice(), nTags, info.type, mask);
    tagAll(model.second.weights, model.second.transitions, extra);
  }
  const spans: NerSpan[] = [];
  for (const s of sentences) {
    let open: NerSpan | null = null;
    for (let i = s.first; i < s.last; i++) {
      const t = tags[i]!;
      const ty = info.type[t]!;
      if (ty === 0 || !info.inside[t]) {
        if (open) spans.push(open);
        open = ty === 0 ? null : { type: model.tags[t]!.slice(2), first: i, last: i + 1 };
      } else if (open) {
        open.last = i + 1;
      }
    }
    if (open) spans.push(open);
  }
  return spans;
}

export function recognize(text: string, model: NerModel): Recognition {
  const tokens = tokenize(text);
  const sentences = splitSentences(text, tokens);
  return { tokens, sentences, spans: recognizeTokens(tokens, sentences, model) };
}
