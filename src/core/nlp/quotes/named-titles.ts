/**
 * Titles and names the article gives in marks after a naming verb ("an installation entitled
 * ‘Rain after Rain’", "a plan dubbed “Operation Clean Sweep”"). The words are a name, and so are
 * the same words in marks elsewhere with no cue of their own: a caption or a line of their own
 * that repeats the title ("‘Rain after Rain’"), or an echo of that line. A quotation with a cue
 * ("“Rain after Rain,” she said") is still speech.
 */
import type { Quote } from '../../analysis/contract';
import { wordsKey } from './word-key';

/** Verbs and words that name what follows in marks (general language). */
const NAMING = String.raw`(?:entitled|titled|headlined|dubbed|nicknamed|named|so-called|aka|a\.k\.a\.)`;
/** The naming word, an optional article, and words in marks (80 characters at most). */
const NAMED_IN_MARKS = new RegExp(
  String.raw`(?:^|[^\p{L}-])${NAMING}\s+(?:(?:the|a|an)\s+)?[“"‘'«]([^“”"‘’«»\n]{1,80}?)[”"’‘'»]`,
  'giu',
);

/** The keys (word-key.ts) of the words the text names with a naming verb. */
export function namedTitleKeys(text: string): Set<string> {
  const keys = new Set<string>();
  NAMED_IN_MARKS.lastIndex = 0;
  for (let m = NAMED_IN_MARKS.exec(text); m; m = NAMED_IN_MARKS.exec(text)) {
    const key = wordsKey(m[1]!);
    if (key) keys.add(key);
  }
  return keys;
}

/** The quotations without the named titles among them (those with no cue whose words a naming verb gives). */
export function withoutNamedTitles(text: string, quotes: Quote[]): Quote[] {
  if (quotes.length === 0) return quotes;
  const keys = namedTitleKeys(text);
  if (keys.size === 0) return quotes;
  const out = quotes.filter((q) => q.cue !== null || !keys.has(wordsKey(q.text)));
  return out.length === quotes.length ? quotes : out;
}
