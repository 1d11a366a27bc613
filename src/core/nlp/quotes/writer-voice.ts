/**
 * A short blockquote in the writer's own voice: a blog or column that sets one of its own
 * sentences off for emphasis ("I help people build businesses they love."), with no one
 * introducing it and no signature. It is no one's quotation. Told by its words, which speak as
 * "I" or to the reader as "you", and by the text around it, where the writer speaks as "I" outside
 * any quotation marks (a news report quoting someone's statement does not).
 */
import type { TextSpan } from '../../analysis/contract';

/** Callouts are a sentence or two; a longer block in the first person is more likely a letter quoted. */
const MAX_WORDS = 40;

/** The block speaks as "I" or to "you". */
const PERSONAL =
  /(?:^|[^\p{L}])(?:I|I['’](?:m|ve|d|ll)|[Mm]y|[Mm]e|[Yy]ou|[Yy]our|[Yy]ou['’](?:re|ll|ve|d))(?![\p{L}])/u;
/** The writer's "I" in the body. */
const FIRST_PERSON = /(?:^|[^\p{L}])(?:I|I['’](?:m|ve|d|ll)|[Mm]y|[Mm]e)(?![\p{L}])/u;
/** A stretch in double marks (someone else's words in the body). */
const MARKED = /[“"][^”"\n]*[”"]/g;

/** Is the one-line block at `line` the writer's own words, given its neighbouring paragraphs? */
export function inWriterVoice(text: string, line: TextSpan, before: TextSpan | null, after: TextSpan | null): boolean {
  const words = text.slice(line.start, line.end);
  if (words.split(/\s+/).length > MAX_WORDS || !PERSONAL.test(words)) return false;
  const speaksAsI = (p: TextSpan | null) =>
    p !== null && FIRST_PERSON.test(text.slice(p.start, p.end).replace(MARKED, ' '));
  return speaksAsI(before) || speaksAsI(after);
}
