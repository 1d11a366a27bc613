/**
 * Span revision steps for words the recognizer left out of a name: a quoted nickname inside a
 * person's name (Frank M “Mitch” Bradley), a unit's number or a country's adjective before an
 * armed force ("65th Air Division", "Spanish Air Force").
 */
import { isCapitalized } from './mentions';
import { CLOSE, OPEN, isNameWord, type SpanRevision } from './span-revision';

/** Ordinals that number military units: "65th", "Eighth". */
const ORDINAL = /^\d+(st|nd|rd|th)$/i;
// prettier-ignore
const ORDINAL_WORDS = new Set([
  'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh',
  'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth', 'twentieth',
]);
/** First words of military unit names that take a number in front ("Eighth Air Force", "3rd Infantry Division"). */
// prettier-ignore
const UNIT_HEADS = new Set([
  'air', 'army', 'fleet', 'division', 'corps', 'wing', 'squadron', 'regiment', 'battalion', 'brigade', 'infantry',
  'armored', 'armoured', 'airborne', 'marine', 'marines', 'cavalry', 'artillery', 'mechanized', 'mechanised',
  'tank', 'guards', 'bombardment', 'fighter', 'naval',
]);
/** Last words of unit names numbered with a bare number ("3 Air Division", "4 Air Defense Wing"). */
// prettier-ignore
const NUMBERED_UNITS = new Set(['division', 'wing', 'squadron', 'group', 'regiment', 'battalion', 'brigade', 'corps', 'fleet', 'army']);
/** First words of a country's armed forces ("Spanish Air Force", "Mexican Army"). */
// prettier-ignore
const FORCE_HEADS = new Set(['air', 'army', 'navy', 'armed', 'marine', 'marines', 'coast', 'national', 'military', 'special', 'naval']);

/**
 * A quoted nickname inside a person's name: Frank M “Mitch” Bradley (titles stay outside)
 */
export function quotedNicknames(r: SpanRevision): void {
  const { tokens, sentLast, n, typeAt, replacements } = r;
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
}

/**
 * A unit's number or a country's adjective before an armed force the model read without it:
 * "65th [Air Division]", "Eighth [Air Force]", "Spanish [Air Force]", "Mexican [Army]"
 */
export function unitNumbers(r: SpanRevision): void {
  const { tokens, sentLast, spans, typeAt, replacements, isDemonym } = r;
  for (const s of spans) {
    if (s.type !== 'ORG' || s.first === 0) continue;
    const p = s.first - 1;
    if (sentLast[p] !== sentLast[s.first]) continue;
    const head = tokens[s.first]!.text.toLowerCase();
    const before = tokens[p]!.text;
    const ordinal = ORDINAL.test(before) || ORDINAL_WORDS.has(before.toLowerCase());
    const number = /^\d+$/.test(before) && NUMBERED_UNITS.has(tokens[s.last - 1]!.text.toLowerCase());
    const demonym =
      isDemonym !== undefined &&
      isCapitalized(before) &&
      isDemonym(before.toLowerCase()) &&
      (typeAt[p] === '' || (typeAt[p] === 'MISC' && (p === 0 || typeAt[p - 1] !== 'MISC')));
    if (((ordinal || number) && UNIT_HEADS.has(head)) || (demonym && FORCE_HEADS.has(head))) {
      replacements.push({ type: 'ORG', first: p, last: s.last });
    }
  }
}
