/**
 * Quotations that repeat words the article has already shown as someone's quotation: the writer
 * quoting a speaker again (she has given “plenty of truthful statements”, with no cue), and a
 * subheading in the body that is a quotation of words a speaker says in the body (‘We need to
 * listen’). Alone, a fragment without a cue is not taken as speech; that the same words stand in
 * a quotation makes them the speaker's. Each is listed as a partial quotation of that speaker.
 */
import type { Quote, TextSpan } from '../../analysis/contract';
import { countWords, isTitleLike } from './classify';
import { wordsKey } from './word-key';

/** Words a quotation in the body must have to be taken as an echo (a shorter one may be a term). */
const MIN_BODY_WORDS = 4;

/** A quotation not listed by the other steps, and whether it fills a subheading of the body. */
export interface EchoCandidate {
  inner: string;
  spans: { start: number; end: number }[];
  heading: boolean;
}

/** The candidates whose words stand in one of `quotes` (another span), as partial quotations. */
export function echoQuotes(candidates: EchoCandidate[], quotes: Quote[]): Quote[] {
  if (!candidates.length || !quotes.length) return [];
  // (the quotations' keys made only once a candidate needs them)
  let keys: string[] | null = null;
  const out: Quote[] = [];
  for (const c of candidates) {
    // (in the body, a title set in marks that a speaker's words echo is still a title)
    if (!c.heading && (countWords(c.inner) < MIN_BODY_WORDS || isTitleLike(c.inner))) continue;
    const key = wordsKey(c.inner);
    if (!key) continue;
    const first = c.spans[0]!;
    const last = c.spans[c.spans.length - 1]!;
    const all = (keys ??= quotes.map((q) => wordsKey(q.text)));
    const source = quotes.findIndex((q, i) => q.start !== first.start && all[i]!.includes(key));
    if (source < 0) continue;
    const from = quotes[source]!;
    out.push({
      text: c.inner,
      start: first.start,
      end: last.end,
      spans: c.spans.map((s) => ({ ...s })),
      kind: 'partial',
      speaker: from.speaker ? { ...from.speaker } : null,
      cue: null,
    });
  }
  return out;
}

/**
 * Does the quotation fill a heading that stands inside the body (a subheading, after some of the
 * body's text), not the headline above it?
 */
export function fillsSubheading(
  text: string,
  span: { start: number; end: number },
  headings: readonly TextSpan[],
  bodyStart: number,
): boolean {
  if (span.start <= bodyStart) return false;
  const h = headings.find((x) => x.start <= span.start && span.end <= x.end);
  if (!h) return false;
  const rest = text.slice(h.start, span.start) + text.slice(span.end, h.end);
  return !/[\p{L}\p{N}]/u.test(rest);
}
