/**
 * Corrections to the recognizer's spans from small, documented lexicons (known-names.ts):
 *  - names whose type is fixed by convention ("White House" -> ORG, "Air Force One" -> MISC);
 *  - a capitalised phrase headed by an organisation word that the model left untagged or called
 *    MISC ("the “Cartel of the Suns”") becomes an organisation;
 *  - a military unit's number and a country's adjective belong to the unit's name ("65th Air
 *    Division", "Eighth Air Force", "Spanish Air Force", "Mexican Army"; CoNLL tags these whole).
 *  - events, prizes and wars are not organisations, places or people ("MTV Video Music Awards",
 *    "Battle of the Bulge", "Operation Market Garden": CoNLL's MISC);
 *  - the last word of a name tells its type against what its first words suggest: "Hancock
 *    Pond" is a place, "Mark Hopkins Hotel" not a person, "Cal Anderson Park" a place;
 *  - names inside a quoted title are words of the title (“Anarchy in Tokyo”);
 *  - a capitalised name that opens a sentence defining it ("Brandhorst is a municipality") is
 *    that kind of name even where the recognizer saw none.
 * The lexicons are CoNLL-2003's conventions written down; the rules were chosen on CoNLL dev and
 * a quarter of wikigold's training half (scripts/ner/eval-val.ts), never on held-out text.
 */
import type { Token } from '../tokenize';
import type { NerSpan } from '../ner/recognize';
import {
  AP_STATE_ABBREVIATIONS,
  COMPANY_HEADS,
  DISTRICT_BODY_WORDS,
  EVENT_FIRST_WORDS,
  EVENT_HEAD_WORDS,
  FACILITY_HEADS,
  KNOWN_NAME_TYPES,
  NAMED_PLACE_HEADS,
  ORG_HEAD_WORDS,
  PLACE_FIRST_WORDS,
  PLACE_HEAD_WORDS,
  SURNAME_HEADS,
  US_STATE_CODES,
  VENUE_HEADS,
  VENUE_PAIRS,
} from './known-names';
import { isCapitalized } from './mentions';
import { isTitleHead, isTitleWord } from './titles';
import { definedType } from './definitions';

// prettier-ignore
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

/** Small words a title-cased title keeps in lower case ("Anarchy in Tokyo", "Jars of Clay"). */
// prettier-ignore
const TITLE_SMALL_WORDS = new Set(['a', 'an', 'the', 'of', 'in', 'to', 'for', 'and', 'on', 'at', 'by', 'with', "'s", 'is', 'it', 'my', 'me', 'you', 'up']);
const MAX_TITLE_TOKENS = 9;
/** Capitalised words that open sentences without being names. */
// prettier-ignore
const SENTENCE_OPENERS = new Set([
  'he', 'she', 'it', 'they', 'we', 'i', 'you', 'this', 'that', 'these', 'those', 'there', 'here', 'his', 'her', 'its',
  'their', 'our', 'my', 'your', 'one', 'each', 'both', 'all', 'some', 'many', 'most', 'such', 'another', 'other',
  'what', 'which', 'who', 'it’s', "it's",
]);

/** Tokens [from, to) read as a title: capitalised words, small words, numbers and title punctuation, no organisation word. */
function isQuotedTitle(tokens: readonly Token[], from: number, to: number): boolean {
  let caps = 0;
  for (let k = from; k < to; k++) {
    const w = tokens[k]!.text;
    if (isCapitalized(w)) {
      if (ORG_HEAD_WORDS.has(w.toLowerCase())) return false;
      caps++;
    } else if (!TITLE_SMALL_WORDS.has(w) && !/^[\d:,?!'().-]+$/.test(w)) return false;
  }
  return caps > 0;
}

/**
 * A capitalised business word ("Studios", "Inc"); in capitals only when short ("LLC", "AG"): a
 * headline in capitals uses them as other words ("HILL BRANDS …").
 */
function isCompanyHead(w: string): boolean {
  return isCapitalized(w) && COMPANY_HEADS.has(w.toLowerCase()) && (w.length <= 4 || w !== w.toUpperCase());
}

/** First words of a party's name: "Communist", "Democratic", "Progressive", "Liberal", "Republican", "Labour", "Green". */
const PARTY_WORD = /^(?:\p{Lu}\p{Ll}+(?:ist|ic|ive|al|an|ian)|Labour|Labor|Green|Greens|Workers|People['’]s)$/u;

function overlapsAny(spans: readonly NerSpan[], first: number, last: number): boolean {
  return spans.some((r) => r.first < last && first < r.last);
}

export function reviseSpans(
  tokens: readonly Token[],
  sentLast: Int32Array,
  spans: NerSpan[],
  isDemonym?: (lower: string) => boolean,
): NerSpan[] {
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

  // 2b. a party written with "party" in lower case: "the Communist party", "the Democratic
  //     Progressive party" (the recognizer, trained on "Communist Party", reads the adjective as
  //     MISC or nothing); the words before it must read as a party's ("-ist", "-ic", "-ive",
  //     "-al", "-an": not "a Christmas party")
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
    const demonym =
      isDemonym !== undefined &&
      isCapitalized(before) &&
      isDemonym(before.toLowerCase()) &&
      (typeAt[p] === '' || (typeAt[p] === 'MISC' && (p === 0 || typeAt[p - 1] !== 'MISC')));
    if (((ordinal || number) && UNIT_HEADS.has(head)) || (demonym && FORCE_HEADS.has(head))) {
      replacements.push({ type: 'ORG', first: p, last: s.last });
    }
  }

  // 5. events, prizes and wars: a name headed by "Awards", "Cup", "War", ... or opened by
  //    "Battle of", "Operation", ... (the whole capitalised phrase, connectors inside it)
  for (const s of spans) {
    if (s.type !== 'PER' && s.type !== 'LOC' && s.type !== 'ORG') continue;
    const end = sentLast[s.first]!;
    let first = s.first;
    const eventWordAt = (k: number) =>
      k >= 0 &&
      sentLast[k] === end &&
      isCapitalized(tokens[k]!.text) &&
      EVENT_FIRST_WORDS.has(tokens[k]!.text.toLowerCase());
    if (eventWordAt(first - 1)) first--;
    else if (first > 1 && tokens[first - 1]!.text === 'of' && eventWordAt(first - 2)) first -= 2;
    else if (
      first > 2 &&
      tokens[first - 1]!.text === 'the' &&
      tokens[first - 2]!.text === 'of' &&
      eventWordAt(first - 3)
    )
      first -= 3;
    // the phrase runs on over capitalised words (and connectors between them) after the span
    let last = s.last;
    for (let j = s.last; j < end; j++) {
      const w = tokens[j]!.text;
      if (isCapitalized(w) && /\p{L}/u.test(w)) last = j + 1;
      else if (!CONNECTORS.has(w)) break;
    }
    const opened =
      EVENT_FIRST_WORDS.has(tokens[first]!.text.toLowerCase()) && (first < s.first || s.last - s.first > 1);
    const headed = EVENT_HEAD_WORDS.has(tokens[last - 1]!.text.toLowerCase()) && last - first > 1;
    if (opened || headed) replacements.push({ type: 'MISC', first, last });
  }

  // 6. a name headed by a word for a place is a place, whatever its first words suggested:
  //    "Hancock Pond", "Bridgton Junction", "Red Square" (not "Notts County", the football club,
  //    nor "Anthony Hill", a person)
  for (const s of spans) {
    if ((s.type !== 'PER' && s.type !== 'ORG') || s.last - s.first < 2) continue;
    const head = tokens[s.last - 1]!.text.toLowerCase();
    if (!PLACE_HEAD_WORDS.has(head)) continue;
    if (s.type === 'ORG' && head === 'county') continue;
    if (head === 'district' && DISTRICT_BODY_WORDS.has(tokens[s.last - 2]!.text.toLowerCase())) continue;
    if (s.type === 'PER' && SURNAME_HEADS.has(head)) continue;
    if (overlapsAny(replacements, s.first, s.last)) continue;
    replacements.push({ type: 'LOC', first: s.first, last: s.last });
  }

  // 6b. a name opened by a word for a place is a place: "Boulevard Montmartre", "Mount Hood"
  //     (read as a person), with the word when the recognizer left it out ("Lake [Tahoe]")
  for (const s of spans) {
    if (s.type !== 'PER') continue;
    const opensWith =
      s.last - s.first >= 2 && PLACE_FIRST_WORDS.has(tokens[s.first]!.text.toLowerCase().replace(/\.$/, ''));
    const p = s.first - 1;
    const before =
      p >= 0 &&
      sentLast[p] === sentLast[s.first] &&
      typeAt[p] === '' &&
      isCapitalized(tokens[p]!.text) &&
      PLACE_FIRST_WORDS.has(tokens[p]!.text.toLowerCase().replace(/\.$/, ''));
    if ((!opensWith && !before) || overlapsAny(replacements, s.first, s.last)) continue;
    replacements.push({ type: 'LOC', first: before ? p : s.first, last: s.last });
  }

  // 7. a person's name does not end in "Center", "Hotel", "Records": a building or a business
  //    named after someone ("Mark Hopkins Hotel", "Cary Towne Center")
  for (const s of spans) {
    if (s.type !== 'PER' || s.last - s.first < 2) continue;
    const ty = FACILITY_HEADS.get(tokens[s.last - 1]!.text.toLowerCase());
    if (!ty || overlapsAny(replacements, s.first, s.last)) continue;
    replacements.push({ type: ty, first: s.first, last: s.last });
  }

  // 8. a place named after a person: a person's name and then "Park", "Playfield", "Bridge"
  //    ("Cal Anderson Park"), the whole a place
  for (const s of spans) {
    if (s.type !== 'PER' || s.last >= n || sentLast[s.last] !== sentLast[s.first]) continue;
    const w = tokens[s.last]!.text;
    if (!isCapitalized(w) || (typeAt[s.last] !== '' && typeAt[s.last] !== 'MISC')) continue;
    const head = w.toLowerCase();
    if (!PLACE_HEAD_WORDS.has(head) && !NAMED_PLACE_HEADS.has(head)) continue;
    if (overlapsAny(replacements, s.first, s.last + 1)) continue;
    replacements.push({ type: 'LOC', first: s.first, last: s.last + 1 });
  }

  // 8b. a business named after a person, or read as one: "Marvel Studios" (read whole as a
  //     person), "Dick Clark Productions" (the person read without the company word)
  for (const s of spans) {
    if (s.type !== 'PER') continue;
    let last = s.last;
    while (
      last < n &&
      sentLast[last] === sentLast[s.first] &&
      isCompanyHead(tokens[last]!.text) &&
      (typeAt[last] === '' || typeAt[last] === 'MISC')
    )
      last++;
    const headed = last > s.last || (s.last - s.first >= 2 && isCompanyHead(tokens[s.last - 1]!.text));
    if (!headed || overlapsAny(replacements, s.first, last)) continue;
    replacements.push({ type: 'ORG', first: s.first, last });
  }

  // 8c. a venue is a place: "Bridgestone Arena", "Shoreline Amphitheatre", "Blossom Music
  //     Center" (read as a person or an organisation after the company it is named after)
  for (const s of spans) {
    if ((s.type !== 'PER' && s.type !== 'ORG') || s.last - s.first < 2) continue;
    const head = tokens[s.last - 1]!.text.toLowerCase();
    const pair = `${tokens[s.last - 2]!.text.toLowerCase()} ${head}`;
    if (
      !(VENUE_HEADS.has(head) || (s.last - s.first >= 3 && VENUE_PAIRS.has(pair))) ||
      overlapsAny(replacements, s.first, s.last)
    )
      continue;
    replacements.push({ type: 'LOC', first: s.first, last: s.last });
  }

  // 8d. "Tampa, FL", "Denver, CO": a name followed by a comma and a US state's postal code is a
  //     place (a business's name ends in its own head word: "Pepsi Center" stays as it is), and
  //     so is the code when the recognizer read it as a name
  //     The same with a state's abbreviation in news style ("Monroe, La.", "Fresno, Calif."),
  //     which is a place of its own even where the recognizer saw no name.
  for (const s of spans) {
    const c = s.last;
    if (c + 1 >= n || tokens[c]!.text !== ',' || s.type === 'MISC') continue;
    const abbr = tokens[c + 1]!.text;
    const ap =
      AP_STATE_ABBREVIATIONS.has(abbr) &&
      (abbr.endsWith('.') || (tokens[c + 2]?.text === '.' && tokens[c + 2]!.start === tokens[c + 1]!.end));
    if (!ap && !US_STATE_CODES.has(abbr)) continue;
    const after = tokens[c + 2];
    if (!ap && after && after.start === tokens[c + 1]!.end && /\p{L}/u.test(after.text)) continue;
    if (s.type === 'PER' || s.type === 'ORG') {
      const head = tokens[s.last - 1]!.text.toLowerCase();
      const named =
        ORG_HEAD_WORDS.has(head) || COMPANY_HEADS.has(head) || FACILITY_HEADS.has(head) || VENUE_HEADS.has(head);
      if (!named && !overlapsAny(replacements, s.first, s.last))
        replacements.push({ type: 'LOC', first: s.first, last: s.last });
    }
    const code = spans.find(
      (o) => o.first === c + 1 && (o.last === c + 2 || (ap && o.last === c + 3 && tokens[c + 2]!.text === '.')),
    );
    if (code && code.type !== 'LOC' && !overlapsAny(replacements, c + 1, c + 2))
      replacements.push({ type: 'LOC', first: c + 1, last: c + 2 });
    else if (!code && ap && !overlapsAny(spans, c + 1, c + 2) && !overlapsAny(replacements, c + 1, c + 2))
      replacements.push({ type: 'LOC', first: c + 1, last: c + 2 });
  }

  // 9. a title in quotation marks: names inside a quoted title-cased phrase that they do not
  //    fill are words of the title (a song's “Anarchy in Tokyo”, a film's “Ice Cold in Alex”),
  //    not a place or a person. A name that fills the quote ("the so-called “Islamic State”"), a
  //    nickname between name words (rule 3) and an organisation's name (“Cartel of the Suns”)
  //    stay as they are.
  for (let i = 0; i < n; i++) {
    if (!OPEN.has(tokens[i]!.text)) continue;
    const end = sentLast[i]!;
    let j = i + 1;
    while (j < end && j - i <= MAX_TITLE_TOKENS && !CLOSE.has(tokens[j]!.text)) j++;
    if (j >= end || j - i > MAX_TITLE_TOKENS || !CLOSE.has(tokens[j]!.text) || j === i + 1) continue;
    if (i > 0 && isNameWord(tokens[i - 1]!.text) && j + 1 < n && isNameWord(tokens[j + 1]!.text)) continue;
    if (!isQuotedTitle(tokens, i + 1, j)) continue;
    const fragment = spans.some(
      (s) =>
        s.first > i &&
        s.last <= j &&
        (s.first > i + 1 || s.last < j) &&
        (s.type === 'PER' || s.type === 'LOC' || s.type === 'ORG'),
    );
    if (fragment) replacements.push({ type: 'MISC', first: i + 1, last: j });
    i = j;
  }

  // 10. a name the recognizer missed that its own sentence defines: "Brandhorst is a
  //     municipality in ...", "The Anguilla United Front is an alliance ..." (definitions.ts)
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

  if (replacements.length === 0) return spans;
  // replacements win over the spans they overlap
  const kept = spans.filter((s) => !replacements.some((r) => r.first < s.last && s.first < r.last));
  return [...kept, ...replacements].sort((a, b) => a.first - b.first);
}
