/**
 * Photo credits written inside a caption or a paragraph rather than in a block of their own:
 * "… November 18, 2019. REUTERS/Firstname Lastname", "… Photograph: AGENCY via AGENCY",
 * "… in 2016. (Firstname Lastname / AGENCY)", "(Photo by Name/AGENCY for Client)",
 * "© Firstname Lastname Needle poking skin …". The block kinds (src/core/article/block-kinds.ts)
 * mark a credit that stands alone; these are the credits at the end (or, after "©", at the
 * start) of a longer block. The names in them are the photographer's and the agency's, not the
 * article's entities.
 *
 * Read from the shape of the credit, not from a list of agencies: a slash between capitalised
 * names, a photo word before a colon or "by", a copyright sign.
 */
import type { ArticleBlock, TextSpan } from './contract';

/** A photo word that opens a credit: "Photo:", "Photographs by", "Image credit:", "Credit:". */
const LEAD = /(?:photo(?:graph)?s?|pictures?|images?|illustration|credit)(?:\s+credit)?\s*(?::|by\s)/iy;
/** "Credit" glued to the caption's last word and to the credit (as some pages print it): "2023.CreditCreditName". */
const GLUED_CREDIT = /(?:Credit)+(?=\p{Lu})/uy;
/** Words a credit holds besides names: "via", "for", "left", "Photo", … (lowercase). */
// prettier-ignore
const CREDIT_WORDS = new Set(['via', 'for', 'and', 'by', 'photo', 'photos', 'photograph', 'left', 'right', 'top', 'above', 'below', 'of', 'the', 'courtesy', 'images', 'handout', 'file']);
const MAX_CREDIT_WORDS = 14;
/** A slash between two words: "REUTERS/Name", "Name / AGENCY", "Name/ Agency". */
const SLASH_BETWEEN_WORDS = /[\p{L}.]\s?\/\s?\p{L}/u;
/** A sentence's end inside a block: a period (!, ?) after a word of two small letters or digits, then a capital, spaced or glued ("easy.Name"); not "U.S." nor "M. Name". */
const SENTENCE_END = /(?<=[\p{Ll}\d]{2}|[\p{Ll}\d]\))[.!?]["”’]?(?=\s*\p{Lu})/gu;
/** Up to three capitalised words after "©": the credited name (the caption may follow without a break). */
const COPYRIGHT_NAME = /^©\s*(?:\p{Lu}[\p{L}.'’-]*\s?){1,3}/u;

/** The credit stretches inside caption and paragraph blocks of `text`. */
export function creditsInsideBlocks(text: string, blocks: readonly ArticleBlock[]): TextSpan[] {
  const out: TextSpan[] = [];
  for (const b of blocks) {
    if (b.kind !== 'caption' && b.kind !== 'paragraph') continue;
    out.push(...creditsInBlock(text, b.start, b.end, b.kind === 'caption'));
  }
  return out;
}

function creditsInBlock(text: string, start: number, end: number, caption: boolean): TextSpan[] {
  const out: TextSpan[] = [];
  const body = text.slice(start, end);
  // "© Name …": the name after the sign
  for (let i = body.indexOf('©'); i >= 0; i = body.indexOf('©', i + 1)) {
    const after = COPYRIGHT_NAME.exec(body.slice(i));
    if (after) out.push({ start: start + i, end: start + i + after[0]!.trimEnd().length });
  }
  const tail = creditTail(body, caption);
  if (tail !== null) {
    // "… /AGENCY for Client": the client the photo was made for is named, not credited
    const client = body.slice(tail).search(/\sfor\s+\p{Lu}/u);
    out.push({ start: start + tail, end: client < 0 ? end : start + tail + client });
  }
  // in order and without overlap ("© Name/AGENCY" is both)
  out.sort((a, b) => a.start - b.start);
  const merged: TextSpan[] = [];
  for (const s of out) {
    const prev = merged[merged.length - 1];
    if (prev && s.start <= prev.end) prev.end = Math.max(prev.end, s.end);
    else merged.push({ ...s });
  }
  return merged;
}

/** Offset in `body` where a credit at its end starts, or null. */
function creditTail(body: string, caption: boolean): number | null {
  const trimmed = body.trimEnd();
  // a final parenthesis: "(Name / AGENCY)", "(Photo by …)", in a caption also "(AGENCY)"
  if (/\)\.?$/.test(trimmed)) {
    const open = matchingOpen(trimmed, trimmed.endsWith('.') ? trimmed.length - 2 : trimmed.length - 1);
    if (open !== null) {
      const inner = trimmed.slice(open + 1, trimmed.lastIndexOf(')'));
      if (isCredit(inner) || (caption && isBareNames(inner, 4))) return open;
    }
  }
  // what follows the block's last sentence (the whole block has no sentence end: not a tail)
  let lastEnd = -1;
  for (const m of body.matchAll(SENTENCE_END)) lastEnd = m.index + m[0].length;
  if (lastEnd < 0) return null;
  let from = lastEnd;
  while (from < body.length && /\s/.test(body[from]!)) from++;
  const rest = trimmed.slice(from);
  if (!rest) return null;
  GLUED_CREDIT.lastIndex = 0;
  const glued = GLUED_CREDIT.exec(rest);
  if (glued) return from;
  if (isCredit(rest)) return from;
  // a caption's last "sentence" that is one to three capitalised words and no period: the agency
  if (caption && !/[.!?]$/.test(rest) && isBareNames(rest, 3)) return from;
  return null;
}

/** A credit's words: opened by a photo word, or names with a slash between them. */
function isCredit(s: string): boolean {
  const t = s.trim();
  LEAD.lastIndex = 0;
  if (LEAD.test(t)) return words(t).length <= MAX_CREDIT_WORDS;
  if (!SLASH_BETWEEN_WORDS.test(t)) return false;
  const ws = words(t);
  return ws.length <= MAX_CREDIT_WORDS && ws.every((w) => isNameWord(w) || CREDIT_WORDS.has(w.toLowerCase()));
}

/** One to `max` capitalised words and nothing else ("AGENCY", "AGENCY Images"). */
function isBareNames(s: string, max: number): boolean {
  const ws = words(s.trim());
  return ws.length >= 1 && ws.length <= max && !/[,;:]/.test(s) && ws.every(isNameWord);
}

function words(s: string): string[] {
  return s.split(/[\s/,;()]+/).filter((w) => /\p{L}/u.test(w));
}

function isNameWord(w: string): boolean {
  return /^[\p{Lu}\d]/u.test(w);
}

/** Index of the "(" that the ")" at `close` closes, or null. */
function matchingOpen(s: string, close: number): number | null {
  let depth = 0;
  for (let i = close; i >= 0; i--) {
    if (s[i] === ')') depth++;
    else if (s[i] === '(' && --depth === 0) return i;
  }
  return null;
}
