/**
 * A paragraph as a stream for attribution: words and punctuation outside quotations, and one
 * token standing for each quotation. Sentence boundaries are marked on the stream.
 */
import { isSpace } from './marks';

export interface Tok {
  text: string;
  lower: string;
  start: number;
  end: number;
  /** Index of the quotation this token stands for, or -1 for a word or punctuation. */
  quote: number;
  /** Starts with an upper-case letter. */
  cap: boolean;
  word: boolean;
  /** A sentence ends after this token. */
  sentEnd: boolean;
}

// prettier-ignore
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sr', 'jr', 'st', 'gen', 'sen', 'rep', 'gov', 'lt', 'col', 'capt', 'sgt',
  'maj', 'adm', 'cmdr', 'rev', 'hon', 'pres', 'inc', 'corp', 'ltd', 'co', 'no', 'vs', 'jan', 'feb', 'mar', 'apr',
  'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'mt', 'ft', 'del', 'ave', 'dept', 'est', 'etc', 'al',
  'a.m', 'p.m', 'u.s', 'u.k', 'u.n', 'd.c', 'e.g', 'i.e',
]);

const WORD_RE = /[\p{L}\p{N}]+(?:['’\-&.][\p{L}\p{N}]+)*/uy;
const UPPER_AT = /\p{Lu}/uy;

export interface QuoteSlot {
  start: number;
  end: number;
}

/**
 * Tokens of text[start, end), with each of `quotes` (sorted, inside the range) as one token.
 * Quotation marks that belong to no quotation are skipped.
 */
export function tokenizeParagraph(
  text: string,
  start: number,
  end: number,
  quotes: { index: number; start: number; end: number }[],
): Tok[] {
  const out: Tok[] = [];
  let qi = 0;
  let i = start;
  while (i < end) {
    const q = quotes[qi];
    if (q && i >= q.start) {
      out.push({
        text: text.slice(q.start, q.end),
        lower: '',
        start: q.start,
        end: q.end,
        quote: q.index,
        cap: false,
        word: false,
        sentEnd: false,
      });
      i = Math.max(i, q.end);
      qi++;
      continue;
    }
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      i++;
      continue;
    }
    const limit = q ? Math.min(end, q.start) : end;
    // An ASCII word is scanned by char code; anything else (or an ASCII word running into a
    // non-ASCII letter) goes through WORD_RE. test() rather than exec(): no match array per word.
    let e = isAsciiAlnum(c) ? asciiWordEnd(text, i) : -1;
    if (e < 0) {
      WORD_RE.lastIndex = i;
      e = WORD_RE.test(text) ? WORD_RE.lastIndex : -1;
    }
    if (e >= 0 && e <= limit) {
      // "Mr." "U.S." "J.": the period belongs to the word.
      if (text.charCodeAt(e) === 46 /* . */ && e + 1 <= limit && abbreviation(text.slice(i, e))) e++;
      const w = text.slice(i, e);
      let cap: boolean;
      if (c < 128) cap = c >= 65 && c <= 90;
      else {
        UPPER_AT.lastIndex = i;
        cap = UPPER_AT.test(text);
      }
      out.push({ text: w, lower: w.toLowerCase(), start: i, end: e, quote: -1, cap, word: true, sentEnd: false });
      i = e;
      continue;
    }
    if (isQuoteMark(c)) {
      i++;
      continue;
    }
    const ch = text[i]!;
    out.push({ text: ch, lower: ch, start: i, end: i + 1, quote: -1, cap: false, word: false, sentEnd: false });
    i++;
  }
  markSentences(out);
  return out;
}

function abbreviation(w: string): boolean {
  return ABBREVIATIONS.has(w.toLowerCase()) || (w.length === 1 && /\p{Lu}/u.test(w)) || /^(\p{L}\.)+\p{L}$/u.test(w);
}

function isAsciiAlnum(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
}

/**
 * End of the WORD_RE match at i, for a word of ASCII letters and digits joined by ' ’ - & . ;
 * -1 when a character at the edge is not ASCII (the regex decides those).
 */
function asciiWordEnd(text: string, i: number): number {
  let e = i;
  for (;;) {
    while (isAsciiAlnum(text.charCodeAt(e))) e++;
    const d = text.charCodeAt(e);
    if (d >= 128 && d !== 0x2019) return -1;
    if (d === 39 || d === 0x2019 || d === 45 || d === 38 || d === 46) {
      const n = text.charCodeAt(e + 1);
      if (isAsciiAlnum(n)) {
        e += 2;
        continue;
      }
      if (n >= 128) return -1;
    }
    return e;
  }
}

/** ' " “ ” ‘ ’ „ « » */
function isQuoteMark(c: number): boolean {
  return (
    c === 39 ||
    c === 34 ||
    c === 0x201c ||
    c === 0x201d ||
    c === 0x2018 ||
    c === 0x2019 ||
    c === 0x201e ||
    c === 0xab ||
    c === 0xbb
  );
}

/** Inner text of a quotation ends a sentence (“… .” / “…?”). */
export function quoteEndsSentence(quoteText: string): boolean {
  return /[.!?…]$/.test(quoteText.replace(/['"“”‘’„«»\s]+$/, ''));
}

/** Whitespace as the regex class \s has it. */
export function isJsSpace(c: number): boolean {
  return (
    (c >= 9 && c <= 13) ||
    c === 32 ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** quoteEndsSentence(text.slice(start, end)), by char code. */
function quoteEndsSentenceAt(text: string, start: number, end: number): boolean {
  let e = end;
  while (e > start) {
    const c = text.charCodeAt(e - 1);
    if (isJsSpace(c) || isQuoteMark(c)) e--;
    else break;
  }
  if (e === start) return false;
  const c = text.charCodeAt(e - 1);
  return c === 46 || c === 33 || c === 63 || c === 0x2026;
}

/** Code of a one-character token's character (punctuation), or -1. */
function punct(t: Tok): number {
  return t.quote < 0 && !t.word && t.end - t.start === 1 ? t.text.charCodeAt(0) : -1;
}

function markSentences(toks: Tok[]): void {
  for (let k = 0; k < toks.length; k++) {
    const t = toks[k]!;
    const next = toks[k + 1];
    if (t.quote < 0 && !t.word) {
      const c = punct(t);
      if (c === 46 || c === 33 || c === 63) {
        // "R-Ky., said": a period before a comma or a lower-case word does not end a sentence.
        if (!next || next.cap || next.quote >= 0) t.sentEnd = true;
        else if (!next.word) {
          const n = punct(next);
          if (!(n === 44 || n === 59 || n === 58 || n === 41 || n === 93)) t.sentEnd = true;
        }
      }
    } else if (t.quote < 0) {
      // "U.S." at the end of a sentence before a capital: ambiguous, treated as an end only before a quotation.
      if (
        next &&
        next.cap &&
        next.quote >= 0 &&
        t.text.charCodeAt(t.text.length - 1) === 46 &&
        t.end - t.start > 2 &&
        /^(?:\p{L}\.)+$/u.test(t.text)
      )
        t.sentEnd = true;
    } else if (quoteEndsSentenceAt(t.text, 0, t.text.length)) {
      if (!next || next.cap || next.quote >= 0) t.sentEnd = true;
    }
  }
}
