/**
 * Pull quotes of the writer's own words: a caption or panel that sets a sentence of the article in
 * quotation marks ("‘Excessive force has fuelled the protests.’ Photograph: …") while the body
 * has the same words without marks, within a longer paragraph. Those are not anyone's quotation.
 * Only long quotations are compared (eight words or more), word for word.
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
    if (insideAny(quotes, i, i + needle.length)) continue;
    // (a line of those words alone is itself a pull quote, a block without marks, of the quotation)
    const lineStart = text.lastIndexOf('\n', i) + 1;
    let lineEnd = text.indexOf('\n', i);
    if (lineEnd < 0) lineEnd = text.length;
    const rest = text.slice(lineStart, i) + text.slice(i + needle.length, lineEnd);
    if (/[\p{L}\p{N}]/u.test(rest)) return true;
  }
  return false;
}

/** The quotations that are not pull quotes of the writer's words. */
export function withoutPullQuotes(text: string, quotes: Quote[]): Quote[] {
  const pulled = quotes.filter((q) => isPullQuote(text, q, quotes));
  return pulled.length ? quotes.filter((q) => !pulled.includes(q)) : quotes;
}
