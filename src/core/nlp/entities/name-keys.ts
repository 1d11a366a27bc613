/**
 * How the words of a name are compared when mentions are grouped (aliases.ts): spelling variants
 * of one name that an article mixes, and the particles that open a surname.
 *  - transliterations: "Zelensky" / "Zelenskiy" / "Zelenskyy", "Gaddafi" / "Qaddafi" / "Kadhafi"
 *  - an Arabic article glued to a surname: "al-Assad" is "Assad" ("Mr. Assad")
 *  - particles: "bin Laden", "von Moltke", "de Miranda" are a surname of two words, written with a
 *    capital or without one ("Bin Laden" at the start of a sentence)
 * Words come in lower case, periods dropped (NameMention.words).
 */

/** Lowercase words that open a surname ("bin Laden", "van der Berg", "de la Cruz"). */
// prettier-ignore
export const SURNAME_PARTICLES = new Set([
  'bin', 'ibn', 'bint', 'abu', 'al', 'el', 'de', 'da', 'di', 'dos', 'das', 'du', 'del', 'della', 'der',
  'den', 'van', 'von', 'la', 'le', 'ter', 'ten', 'zu', 'ould',
]);

const ARTICLE_PREFIX = /^(?:al|el|ad|ash|as|at|az|an|ar|ud|ul)-(?=\p{L}{3})/u;

/** The surname without a glued Arabic article ("al-assad" -> "assad"), or the word itself. */
export function withoutArticle(w: string): string {
  return w.replace(ARTICLE_PREFIX, '');
}

/**
 * A key under which transliterations of one name meet: accents folded; an ending -iy/-yy/-ii/-ij
 * or -i after a consonant cluster read as -y; y read as i inside the word; kh, dh, ph, ck, q and
 * doubled letters reduced ("zelenskiy" and "zelensky" -> "zelenski"; "qaddafi", "gaddafi" stay
 * apart only by their first letter, "kadhafi" meets "qaddafi"). Short words keep their spelling:
 * they are too easily another name.
 */
export function looseWord(w: string): string {
  let s = w.normalize('NFD').replace(/\p{M}/gu, '');
  if (s.length < 5) return s;
  s = s.replace(/(?:iy|yy|ii|ij|yi)$/, 'y').replace(/y$/, 'i');
  s = s
    .replace(/y/g, 'i')
    .replace(/kh/g, 'k')
    .replace(/dh/g, 'd')
    .replace(/ph/g, 'f')
    .replace(/ck/g, 'k')
    .replace(/q/g, 'k');
  return s.replace(/(\p{L})\1+/gu, '$1');
}

/** The words of a name, each by its loose key, joined: the key full names are grouped under. */
export function looseKey(words: readonly string[]): string {
  return words.map((w) => looseWord(withoutArticle(w))).join(' ');
}
