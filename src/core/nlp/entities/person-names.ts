/**
 * The parts of a person's full name, and whether two full names can be one person's (aliases.ts):
 *  - a generational suffix ("Jr.", "Sr.", "III") is no surname: "Patrick Carlineo Jr." has the
 *    surname "Carlineo"; two different suffixes ("Jr." / "Sr.") are a son and his father;
 *  - a middle initial stands for the middle name ("John M. Ford" / "John Milo Ford"), a middle
 *    name may be left out ("Patrick W. Carlineo" / "Patrick Carlineo");
 *  - a given name may be shortened to its first letters ("Pat" / "Patrick", "Ben" / "Benjamin"),
 *    or to its initial.
 * Words come in lower case, periods dropped (NameMention.words).
 */
import { looseWord, withoutArticle } from './name-keys';

// prettier-ignore
const GENERATIONAL = new Set(['jr', 'sr', 'ii', 'iii', 'iv', 'v']);

export interface PersonName {
  given: string;
  middles: string[];
  surname: string;
  /** "jr", "sr", "iii" ..., or null */
  suffix: string | null;
}

/** The words of a name without a trailing generational suffix ("patrick carlineo jr" -> "patrick carlineo"). */
export function withoutSuffix(words: readonly string[]): readonly string[] {
  return words.length > 2 && GENERATIONAL.has(words[words.length - 1]!) ? words.slice(0, -1) : words;
}

/** Given name, middle names, surname and suffix of a full name (two words or more), or null. */
export function personName(words: readonly string[]): PersonName | null {
  const core = withoutSuffix(words);
  if (core.length < 2) return null;
  return {
    given: core[0]!,
    middles: core.slice(1, -1),
    surname: core[core.length - 1]!,
    suffix: core.length < words.length ? words[words.length - 1]! : null,
  };
}

/** One word stands for the other: the same, an initial of it, or (given names) a short form of it. */
function sameName(a: string, b: string, shortForms: boolean): boolean {
  if (a === b) return true;
  if (a.length === 1 || b.length === 1) return a[0] === b[0];
  if (!shortForms) return false;
  const [s, l] = a.length < b.length ? [a, b] : [b, a];
  // "Pat" / "Patrick"; not "Ann" / "Anna", which are names of their own
  return s.length >= 3 && l.length >= s.length + 2 && l.startsWith(s);
}

/**
 * Two full names that can name one person: the same surname (spelling variants met), given names
 * that stand for each other, middle names that agree where both give them, and no two different
 * generational suffixes.
 */
export function compatibleNames(a: PersonName, b: PersonName): boolean {
  if (looseWord(withoutArticle(a.surname)) !== looseWord(withoutArticle(b.surname))) return false;
  if (a.suffix !== null && b.suffix !== null && a.suffix !== b.suffix) return false;
  if (!sameName(a.given, b.given, true)) return false;
  if (a.middles.length && b.middles.length) {
    if (a.middles.length !== b.middles.length) return false;
    return a.middles.every((m, i) => sameName(m, b.middles[i]!, false));
  }
  return true;
}
