/**
 * Speech or not, and which kind. Quotation marks also mark titles (“Meet the Press”), names and
 * nicknames (Frank M “Mitch” Bradley), terms and scare quotes (“Cartel of the Suns”); those are
 * not quotations. A quotation is "full" when it is a clause or more, "partial" when it is a
 * fragment woven into the writer's sentence.
 */
import type { Tok } from './words';
import { NAMING_WORDS } from './cue-words';
import { DETERMINERS } from './word-lists';
import { conditionName, definedTerm, listItem, looseVerb, modifiesNoun, namedByNoun, reportedWords } from './fragments';

// prettier-ignore
const MINOR = new Set(['of', 'the', 'and', 'for', 'on', 'in', 'to', 'a', 'an', 'with', 'at', 'by', 'or', 'from', 'de', 'la', 'del', 'vs', 'vs.', 'is', 'it', 'as']);

/** Small words a subtitle leaves in lower case ("Communities that Arise in Disaster"). */
// prettier-ignore
const SUBTITLE_MINOR = new Set(['that', 'into', 'but', 'nor', 'up', 'than']);

/** Whitespace (as the regex class \s has it) or a quotation mark ' " “ ” ‘ ’ „ « ». */
function isEdge(c: number): boolean {
  return (
    (c >= 9 && c <= 13) ||
    c === 32 ||
    c === 34 ||
    c === 39 ||
    c === 0xa0 ||
    c === 0xab ||
    c === 0xbb ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    (c >= 0x2018 && c <= 0x2019) ||
    (c >= 0x201c && c <= 0x201e) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** The quotation without its marks and blank edges (a char-code scan; two regex replaces before). */
export function innerText(quoteText: string): string {
  return innerOf(quoteText, 0, quoteText.length);
}

/** innerText(text.slice(start, end)), slicing once. */
export function innerOf(text: string, start: number, end: number): string {
  let s = start;
  let e = end;
  while (s < e && isEdge(text.charCodeAt(s))) s++;
  while (e > s && isEdge(text.charCodeAt(e - 1))) e--;
  return text.slice(s, e);
}

export function wordsOf(inner: string): string[] {
  return inner.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
}

/** Number of words, counted up to `cap` (a cheap scan: most decisions only need "more than N"). */
export function countWords(inner: string, cap = 12): number {
  let n = 0;
  let inWord = false;
  let hasAlnum = false;
  for (let i = 0; i <= inner.length && n < cap; i++) {
    const c = i < inner.length ? inner.charCodeAt(i) : 32;
    if (c === 32 || c === 10 || c === 9 || c === 160) {
      if (inWord && hasAlnum) n++;
      inWord = false;
      hasAlnum = false;
    } else {
      inWord = true;
      if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c > 191) hasAlnum = true;
    }
  }
  return n;
}

/** Every significant word capitalised: a title or a name, not speech. */
export function isTitleLike(inner: string): boolean {
  // One quotation asks several times (speech or not, its kind): the last answer is kept.
  if (inner === lastTitleInner) return lastTitleLike;
  const r = titleLike(inner);
  lastTitleInner = inner;
  lastTitleLike = r;
  return r;
}
let lastTitleInner: string | null = null;
let lastTitleLike = false;

/** "Financial Freedom: A Proven Path to All the Money You Will Ever Need": a title and its subtitle. */
const SUBTITLED = /^[\p{Lu}\p{N}][^:]{0,60}: \p{Lu}/u;

function titleLike(inner: string): boolean {
  // (a title with a subtitle runs longer than a title alone)
  const most = SUBTITLED.test(inner) ? 16 : 10;
  if (countWords(inner, most + 1) > most) return false;
  const words = wordsOf(inner);
  if (words.length === 0 || words.length > most) return false;
  if (/[!?]\s*$/.test(inner) && words.length > 2) return false;
  let significant = 0;
  for (const w of words) {
    const core = w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
    if (!core) continue;
    if (MINOR.has(core.toLowerCase()) || (most > 10 && SUBTITLE_MINOR.has(core))) continue;
    significant++;
    if (!/^[\p{Lu}\p{N}]/u.test(core)) return false;
  }
  // "I" and "I'm" alone do not make a title ("I’d Do Anything", with two more, does).
  return significant > 0 && (!/^I(?:['’]\w+)?\b/.test(words[0] ?? '') || significant >= 3);
}

export interface QuoteContext {
  /** Tokens of the quotation's paragraph and its index there. */
  toks: Tok[];
  t: number;
  /** The character just before the opening mark. */
  before: string;
  /** A speaker was found and how close. */
  scope: 'adjacent' | 'sentence' | 'paragraph' | 'previous' | null;
}

export function isSpeech(inner: string, ctx: QuoteContext): boolean {
  const words = { length: countWords(inner) };
  if (words.length === 0) return false;
  if (!/\p{L}/u.test(inner)) return false;
  if (ctx.before === '=' || /^[\w.-]+\.(?:com|org|net)\b/.test(inner) || /^https?:/.test(inner)) return false;
  const prev = ctx.toks[ctx.t - 1];
  const next = ctx.toks[ctx.t + 1];
  // A nickname inside a name: Frank M “Mitch” Bradley.
  if (words.length <= 2 && prev?.cap && next?.cap && isTitleLike(inner)) return false;
  // Named, not quoted: the so-called “…”, a film titled “…”.
  let p = ctx.t - 1;
  while (p >= 0 && ctx.toks[p]!.word && /^(?:the|a|an|his|her|their|its)$/.test(ctx.toks[p]!.lower)) p--;
  const naming = p >= 0 && ctx.toks[p]!.word && NAMING_WORDS.has(ctx.toks[p]!.lower);
  if (naming && (words.length <= 6 || isTitleLike(inner)) && ctx.scope !== 'adjacent') return false;
  // On CNN's “State of the Union”: a possessive before a title.
  if (isTitleLike(inner)) {
    // (a title with its subtitle is a work's, whatever verb stands by it)
    if (ctx.scope !== 'adjacent' || SUBTITLED.test(inner)) return false;
    if (prev && /['’]s$/.test(prev.text)) return false;
    // said on “Meet the Press”, wrote in “The Art of the Deal”: a title after a preposition.
    if (prev && prev.word && /^(?:on|in|of|at|from|to|for|with|by|about|into|called|titled|named)$/.test(prev.lower))
      return false;
    if (words.length === 1 && /^\p{Lu}/u.test(inner) && !/[.!?,]$/.test(inner)) return false;
  }
  // A short fragment: a name or term (a technique called “…”, “…” — the term for), or the words
  // someone used (described as “…”, called it “…”), whether or not a speaker is found.
  if (words.length <= 4) {
    if (namedByNoun(ctx.toks, ctx.t) || definedTerm(ctx.toks, ctx.t) || listItem(ctx.toks, ctx.t, inner)) return false;
    if (conditionName(ctx.toks, ctx.t)) return false;
    if (words.length <= 2 && modifiesNoun(ctx.toks, ctx.t)) return false;
    const reported = reportedWords(ctx.toks, ctx.t);
    if (words.length === 1 && !reported && looseVerb(inner)) return false;
    if (ctx.scope !== 'adjacent' && reported) return true;
  }
  // “Step out.”: a whole short sentence after another quotation of the paragraph, its turn going on.
  if (
    words.length <= 3 &&
    (ctx.scope === 'paragraph' || ctx.scope === 'previous') &&
    /[.!?]$/.test(inner) &&
    startsSentence(inner, ctx) &&
    ctx.toks.slice(0, ctx.t).some((k) => k.quote >= 0)
  )
    return true;
  // Short fragments count only with a cue in their own sentence, and not as modifiers
  // (a “supermax” prison, the “opt-out” movement, the “pivot”).
  if (words.length <= 3 && (ctx.scope === null || ctx.scope === 'paragraph' || ctx.scope === 'previous')) return false;
  if (words.length <= 2 && ctx.scope !== 'adjacent') {
    if (
      next &&
      next.word &&
      !next.cap &&
      !/^(?:and|or|but|to|that|as|for|in|on|at|with|by|from|of|is|was|are|were|has|had|would|will|when|if|because|about|after|before|which|who)$/.test(
        next.lower,
      ) &&
      // (a determiner after it: a verb in marks with its object, "and “patched” the software")
      !DETERMINERS.has(next.lower)
    )
      return false;
    if (
      prev &&
      prev.word &&
      /^(?:a|an|the|this|that|these|those|its|his|her|their|our|my|your|federal|so)$/.test(prev.lower)
    )
      return false;
    if (prev && /['’]s?$/.test(prev.text) && prev.word) return false;
  }
  if (ctx.scope === null && !startsSentence(inner, ctx)) return false;
  return true;
}

function startsSentence(inner: string, ctx: QuoteContext): boolean {
  if (!/^[\p{Lu}\p{N}…]/u.test(inner)) return false;
  const prev = ctx.toks[ctx.t - 1];
  return !prev || prev.sentEnd || prev.text === ':' || prev.text === ',' || prev.quote >= 0 || prev.text === '—';
}

export function quoteKind(inner: string, ctx: QuoteContext): 'full' | 'partial' {
  const words = { length: countWords(inner) };
  if (words.length >= 10) return 'full';
  if (/^[\p{Lu}\p{N}…]/u.test(inner) && !isTitleLike(inner)) {
    const prev = ctx.toks[ctx.t - 1];
    if (!prev || prev.sentEnd || prev.quote >= 0 || /^[,:—–(]$/.test(prev.text) || prev.lower === 'that') return 'full';
    if (/[.!?]$/.test(inner)) return 'full';
  }
  return 'partial';
}
