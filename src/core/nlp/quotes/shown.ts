/**
 * Whether a speaker's name, not linked to an entity, may be shown as a name. A pronoun, a
 * determiner or a common word ("They", "Another", "Review", "officers") shown in bold where a name
 * belongs reads as Gloss not knowing: such a quotation is unattributed instead. An article's
 * description of an unnamed source ("a senior political source", "the company") is shown as it is.
 */
import { NEVER_NAMES } from './lexicon';

const DEMONSTRATIVES = new Set(['this', 'that', 'these', 'those']);

/** Answers for the last text seen: name -> whether the text writes it in lower case. */
let seenText = '';
const lowerSeen = new Map<string, boolean>();

/** The text has `word` (lower case) as a whole word, written in lower case. */
function writtenLower(text: string, word: string): boolean {
  if (text !== seenText) {
    seenText = text;
    lowerSeen.clear();
  }
  let got = lowerSeen.get(word);
  if (got === undefined) {
    const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    got = new RegExp(`(?<![\\p{L}\\p{N}'’-])${escaped}(?![\\p{L}\\p{N}])`, 'u').test(text);
    lowerSeen.set(word, got);
  }
  return got;
}

/** `knownPerson`: the discourse knows this word as a person's name ("Young" after "Andrew Young"). */
export function shownAsName(text: string, name: string, knownPerson = false): boolean {
  const words = name.trim().split(/\s+/);
  const first = words[0] ?? '';
  if (!first) return false;
  const base = first.toLowerCase().replace(/['’]\p{L}*$/u, '');
  // "That could", "This opener": a demonstrative opens no description of a person who speaks.
  if (DEMONSTRATIVES.has(base)) return false;
  if (words.length > 1) {
    // "They Said", "You Know": a pronoun heading a run of capitalised words is no name.
    return !(
      NEVER_NAMES.has(base) &&
      base !== 'the' &&
      base !== 'a' &&
      base !== 'an' &&
      words.every((w) => /^\p{Lu}/u.test(w))
    );
  }
  if (NEVER_NAMES.has(base)) return false;
  // A lower-case word ("officers") is no name; nor a capitalised one the article writes in lower
  // case elsewhere ("Review", "Might" at a sentence's start).
  if (!/\p{Lu}/u.test(first)) return false;
  return knownPerson || !writtenLower(text, first.toLowerCase());
}
