/**
 * Corrections to the recognizer's spans from small, documented lexicons (known-names.ts):
 *  - names whose type is fixed by convention ("White House" -> ORG, "Air Force One" -> MISC);
 *  - a capitalised phrase headed by an organisation word that the model left untagged or called
 *    MISC ("the “Cartel of the Suns”") becomes an organisation.
 */
import type { Token } from '../tokenize';
import type { NerSpan } from '../ner/recognize';
import { KNOWN_NAME_TYPES, ORG_HEAD_WORDS } from './known-names';
import { isCapitalized } from './mentions';
import { isTitleHead, isTitleWord } from './titles';

const CONNECTORS = new Set(['of', 'the', 'for', 'and', 'de', 'del', 'la', 'on']);
const MAX_KNOWN_LEN = 3;
const KNOWN_FIRST_WORDS = new Set([...KNOWN_NAME_TYPES.keys()].map((k) => k.split(' ')[0]!));
const OPEN = new Set(['“', '"', '‘']);
const CLOSE = new Set(['”', '"', '’']);

/** A capitalised word that can be part of a name (not a title such as "Admiral"). */
function isNameWord(w: string): boolean {
  return isCapitalized(w) && !isTitleWord(w) && /\p{L}/u.test(w);
}

export function reviseSpans(tokens: readonly Token[], sentLast: Int32Array, spans: NerSpan[]): NerSpan[] {
  const n = tokens.length;
  const typeAt: string[] = new Array<string>(n).fill('');
  for (const s of spans) for (let i = s.first; i < s.last; i++) typeAt[i] = s.type;
  const replacements: NerSpan[] = [];

  // 1. known names
  for (let i = 0; i < n; i++) {
    if (!isCapitalized(tokens[i]!.text) || !KNOWN_FIRST_WORDS.has(tokens[i]!.text.toLowerCase())) continue;
    let phrase = '';
    for (let len = 1; len <= MAX_KNOWN_LEN && i + len <= sentLast[i]!; len++) {
      phrase += (len > 1 ? ' ' : '') + tokens[i + len - 1]!.text.toLowerCase();
      const ty = KNOWN_NAME_TYPES.get(phrase);
      if (ty !== undefined && (i + len >= n || !isCapitalized(tokens[i + len]!.text) || typeAt[i + len] === '')) {
        // only when the phrase is the whole name (not "White House Correspondents' Association")
        const next = tokens[i + len];
        if (next && isCapitalized(next.text) && typeAt[i + len] === typeAt[i] && typeAt[i] !== '') continue;
        replacements.push({ type: ty, first: i, last: i + len });
      }
    }
  }

  // 2. organisation phrases the model missed
  for (let i = 0; i < n; i++) {
    if (typeAt[i] === 'PER' || typeAt[i] === 'LOC' || typeAt[i] === 'ORG') continue;
    if (!isCapitalized(tokens[i]!.text)) continue;
    const end = sentLast[i]!;
    let j = i;
    let caps = 0;
    let head = false;
    let lastCap = i;
    let shouting = false;
    while (j < end) {
      const w = tokens[j]!.text;
      const t = typeAt[j];
      if (t === 'PER' || t === 'LOC' || t === 'ORG' || isTitleHead(w)) break;
      if (isCapitalized(w)) {
        if (w.length > 1 && w === w.toUpperCase()) shouting = true;
        caps++;
        lastCap = j;
        if (ORG_HEAD_WORDS.has(w.toLowerCase())) head = true;
      } else if (!CONNECTORS.has(w)) break;
      j++;
    }
    if (caps >= 2 && head && !shouting) {
      let first = i;
      if (tokens[first]!.text === 'The') first++;
      replacements.push({ type: 'ORG', first, last: lastCap + 1 });
    }
    i = Math.max(i, lastCap);
  }

  // 3. a quoted nickname inside a person's name: Frank M “Mitch” Bradley (titles stay outside)
  for (let i = 1; i + 2 < n; i++) {
    if (!OPEN.has(tokens[i]!.text) || !CLOSE.has(tokens[i + 2]!.text) || !isCapitalized(tokens[i + 1]!.text)) continue;
    const end = sentLast[i]!;
    if (i + 3 >= end || !isNameWord(tokens[i - 1]!.text) || !isNameWord(tokens[i + 3]!.text)) continue;
    if (tokens[i]!.start - tokens[i - 1]!.end > 1 || tokens[i + 3]!.start - tokens[i + 2]!.end > 1) continue;
    let first = i - 1;
    while (first - 1 >= 0 && sentLast[first - 1] === end && isNameWord(tokens[first - 1]!.text)) first--;
    let last = i + 4;
    while (last < end && isNameWord(tokens[last]!.text)) last++;
    let person = false;
    for (let k = first; k < last; k++) if (typeAt[k] === 'PER') person = true;
    if (person) replacements.push({ type: 'PER', first, last });
  }

  if (replacements.length === 0) return spans;
  // replacements win over the spans they overlap
  const kept = spans.filter((s) => !replacements.some((r) => r.first < s.last && s.first < r.last));
  return [...kept, ...replacements].sort((a, b) => a.first - b.first);
}
