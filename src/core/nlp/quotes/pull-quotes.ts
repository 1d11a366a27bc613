/**
 * Pull quotes of the writer's own words: a caption or panel that sets a sentence of the article in
 * quotation marks ("‘Excessive force has fuelled the protests.’ Photograph: …") while the body
 * has the same words without marks. Those are not anyone's quotation. Only long quotations are
 * compared (eight words or more), word for word.
 */
import type { Quote } from '../../analysis/contract';
import { countWords } from './classify';

const MIN_WORDS = 8;

function insideAny(quotes: readonly Quote[], start: number, end: number): boolean {
  return quotes.some((q) => q.spans.some((s) => s.start <= start && end <= s.end));
}

/** Does the quotation's text stand elsewhere in `text`, outside any quotation and its marks? */
export function isPullQuote(text: string, q: Quote, quotes: readonly Quote[]): boolean {
  if (q.spans.length !== 1 || countWords(q.text, MIN_WORDS) < MIN_WORDS) return false;
  const needle = q.text.replace(/[\s.,;:!?…]+$/u, '');
  for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
    if (i >= q.start && i < q.end) continue;
    if (/["“”‘’'«»]/.test(text[i - 1] ?? '')) continue;
    if (!insideAny(quotes, i, i + needle.length)) return true;
  }
  return false;
}

/** The quotations that are not pull quotes of the writer's words. */
export function withoutPullQuotes(text: string, quotes: Quote[]): Quote[] {
  const pulled = quotes.filter((q) => isPullQuote(text, q, quotes));
  return pulled.length ? quotes.filter((q) => !pulled.includes(q)) : quotes;
}
