/**
 * Corrections to the recognizer's spans from small, documented lexicons (known-names.ts):
 *  - names whose type is fixed by convention ("White House" -> ORG, "Air Force One" -> MISC);
 *  - a capitalised phrase headed by an organisation word that the model left untagged or called
 *    MISC ("the “Cartel of the Suns”") becomes an organisation;
 *  - a military unit's number and a country's adjective belong to the unit's name ("65th Air
 *    Division", "Eighth Air Force", "Spanish Air Force", "Mexican Army"; CoNLL tags these whole).
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

/** Ordinals that number military units: "65th", "Eighth". */
const ORDINAL = /^\d+(st|nd|rd|th)$/i;
const ORDINAL_WORDS = new Set([
  'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh',
  'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth', 'twentieth',
]);
/** First words of military unit names that take a number in front ("Eighth Air Force", "3rd Infantry Division"). */
const UNIT_HEADS = new Set([
  'air', 'army', 'fleet', 'division', 'corps', 'wing', 'squadron', 'regiment', 'battalion', 'brigade', 'infantry',
  'armored', 'armoured', 'airborne', 'marine', 'marines', 'cavalry', 'artillery', 'mechanized', 'mechanised',
  'tank', 'guards', 'bombardment', 'fighter', 'naval',
]);
/** Last words of unit names numbered with a bare number ("3 Air Division", "4 Air Defense Wing"). */
const NUMBERED_UNITS = new Set(['division', 'wing', 'squadron', 'group', 'regiment', 'battalion', 'brigade', 'corps', 'fleet', 'army']);
/** First words of a country's armed forces ("Spanish Air Force", "Mexican Army"). */
const FORCE_HEADS = new Set(['air', 'army', 'navy', 'armed', 'marine', 'marines', 'coast', 'national', 'military', 'special', 'naval']);

export function reviseSpans(tokens: readonly Token[], sentLast: Int32Array, spans: NerSpan[], isDemonym?: (lower: string) => boolean): NerSpan[] {
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

  // 4. a unit's number or a country's adjective before an armed force the model read without it:
  //    "65th [Air Division]", "Eighth [Air Force]", "Spanish [Air Force]", "Mexican [Army]"
  for (const s of spans) {
    if (s.type !== 'ORG' || s.first === 0) continue;
    const p = s.first - 1;
    if (sentLast[p] !== sentLast[s.first]) continue;
    const head = tokens[s.first]!.text.toLowerCase();
    const before = tokens[p]!.text;
    const ordinal = ORDINAL.test(before) || ORDINAL_WORDS.has(before.toLowerCase());
    const number = /^\d+$/.test(before) && NUMBERED_UNITS.has(tokens[s.last - 1]!.text.toLowerCase());
    const demonym = isDemonym !== undefined && isCapitalized(before) && isDemonym(before.toLowerCase()) && (typeAt[p] === '' || (typeAt[p] === 'MISC' && (p === 0 || typeAt[p - 1] !== 'MISC')));
    if (((ordinal || number) && UNIT_HEADS.has(head)) || (demonym && FORCE_HEADS.has(head))) {
      replacements.push({ type: 'ORG', first: p, last: s.last });
    }
  }

  if (replacements.length === 0) return spans;
  // replacements win over the spans they overlap
  const kept = spans.filter((s) => !replacements.some((r) => r.first < s.last && s.first < r.last));
  return [...kept, ...replacements].sort((a, b) => a.first - b.first);
}
