/**
 * From the recognizer's raw mentions to name mentions: the normalised words of each name, its
 * nickname, whether it is written in capitals or stands in a line written in capitals.
 */
import type { Recognition } from '../ner/recognize';
import type { NameMention } from './aliases';
import { isWordToken, type RawMention } from './mentions';
import type { RoleContext } from './role-context';
import { isTitleWord } from './titles';

// prettier-ignore
const QUOTE_TOKENS = new Set(['“', '”', '"', '‘', '’', "'"]);

/** Per token: does it stand in a line written in capitals (headline, table)? */
export function capsLines(tokens: RoleContext['tokens'], sentences: Recognition['sentences']): Uint8Array {
  const out = new Uint8Array(tokens.length);
  for (const s of sentences) {
    let words = 0;
    let caps = 0;
    for (let i = s.first; i < s.last; i++) {
      const w = tokens[i]!.text;
      if (w.length < 2) continue;
      const k = letterCase(w);
      if (k === 0) continue;
      words++;
      if (k === 1) caps++;
    }
    if (words >= 2 && caps * 10 >= words * 7) out.fill(1, s.first, s.last);
  }
  return out;
}

/** 0: no letter; 1: letters, none lowercase ("NATO", "U.S."); 2: some lowercase letter. */
function letterCase(w: string): number {
  let letters = false;
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c >= 97 && c <= 122) return 2;
    if (c >= 65 && c <= 90) letters = true;
    else if (c > 127) {
      // not ASCII: ask Unicode (the rest of the word included)
      if (!/\p{L}/u.test(w)) return 0;
      return w === w.toUpperCase() ? 1 : 2;
    }
  }
  return letters ? 1 : 0;
}

export function toNameMention(tokens: RoleContext['tokens'], r: RawMention, capsLine: Uint8Array): NameMention | null {
  const words: string[] = [];
  const acronyms: boolean[] = [];
  let nick: string | null = null;
  let allCaps = true;
  let anyTitleFree = false;
  for (let i = r.first; i < r.last; i++) {
    const w = tokens[i]!.text;
    if (QUOTE_TOKENS.has(w) || !isWordToken(w)) continue;
    if (i > r.first && QUOTE_TOKENS.has(tokens[i - 1]!.text) && i + 1 < r.last && QUOTE_TOKENS.has(tokens[i + 1]!.text))
      nick = w.toLowerCase().replace(/\./g, '');
    const lower = w.toLowerCase();
    const norm = lower.includes('.') ? lower.replace(/\./g, '') : lower;
    if (!norm) continue;
    words.push(norm);
    acronyms.push(norm.length >= 2 && (w === w.toUpperCase() || /^(?:\p{Lu}\.){2,}$/u.test(w)) && w !== lower);
    if (allCaps && lower !== w && w !== w.toUpperCase()) allCaps = false;
    else if (lower === w && lower !== w.toUpperCase()) allCaps = false;
    if (!isTitleWord(w)) anyTitleFree = true;
  }
  if (words.length === 0) return null;
  const start = tokens[r.first]!.start;
  const end = tokens[r.last - 1]!.end;
  return {
    type: r.type,
    first: r.first,
    last: r.last,
    titleFirst: r.titleFirst,
    start,
    end,
    words,
    nick,
    allCaps,
    capsLine: capsLine[r.first] === 1,
    titleOnly: r.type === 'PER' && !anyTitleFree,
    acronyms,
  };
}
