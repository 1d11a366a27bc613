/**
 * Run the recognizer over a text: tokens -> features -> scores -> Viterbi -> typed spans.
 */
import { splitSentences, tokenize, type Sentence, type Token } from '../tokenize';
import { extractFeatures, type WordInfo } from './features';
import { makeScratch, scoreTokens, tagInfo, viterbi, type TagInfo } from './decode';
import type { NerModel } from './model';

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

/** Tag `tokens` (sentences as given) with the model; returns entity spans in token order. */
export function recognizeTokens(tokens: Token[], sentences: Sentence[], model: NerModel): NerSpan[] {
  const nTags = model.tags.length;
  let info = tagInfoCache.get(model);
  if (!info) {
    info = tagInfo(model.tags);
    tagInfoCache.set(model, info);
  }
  const cache = new Map<string, WordInfo>();
  const feats = extractFeatures(tokens, sentences, model.gazetteer, (1 << model.bits) - 1, cache);
  let maxLen = 1;
  for (const s of sentences) maxLen = Math.max(maxLen, s.last - s.first);
  const emit = new Float64Array(maxLen * nTags);
  const scratch = makeScratch(maxLen, nTags);
  const path = new Int32Array(maxLen);
  const spans: NerSpan[] = [];
  for (const s of sentences) {
    const len = s.last - s.first;
    scoreTokens(feats, s.first, s.last, model.weights, nTags, emit);
    viterbi(emit, len, nTags, model.transitions, info, path, scratch);
    let open: NerSpan | null = null;
    for (let k = 0; k < len; k++) {
      const t = path[k]!;
      const ty = info.type[t]!;
      if (ty === 0 || !info.inside[t]) {
        if (open) spans.push(open);
        open = ty === 0 ? null : { type: model.tags[t]!.slice(2), first: s.first + k, last: s.first + k + 1 };
      } else if (open) {
        open.last = s.first + k + 1;
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
