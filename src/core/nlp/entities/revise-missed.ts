/**
 * Span revision steps for names the recognizer missed: names whose type is fixed by convention,
 * organisation phrases, a party written with "party" in lower case, and a name its own sentence
 * defines ("Brandhorst is a municipality").
 */
import { KNOWN_NAME_TYPES, ORG_HEAD_WORDS } from './known-names';
import { isCapitalized } from './mentions';
import { isTitleHead } from './titles';
import { definedType } from './definitions';
import { CONNECTORS, isNameWord, overlapsAny, type SpanRevision } from './span-revision';

const MAX_KNOWN_LEN = 3;
const KNOWN_FIRST_WORDS = new Set([...KNOWN_NAME_TYPES.keys()].map((k) => k.split(' ')[0]!));
/** First words of a party's name: "Communist", "Democratic", "Progressive", "Liberal", "Republican", "Labour", "Green". */
const PARTY_WORD = /^(?:\p{Lu}\p{Ll}+(?:ist|ic|ive|al|an|ian)|Labour|Labor|Green|Greens|Workers|People['’]s)$/u;

/** Capitalised words that open sentences without being names. */
// prettier-ignore
const SENTENCE_OPENERS = new Set([
  'he', 'she', 'it', 'they', 'we', 'i', 'you', 'this', 'that', 'these', 'those', 'there', 'here', 'his', 'her', 'its',
  'their', 'our', 'my', 'your', 'one', 'each', 'both', 'all', 'some', 'many', 'most', 'such', 'another', 'other',
  'what', 'which', 'who', 'it’s', "it's",
]);

/**
 * Names whose type is fixed by convention (known-names.ts): "White House" -> ORG, "Air Force
 * One" -> MISC, only where the phrase is the whole name.
 */
export function knownNames(r: SpanRevision): void {
  const { tokens, sentLast, n, typeAt, replacements } = r;
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
}

/**
 * Organisation phrases the model missed: a capitalised phrase headed by an organisation word
 * that it left untagged or called MISC ("the “Cartel of the Suns”").
 */
export function missedOrgPhrases(r: SpanRevision): void {
  const { tokens, sentLast, n, typeAt, replacements } = r;
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
      // a title word opens the phrase only where the model read it into the name with what
      // follows ("Major League Baseball" tagged MISC whole), never "Admiral" before a name
      const titleInName = j === i && t === 'MISC' && j + 1 < end && typeAt[j + 1] === 'MISC';
      if (t === 'PER' || t === 'LOC' || t === 'ORG' || (isTitleHead(w) && !titleInName)) break;
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
}

/**
 * A party written with "party" in lower case: "the Communist party", "the Democratic
 * Progressive party" (the recognizer, trained on "Communist Party", reads the adjective as
 * MISC or nothing); the words before it must read as a party's ("-ist", "-ic", "-ive",
 * "-al", "-an": not "a Christmas party")
 */
export function lowerCaseParties(r: SpanRevision): void {
  const { tokens, sentLast, n, typeAt, replacements } = r;
  for (let i = 1; i < n; i++) {
    if (tokens[i]!.text !== 'party' || typeAt[i] !== '') continue;
    let first = i;
    while (
      first - 1 >= 0 &&
      sentLast[first - 1] === sentLast[i] &&
      isNameWord(tokens[first - 1]!.text) &&
      (typeAt[first - 1] === '' || typeAt[first - 1] === 'MISC')
    )
      first--;
    if (first === i || i - first > 3 || !PARTY_WORD.test(tokens[first]!.text)) continue;
    // the whole name, not the end of a longer one the recognizer read ("... Chinese Communist")
    if (first > 0 && sentLast[first - 1] === sentLast[i] && typeAt[first - 1] === 'ORG') continue;
    if (overlapsAny(replacements, first, i + 1)) continue;
    replacements.push({ type: 'ORG', first, last: i + 1 });
  }
}

/**
 * A name the recognizer missed that its own sentence defines: "Brandhorst is a
 * municipality in ...", "The Anguilla United Front is an alliance ..." (definitions.ts)
 */
export function definedNames(r: SpanRevision): void {
  const { tokens, sentLast, spans, n, replacements } = r;
  for (let i = 0; i < n; i++) {
    if (i > 0 && sentLast[i - 1] === sentLast[i]) continue; // sentence starts only
    let first = i;
    if (tokens[first]!.text === 'The' && first + 1 < sentLast[i]!) first++;
    if (SENTENCE_OPENERS.has(tokens[first]!.text.toLowerCase())) continue; // "He was a soldier"
    let last = first;
    while (last < sentLast[i]! && isNameWord(tokens[last]!.text)) last++;
    if (last === first || last - first > 5) continue;
    if (spans.some((s) => s.first < last && first < s.last) || overlapsAny(replacements, first, last)) continue;
    const ty = definedType({ tokens, sentLast }, first, last);
    if (ty && ty !== 'MISC') replacements.push({ type: ty, first, last });
  }
}
