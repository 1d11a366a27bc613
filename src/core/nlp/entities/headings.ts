/**
 * Headings read as names. A heading in title case gives its verbs and question words capitals
 * ("Here's Where Commercial Landers Will Land on the Moon"), and the recognizer takes a run of
 * them for one name. A name does not hold such a word after its first ("Will Smith" opens with
 * one), so a "name" that does is words of a heading.
 */
import type { Token } from '../tokenize';
import type { NameMention } from './aliases';

/** Verbs, question words and pronouns that a heading capitalises and a name never holds inside it. */
// prettier-ignore
const HEADING_WORDS = new Set([
  'is', 'are', 'was', 'were', 'will', 'would', 'could', 'should', 'has', 'have', 'had', 'does', 'did', "isn't",
  "won't", "can't", "don't", 'where', 'when', 'why', 'how', 'you', 'your', "you're", 'we', 'our', "here's", "what's",
]);

/** A word of the mention after its first is a heading's verb or question word ("… Landers Will Land"). */
export function isHeadingWords(m: NameMention, tokens: readonly Token[]): boolean {
  for (let i = m.first + 1; i < m.last; i++) {
    const w = tokens[i]!.text;
    // mixed case: a line in capitals ("TEAMS ARE LEVEL") is read elsewhere
    if (/^\p{Lu}\p{Ll}/u.test(w) && HEADING_WORDS.has(w.toLowerCase().replace('’', "'"))) return true;
  }
  return false;
}
