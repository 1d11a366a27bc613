/** Word counts and the limits of a page read: light, so the page's side can use them without Readability. */

/** Fewer words than this after extraction: not an article (a search page, an app shell). */
export const MIN_ARTICLE_WORDS = 60;

/** The element budget of a page read (a long article page has a few thousand). */
export const DEFAULT_MAX_ELEMENTS = 8000;

const LETTER = /\p{L}/u;
const NUMBER = /\p{N}/u;
const OTHER = 0;
const DIGIT = 1;
const ALPHA = 2;
const APOSTROPHE = 3;

/** The class of the code point `cp`: letters and numbers as Unicode has them, ASCII by code. */
function classOf(cp: number): number {
  if (cp < 128) {
    if ((cp >= 97 && cp <= 122) || (cp >= 65 && cp <= 90)) return ALPHA;
    if (cp >= 48 && cp <= 57) return DIGIT;
    return cp === 39 ? APOSTROPHE : OTHER;
  }
  if (cp === 0x2019) return APOSTROPHE;
  const ch = String.fromCodePoint(cp);
  return LETTER.test(ch) ? ALPHA : NUMBER.test(ch) ? DIGIT : OTHER;
}

/**
 * The number of words: runs of letters and digits, with apostrophe-joined letter runs (don't,
 * rock'n'roll, 1990's) as one: the matches of [\p{L}\p{N}]+(?:['’][\p{L}]+)* (flags gu), counted
 * without building the array of matches (a long article's count ran as one task of ~10 ms on the
 * page's side).
 */
export function countWords(text: string): number {
  let count = 0;
  // 0: between words; 1: in the letters-and-digits run; 2: in a letter run after an apostrophe
  let state = 0;
  const n = text.length;
  for (let i = 0; i < n;) {
    const cp = text.codePointAt(i)!;
    const width = cp > 0xffff ? 2 : 1;
    const c = classOf(cp);
    if (c === ALPHA || c === DIGIT) {
      // A digit after an apostrophe's letters starts a new word (the pattern's tail is letters only).
      if (state === 0 || (state === 2 && c === DIGIT)) {
        count++;
        state = 1;
      }
    } else if (c === APOSTROPHE && state !== 0 && i + 1 < n && classOf(text.codePointAt(i + 1)!) === ALPHA) {
      state = 2;
    } else {
      state = 0;
    }
    i += width;
  }
  return count;
}
