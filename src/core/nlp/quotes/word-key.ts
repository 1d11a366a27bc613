/**
 * Quoted words as a key for finding them again whatever their marks, case and spacing: lower
 * case, letters and digits (with apostrophes inside a word), one space between words and one at
 * each end, so that `includes` on two keys matches whole words only. Used on every quotation of
 * an article (repeats, echoes, block quotations): one pass over the characters, no pattern per
 * word.
 */

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

const isApostrophe = (c: number): boolean => c === 39 || c === 0x2019 || c === 0x2018 || c === 96;

export function wordsKey(s: string): string {
  const lower = s.toLowerCase();
  let out = '';
  let word = '';
  // Apostrophes after a word: kept only if the word goes on ("don't"), not at its end ("roll'").
  let apostrophes = '';
  for (let i = 0; i < lower.length; i++) {
    const c = lower.charCodeAt(i);
    let ch = lower[i]!;
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < lower.length) ch += lower[++i]!;
    const inWord = (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 128 && LETTER_OR_DIGIT.test(ch));
    if (inWord) {
      word += apostrophes + ch;
      apostrophes = '';
    } else if (isApostrophe(c)) {
      if (word) apostrophes += "'";
    } else {
      if (word) out += ` ${word}`;
      word = '';
      apostrophes = '';
    }
  }
  if (word) out += ` ${word}`;
  return out ? `${out} ` : '';
}

/** The key holds at least `n` words. */
export function hasWords(key: string, n: number): boolean {
  let count = 0;
  for (let i = key.indexOf(' ', 1); i >= 0 && count < n; i = key.indexOf(' ', i + 1)) count++;
  return count >= n;
}
