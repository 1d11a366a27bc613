/**
 * Text normalisation for the page-set scorer (npm run eval:pages): the few ways a reader's string
 * and Gloss's output may differ without either being wrong (curly or straight marks, hyphen
 * variants, runs of whitespace, case, a possessive). Pure functions.
 */

/** Single-character replacements that keep offsets: marks, hyphens and spaces to one form each. */
const CHAR_MAP: Record<string, string> = {
  '\u2018': "'",
  '\u2019': "'",
  '\u201a': "'",
  '\u201b': "'",
  '\u2032': "'",
  '\u0060': "'",
  '\u00b4': "'",
  '\u201c': '"',
  '\u201d': '"',
  '\u201e': '"',
  '\u201f': '"',
  '\u2033': '"',
  '\u00ab': '"',
  '\u00bb': '"',
  '\u2010': '-',
  '\u2011': '-',
  '\u2012': '-',
  '\u00a0': ' ',
  '\u2009': ' ',
  '\u202f': ' ',
  '\u2007': ' ',
};
const CHAR_RE = new RegExp(`[${Object.keys(CHAR_MAP).join('')}]`, 'g');

/**
 * Marks and hyphens unified and accented Latin letters folded to their base letter, one character
 * for one (offsets into the result are offsets into `s`).
 */
export function unifyChars(s: string): string {
  return s
    .replace(CHAR_RE, (c) => CHAR_MAP[c] ?? c)
    .replace(/[\u00c0-\u024f\u1e00-\u1eff]/g, (c) => c.normalize('NFD')[0]!);
}

/** unifyChars, soft hyphens and zero-width characters dropped, whitespace collapsed, trimmed. Case kept. */
export function normSpace(s: string): string {
  return unifyChars(s.replace(/[\u00ad\u200b\u200c\u200d\ufeff]/g, ''))
    .replace(/\s+/g, ' ')
    .trim();
}

/** normSpace and lower case: for titles, quotes and the like. */
export function normLower(s: string): string {
  return normSpace(s).toLowerCase();
}

/**
 * A name as compared between a reading and Gloss: normLower, accents folded, a possessive ('s, or
 * a bare ' after s) and a leading "the " removed, surrounding punctuation dropped.
 */
export function normName(s: string): string {
  let n = normLower(s).normalize('NFD').replace(/\p{M}/gu, '');
  n = n.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}.)]+$/gu, '');
  // a sentence's full stop, not an abbreviation's ("U.S." keeps its own)
  n = n.replace(/(?<!(?:^|[^\p{L}])\p{L})\.+$/u, '');
  n = n.replace(/'s$/, '').replace(/(?<=s)'$/, '');
  n = n.replace(/^the /, '');
  // "Tyvak Systems, Inc." and "Tyvak Systems Inc." are one name
  return n.replace(/,/g, ' ').replace(/\s+/g, ' ').trim();
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Word-bounded, case-sensitive occurrences of `name` in `text` (marks and hyphens unified on both
 * sides, any run of whitespace matching a space). Offsets are into `text`.
 */
export function occurrences(text: string, name: string): { start: number; end: number }[] {
  if (text !== cache.text) cache = { text, unified: unifyChars(text), found: new Map() };
  let found = cache.found.get(name);
  if (!found) cache.found.set(name, (found = findAll(cache.unified, name)));
  return found;
}

/** The scorer asks about the same page's text many times over: remember the last page's finds. */
let cache: { text: string; unified: string; found: Map<string, { start: number; end: number }[]> } = {
  text: '',
  unified: '',
  found: new Map(),
};

function findAll(unified: string, name: string): { start: number; end: number }[] {
  const n = normSpace(name);
  if (!n) return [];
  const pattern = n.split(' ').map(escapeRe).join('\\s+');
  const re = new RegExp(`(?<![\\p{L}\\p{N}])${pattern}(?![\\p{L}\\p{N}])`, 'gu');
  const out: { start: number; end: number }[] = [];
  for (const m of unified.matchAll(re)) out.push({ start: m.index, end: m.index + m[0].length });
  return out;
}

export function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

const QUOTE_EDGE =
  /^[\s"'\u2018\u2019\u201a\u201b\u201c\u201d\u201e\u201f\u00ab\u00bb\u2039\u203a]+|[\s"'\u2018\u2019\u201a\u201b\u201c\u201d\u201e\u201f\u00ab\u00bb\u2039\u203a]+$/g;

/** A quoted stretch without its marks and surrounding whitespace. */
export function stripMarks(s: string): string {
  return s.replace(QUOTE_EDGE, '');
}

/** Quote text as compared: marks stripped, normLower. */
export function normQuote(s: string): string {
  return normLower(stripMarks(s));
}

// prettier-ignore
const ROLE_STOP = new Set(['a', 'an', 'the', 'of', 'and', 'for', 'to', 'in', 's']);

/** The words of a role: lower case, possessives and punctuation dropped, small words left out. */
export function roleTokens(s: string): string[] {
  return normLower(s)
    .replace(/'s\b/g, ' ')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w && !ROLE_STOP.has(w));
}

/** Token F1 between two bags of words (each word counted as often as it occurs). */
export function tokenF1(a: string[], b: string[]): number {
  if (!a.length || !b.length) return 0;
  const left = new Map<string, number>();
  for (const w of a) left.set(w, (left.get(w) ?? 0) + 1);
  let common = 0;
  for (const w of b) {
    const k = left.get(w) ?? 0;
    if (k > 0) {
      common++;
      left.set(w, k - 1);
    }
  }
  if (!common) return 0;
  const p = common / b.length;
  const r = common / a.length;
  return (2 * p * r) / (p + r);
}

const HEAD_STOP =
  /^(for|of|at|from|with|who|whom|whose|that|which|in|on|to|by|close|familiar|involved|near|under|inside|within|speaking|according)$/;

/**
 * The head noun of a description of an unnamed source ("a spokesperson for the ministry" →
 * "spokesperson", "senior US officials" → "official"): the last word before the first
 * preposition or relative word, a plural -s dropped.
 */
export function headNoun(s: string): string {
  const words = normLower(s)
    .replace(/'s\b/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  const cut = words.findIndex((w, i) => i > 0 && HEAD_STOP.test(w));
  const before = cut > 0 ? words.slice(0, cut) : words;
  const head = before[before.length - 1] ?? '';
  return head.length > 3 && head.endsWith('s') && !head.endsWith('ss') ? head.slice(0, -1) : head;
}
