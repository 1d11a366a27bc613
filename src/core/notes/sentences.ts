/**
 * A small sentence finder for notes: the sentence around an offset. News text has
 * abbreviations ("Sen.", "U.S.", "Jan."), initials ("Frank M. Bradley") and quotes that close
 * after the full stop; none of those may end a sentence.
 */

// prettier-ignore
const ABBREVIATIONS = new Set(
  [
    'mr', 'mrs', 'ms', 'dr', 'prof', 'sen', 'rep', 'gov', 'gen', 'col', 'lt', 'sgt', 'capt', 'cmdr', 'adm', 'maj',
    'st', 'jr', 'sr', 'inc', 'corp', 'co', 'ltd', 'no', 'vs', 'etc', 'rev', 'hon', 'pres', 'supt', 'dept', 'est',
    'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'mt', 'ft', 'approx', 'fig',
  ],
);

const CLOSERS = '"\'\u201d\u2019)]';

/** Offsets of sentence ends (exclusive) in `text`, in order; the text's end is always one. */
export function sentenceEnds(text: string): number[] {
  const ends: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '\n') {
      if (i > 0 && text[i - 1] !== '\n') ends.push(i);
      continue;
    }
    if (ch !== '.' && ch !== '!' && ch !== '?') continue;
    let j = i + 1;
    while (j < text.length && CLOSERS.includes(text[j]!)) j++;
    if (j < text.length && !/\s/.test(text[j]!)) continue;
    // The next non-space character must start a sentence.
    let k = j;
    while (k < text.length && (text[k] === ' ' || text[k] === '\t' || text[k] === '\u00a0')) k++;
    const next = text[k];
    if (next !== undefined && next !== '\n' && !/[\p{Lu}\p{N}"'\u201c\u2018(]/u.test(next)) continue;
    if (ch === '.' && isAbbreviation(text, i)) continue;
    ends.push(j);
    i = j - 1;
  }
  if (ends[ends.length - 1] !== text.length) ends.push(text.length);
  return ends;
}

function isAbbreviation(text: string, dot: number): boolean {
  let s = dot;
  while (s > 0 && /[\p{L}.]/u.test(text[s - 1]!)) s--;
  const word = text.slice(s, dot);
  if (/^\p{Lu}$/u.test(word)) return true; // an initial: "Frank M. Bradley"
  if (/^(\p{L}\.)+\p{L}$/u.test(word)) return true; // "U.S", "a.m"
  return ABBREVIATIONS.has(word.toLowerCase());
}

/** The sentence containing `offset`, trimmed, with its start and end. */
export function sentenceAt(
  text: string,
  offset: number,
  ends = sentenceEnds(text),
): { start: number; end: number; text: string } {
  let start = 0;
  for (const end of ends) {
    if (offset < end) {
      let s = start;
      let e = end;
      while (s < e && /\s/.test(text[s]!)) s++;
      while (e > s && /\s/.test(text[e - 1]!)) e--;
      return { start: s, end: e, text: text.slice(s, e) };
    }
    start = end;
  }
  return { start: offset, end: offset, text: '' };
}

/** Shortens `s` to at most `max` characters around [focusStart, focusEnd), with ellipses. */
export function clipAround(s: string, focusStart: number, focusEnd: number, max: number): string {
  if (s.length <= max) return s;
  const room = Math.max(0, max - (focusEnd - focusStart));
  let from = Math.max(0, focusStart - Math.floor(room / 2));
  let to = Math.min(s.length, from + max);
  from = Math.max(0, to - max);
  // Cut at word boundaries.
  if (from > 0) {
    const sp = s.indexOf(' ', from);
    if (sp !== -1 && sp < focusStart) from = sp + 1;
  }
  if (to < s.length) {
    const sp = s.lastIndexOf(' ', to);
    if (sp > focusEnd) to = sp;
  }
  return (from > 0 ? '\u2026' : '') + s.slice(from, to) + (to < s.length ? '\u2026' : '');
}
