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

const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sr', 'jr', 'st', 'gen', 'sen', 'rep', 'gov', 'lt', 'col', 'capt', 'sgt',
  'maj', 'adm', 'cmdr', 'rev', 'hon', 'pres', 'inc', 'corp', 'ltd', 'co', 'no', 'vs', 'jan', 'feb', 'mar', 'apr',
  'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'mt', 'ft', 'del', 'ave', 'dept', 'est', 'etc', 'al',
  'a.m', 'p.m', 'u.s', 'u.k', 'u.n', 'd.c', 'e.g', 'i.e',
]);

const WORD_RE = /[\p{L}\p{N}]+(?:['’\-&.][\p{L}\p{N}]+)*/uy;

export interface QuoteSlot {
  start: number;
  end: number;
}

/**
 * Tokens of text[start, end), with each of `quotes` (sorted, inside the range) as one token.
 * Quotation marks that belong to no quotation are skipped.
 */
export function tokenizeParagraph(text: string, start: number, end: number, quotes: { index: number; start: number; end: number }[]): Tok[] {
  const out: Tok[] = [];
  let qi = 0;
  let i = start;
  while (i < end) {
    const q = quotes[qi];
    if (q && i >= q.start) {
      out.push({ text: text.slice(q.start, q.end), lower: '', start: q.start, end: q.end, quote: q.index, cap: false, word: false, sentEnd: false });
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
      let w = text.slice(i, e);
      let lw = w.toLowerCase();
      if (text.charCodeAt(e) === 46 /* . */ && e + 1 <= limit && (ABBREVIATIONS.has(lw) || (w.length === 1 && /\p{Lu}/u.test(w)) || /^(\p{L}\.)+\p{L}$/u.test(w))) {
        e++;
        w += '.';
        lw += '.';
      }
      const c0 = w.charCodeAt(0);
      const cap = c0 < 128 ? c0 >= 65 && c0 <= 90 : /^\p{Lu}/u.test(w);
      out.push({ text: w, lower: lw, start: i, end: e, quote: -1, cap, word: true, sentEnd: false });
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
  return c === 39 || c === 34 || c === 0x201c || c === 0x201d || c === 0x2018 || c === 0x2019 || c === 0x201e || c === 0xab || c === 0xbb;
}

/** Inner text of a quotation ends a sentence (“… .” / “…?”). */
export function quoteEndsSentence(quoteText: string): boolean {
  return /[.!?…]$/.test(quoteText.replace(/['"“”‘’„«»\s]+$/, ''));
}

function markSentences(toks: Tok[]): void {
  for (let k = 0; k < toks.length; k++) {
    const t = toks[k]!;
    const next = toks[k + 1];
    if (t.quote < 0 && (t.text === '.' || t.text === '!' || t.text === '?')) {
      // "R-Ky., said": a period before a comma or a lower-case word does not end a sentence.
      if (!next || next.cap || next.quote >= 0 || (!next.word && !/^[,;:)\]]$/.test(next.text))) t.sentEnd = true;
    } else if (t.quote < 0 && t.word && t.text.endsWith('.') && next && next.cap && /^(?:\p{L}\.)+$/u.test(t.text) && t.text.length > 2) {
      // "U.S." at the end of a sentence before a capital: ambiguous, treated as an end only before a quotation.
      if (next.quote >= 0) t.sentEnd = true;
    } else if (t.quote >= 0 && quoteEndsSentence(t.text)) {
      if (!next || next.cap || next.quote >= 0) t.sentEnd = true;
    }
  }
}
