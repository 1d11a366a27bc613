/**
 * What the span revision steps (revise.ts) share: the sentence's tokens and the recognizer's
 * spans, the type at each token, the replacements the steps made so far (later steps leave alone
 * what an earlier one replaced), and the word tests several steps use.
 */
import type { Token } from '../tokenize';
import type { NerSpan } from '../ner/recognize';
import { isCapitalized } from './mentions';
import { isTitleWord } from './titles';

export interface SpanRevision {
  tokens: readonly Token[];
  sentLast: Int32Array;
  /** the recognizer's spans, as given */
  spans: NerSpan[];
  n: number;
  /** the recognizer's type at each token ('' outside a name) */
  typeAt: string[];
  /** the new spans, which win over the spans they overlap */
  replacements: NerSpan[];
  isDemonym: ((lower: string) => boolean) | undefined;
}

/** Small words inside a name's capitalised phrase ("Cartel of the Suns"). */
// prettier-ignore
export const CONNECTORS = new Set(['of', 'the', 'for', 'and', 'de', 'del', 'la', 'on']);
/** Opening and closing quotation marks. */
export const OPEN = new Set(['“', '"', '‘']);
export const CLOSE = new Set(['”', '"', '’']);

/** A capitalised word that can be part of a name (not a title such as "Admiral"). */
export function isNameWord(w: string): boolean {
  return isCapitalized(w) && !isTitleWord(w) && /\p{L}/u.test(w);
}

/** Some span of `spans` overlaps tokens [first, last). */
export function overlapsAny(spans: readonly NerSpan[], first: number, last: number): boolean {
  return spans.some((r) => r.first < last && first < r.last);
}
