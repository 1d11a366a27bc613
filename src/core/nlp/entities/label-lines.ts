/**
 * Names read in lines that are labels, not sentences. Both are told from the text alone (a line
 * is the text between two line breaks), so they hold for every producer of the article text:
 *  - a line written in title case ("'We Got Her!' Video Shows Dramatic Rescue of Kidnapped
 *    Girl", a related headline or a section heading) gives the recognizer no case to read: a
 *    "name" there whose every word the article writes in lower case elsewhere is common words;
 *  - a line that holds the name and nothing else ("Facebook" under a picture) is a credit or a
 *    label, no mention.
 * A title in quotation marks written in title case ("her book “A Paradise Built in Hell: The
 * Extraordinary Communities that Arise in Disaster”") is a work's name: the names the recognizer
 * finds inside it are fragments of it.
 */
import type { Token } from '../tokenize';
import type { NameMention } from './aliases';

/** Small words that title case leaves in lower case. */
// prettier-ignore
const TITLE_SMALL_WORDS = new Set([
  'a', 'an', 'the', 'and', 'or', 'but', 'nor', 'of', 'in', 'on', 'at', 'to', 'for', 'by', 'with', 'from', 'into',
  'onto', 'over', 'upon', 'as', 'that', 'than', 'vs', 'via', 'is', 'are', 'was', 'be', 'up', 'out', 'off',
]);
const OPEN_QUOTES = new Set(['“', '"']);
const CLOSE_QUOTES = new Set(['”', '"']);
/** Longest quoted title looked for, in characters. */
const MAX_TITLE = 200;

export interface LineContext {
  text: string;
  tokens: readonly Token[];
}

function lineAround(text: string, start: number, end: number): [number, number] {
  const from = text.lastIndexOf('\n', start - 1) + 1;
  const nl = text.indexOf('\n', end);
  return [from, nl < 0 ? text.length : nl];
}

/** First token index at or after character offset `at` (tokens are in text order). */
function tokenAt(tokens: readonly Token[], at: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.start < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const hasLetter = (w: string): boolean => /\p{L}/u.test(w);
const isUpperFirst = (w: string): boolean => /^\p{Lu}/u.test(w);
const isMixedCase = (w: string): boolean => /^\p{Lu}.*\p{Ll}/u.test(w);

/**
 * Are the word tokens [first, last) written in title case: every word but the small ones
 * capitalised, at least `minMixed` of them in capitals and lower case (a line in capitals only is
 * read elsewhere)?
 */
function isTitleCase(tokens: readonly Token[], first: number, last: number, minMixed: number): boolean {
  let mixed = 0;
  for (let i = first; i < last; i++) {
    const w = tokens[i]!.text;
    if (!hasLetter(w)) continue;
    if (isUpperFirst(w)) {
      if (isMixedCase(w)) mixed++;
    } else if (!TITLE_SMALL_WORDS.has(w.toLowerCase())) return false;
  }
  return mixed >= minMixed;
}

/** The mention stands in a title-case line, and the article writes each of its words in lower case elsewhere. */
export function isCommonWordsInTitleLine(m: NameMention, ctx: LineContext, lowerWords: ReadonlySet<string>): boolean {
  const { text, tokens } = ctx;
  const [from, to] = lineAround(text, m.start, m.end);
  const a = tokenAt(tokens, from);
  const b = tokenAt(tokens, to);
  if (b - a < 3 || /[.!?]["”’]?$/.test(text.slice(from, to).trimEnd()) || !isTitleCase(tokens, a, b, 3)) return false;
  for (let i = m.first; i < m.last; i++) {
    const w = tokens[i]!.text;
    if (!hasLetter(w) || TITLE_SMALL_WORDS.has(w.toLowerCase())) continue;
    if (!lowerWords.has(w.toLowerCase()) || w === w.toLowerCase()) return false;
  }
  return true;
}

/**
 * The mention is the whole of its paragraph ("Facebook" under a picture). A line of its own
 * within a paragraph is not enough: wire copy sets its bylines so, and they name their writers.
 */
export function isAloneOnLine(m: NameMention, ctx: LineContext): boolean {
  const { text } = ctx;
  const [from, to] = lineAround(text, m.start, m.end);
  if (text.slice(from, m.start).trim() !== '' || !/^[\s.]*$/.test(text.slice(m.end, to))) return false;
  return (from === 0 || text.slice(0, from).endsWith('\n\n')) && (to === text.length || text.startsWith('\n\n', to));
}

/**
 * The mention stands inside a quoted title written in title case that says more than the name:
 * “A Paradise Built in Hell”, not “Black Lives Matter” quoted alone.
 */
export function isInQuotedTitle(m: NameMention, ctx: LineContext): boolean {
  const { text, tokens } = ctx;
  const [from, to] = lineAround(text, m.start, m.end);
  let open = -1;
  for (let k = m.start - 1; k >= Math.max(from, m.start - MAX_TITLE); k--) {
    const c = text[k]!;
    if (c === '”') return false;
    if (OPEN_QUOTES.has(c)) {
      // a straight quote opens when it is the line's first, third … one
      if (c === '"' && (text.slice(from, k).split('"').length - 1) % 2 === 1) return false;
      open = k;
      break;
    }
  }
  if (open < 0) return false;
  let close = -1;
  for (let k = m.end; k < Math.min(to, m.end + MAX_TITLE); k++) {
    const c = text[k]!;
    if (c === '“') return false;
    if (CLOSE_QUOTES.has(c)) {
      close = k;
      break;
    }
  }
  if (close < 0) return false;
  const a = tokenAt(tokens, open + 1);
  const b = tokenAt(tokens, close);
  if (!isTitleCase(tokens, a, b, 2)) return false;
  // a capitalised word of the title outside the name: more than the name is quoted
  for (let i = a; i < b; i++) {
    if (i >= m.first && i < m.last) continue;
    if (isUpperFirst(tokens[i]!.text) && hasLetter(tokens[i]!.text)) return true;
  }
  return false;
}

/** A credit line's opening: "Photos by …", "Photo: …", "Image courtesy of …", "Photo credit: …". */
const CREDIT_OPENING =
  /^\(?\s*(?:photos?|photographs?|pictures?|images?|illustrations?|graphics?)(?:\s+credits?)?\s*(?::|by\b|courtesy\b)/i;
/** A lower-case word of a sentence (not "via", "courtesy"): a caption, not a credit. */
const LOWER_WORD = /(?:^|[\s(])(?!via\b|courtesy\b)\p{Ll}{3,}/u;
/** Longest credit line looked at, in characters. */
const MAX_CREDIT_LINE = 400;

/**
 * The mention stands in a credit line: one that opens "Photos by" or "Photo:", or one made only of
 * short capitalised names between bars ("Jane Roe | Acme Wire | Zeta Images"). Photo and video
 * credits name no one the article is about.
 */
export function isInCreditLine(m: NameMention, ctx: LineContext): boolean {
  const { text } = ctx;
  const [from, to] = lineAround(text, m.start, m.end);
  const line = text.slice(from, to).trim();
  if (line.length > MAX_CREDIT_LINE) return false;
  const opening = CREDIT_OPENING.exec(line);
  // "Photo: Jane Roe/Acme Wire" credits; "Photo: Jane Roe speaks in Paris" is a caption
  if (opening) return !opening[0].endsWith(':') || !LOWER_WORD.test(line.slice(opening[0].length));
  const parts = line.split(/\s+\|\s+/);
  return parts.length >= 3 && parts.every((p) => /^(?:\p{Lu}[\p{L}.'’-]*\s?){1,4}$/u.test(p.trim()));
}
