/**
 * Tokens and sentences for English news text.
 *
 * API (kept small; other modules import it):
 *   tokenize(text)            -> Token[]      words, numbers and punctuation with UTF-16 offsets
 *   splitSentences(text, toks) -> Sentence[]  token ranges; a line break always ends a sentence
 *
 * Tokenisation follows the CoNLL/Penn conventions the recognizer was trained on: punctuation is
 * split off, clitics ('s, n't, 're, ...) are their own tokens, hyphenated words and numbers
 * (13,000 / 1996-08-22) stay whole, abbreviations keep their period (U.S., Mr., M.).
 * Every token satisfies text.slice(start, end) === token.text.
 */

export interface Token {
  text: string;
  /** UTF-16 offset of the first character. */
  start: number;
  /** UTF-16 offset after the last character (exclusive). */
  end: number;
}

export interface Sentence {
  /** Index of the first token. */
  first: number;
  /** Index after the last token (exclusive). */
  last: number;
  /** Character span of the sentence (first token start to last token end). */
  start: number;
  end: number;
}

// One alternation, tried left to right at each position (sticky):
//  1. dotted abbreviations: U.S., U.S.A., e.g.
//  2. numbers with inner separators: 13,000  1.5  1996-08-22  9/11
//  3. words with inner apostrophes, hyphens, ampersands, periods and digits: O'Neill, drug-trafficking, AT&T
//  4. runs of the same punctuation (..., --, !!) and any other single character
const TOKEN_RE =
  /(?:\p{L}\.){2,}|\p{N}+(?:[.,:/-]\p{N}+)*(?:\p{L}+)?|[\p{L}\p{M}\p{N}]+(?:[-'’&.][\p{L}\p{M}\p{N}]+)*|\.{2,}|-{2,}|[^\s]/uy;

/** Clitics split off the end of a word, as in the Penn treebank. Lowercase; straight apostrophe. */
// prettier-ignore
const CLITICS = ["n't", "'s", "'re", "'ve", "'ll", "'d", "'m"];

/** Abbreviations that keep a following period (so "Mr." or "Gen." do not end a sentence). */
// prettier-ignore
const PERIOD_ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sr', 'jr', 'st', 'gen', 'sen', 'rep', 'gov', 'lt', 'col', 'capt',
  'sgt', 'maj', 'adm', 'cmdr', 'rev', 'hon', 'pres', 'inc', 'corp', 'ltd', 'co', 'bros', 'no', 'vs',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'mt', 'ft',
  'ave', 'blvd', 'dept', 'univ', 'assn', 'est', 'approx', 'etc', 'al', 'fig', 'p', 'pp', 'vol',
]);

function isUpper(c: number): boolean {
  return (c >= 65 && c <= 90) || (c > 127 && String.fromCharCode(c).toLowerCase() !== String.fromCharCode(c));
}

/** Words, numbers and punctuation of `text`, in order. Whitespace is never part of a token. */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    // whitespace (incl. NBSP and the Unicode spaces)
    if (
      c === 32 ||
      c === 10 ||
      c === 9 ||
      c === 13 ||
      c === 160 ||
      c === 12 ||
      c === 11 ||
      (c >= 0x2000 && c <= 0x200b) ||
      c === 0x202f ||
      c === 0x205f ||
      c === 0x3000 ||
      c === 0xfeff
    ) {
      i++;
      continue;
    }
    TOKEN_RE.lastIndex = i;
    const m = TOKEN_RE.exec(text);
    let end = m ? i + m[0].length : i + 1;
    if (m === null && c >= 0xd800 && c <= 0xdbff && i + 1 < n) end = i + 2; // astral symbol
    let word = text.slice(i, end);
    // A single capital letter or known abbreviation followed by "." keeps the period.
    if (end < n && text.charCodeAt(end) === 46 && isWordy(word)) {
      const lower = word.toLowerCase();
      if ((word.length === 1 && isUpper(c)) || PERIOD_ABBREVIATIONS.has(lower)) {
        // ...unless the period is part of "..."
        if (text.charCodeAt(end + 1) !== 46) {
          end++;
          word += '.';
        }
      }
    }
    // Split clitics off words (Trump's -> Trump 's; didn't -> did n't).
    const cut = cliticCut(word);
    if (cut > 0) {
      out.push({ text: word.slice(0, cut), start: i, end: i + cut });
      out.push({ text: word.slice(cut), start: i + cut, end });
    } else {
      out.push({ text: word, start: i, end });
    }
    i = end;
  }
  return out;
}

function isWordy(w: string): boolean {
  const c = w.charCodeAt(w.length - 1);
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c > 127;
}

/** Where a clitic starts inside `word`, or 0 when it has none. */
function cliticCut(word: string): number {
  const n = word.length;
  if (n < 3) return 0;
  for (const cl of CLITICS) {
    const k = cl.length;
    if (n <= k) continue;
    let ok = true;
    for (let j = 0; j < k; j++) {
      let a = word.charCodeAt(n - k + j);
      if (a === 0x2019) a = 39; // curly apostrophe
      if (a >= 65 && a <= 90) a += 32;
      if (a !== cl.charCodeAt(j)) {
        ok = false;
        break;
      }
    }
    if (ok) return n - k;
  }
  // plural possessive written with a trailing apostrophe is split by the regex already
  return 0;
}

// prettier-ignore
const OPENERS = new Set(['"', '“', '‘', "'", '(', '[', '«']);
// prettier-ignore
const CLOSERS = new Set(['"', '”', '’', "'", ')', ']', '»']);

/**
 * Sentences over `tokens`. A sentence ends at a line break, or after ".", "!", "?" or "..." (with
 * any closing quotes or brackets that follow) when the next token starts a new sentence
 * (a capital, a digit, or an opening quote/bracket).
 */
export function splitSentences(text: string, tokens: readonly Token[]): Sentence[] {
  const out: Sentence[] = [];
  const n = tokens.length;
  let first = 0;
  const close = (last: number): void => {
    if (last > first) {
      out.push({ first, last, start: tokens[first]!.start, end: tokens[last - 1]!.end });
    }
    first = last;
  };
  for (let i = 0; i < n; i++) {
    const tok = tokens[i]!;
    const next = tokens[i + 1];
    if (next === undefined) break;
    // line break between this token and the next
    if (hasNewline(text, tok.end, next.start)) {
      close(i + 1);
      continue;
    }
    const t = tok.text;
    if (t === '.' || t === '!' || t === '?' || t === '...' || t === '…') {
      // absorb closing quotes/brackets glued to the terminator
      let j = i + 1;
      while (j < n && CLOSERS.has(tokens[j]!.text) && tokens[j]!.start === tokens[j - 1]!.end) j++;
      const after = tokens[j];
      if (after === undefined) break;
      if (hasNewline(text, tokens[j - 1]!.end, after.start)) {
        i = j - 1;
        close(j);
        continue;
      }
      const c = after.text.charCodeAt(0);
      if (isUpper(c) || (c >= 48 && c <= 57) || OPENERS.has(after.text)) {
        close(j);
        i = j - 1;
      }
    }
  }
  close(n);
  return out;
}

function hasNewline(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c === 10 || c === 13 || c === 0x2028 || c === 0x2029) return true;
  }
  return false;
}
