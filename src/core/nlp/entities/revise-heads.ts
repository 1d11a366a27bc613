/**
 * Span revision steps where a name's head word tells its type against what its first words
 * suggest: a place's word ("Hancock Pond", "Mount Hood", "Cal Anderson Park"), a building's or a
 * business's ("Mark Hopkins Hotel", "Marvel Studios"), a venue's ("Bridgestone Arena"), and a
 * US state's code or abbreviation after a comma ("Tampa, FL", "Fresno, Calif.").
 */
import {
  AP_STATE_ABBREVIATIONS,
  COMPANY_HEADS,
  DISTRICT_BODY_WORDS,
  FACILITY_HEADS,
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
import { overlapsAny, type SpanRevision } from './span-revision';

/**
 * A capitalised business word ("Studios", "Inc"); in capitals only when short ("LLC", "AG"): a
 * headline in capitals uses them as other words ("HILL BRANDS …").
 */
function isCompanyHead(w: string): boolean {
  return isCapitalized(w) && COMPANY_HEADS.has(w.toLowerCase()) && (w.length <= 4 || w !== w.toUpperCase());
}

/**
 * A name headed by a word for a place is a place, whatever its first words suggested:
 * "Hancock Pond", "Bridgton Junction", "Red Square" (not "Notts County", the football club,
 * nor "Anthony Hill", a person)
 */
export function placeHeads(r: SpanRevision): void {
  const { tokens, spans, replacements } = r;
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
}

/**
 * A name opened by a word for a place is a place: "Boulevard Montmartre", "Mount Hood"
 * (read as a person), with the word when the recognizer left it out ("Lake [Tahoe]")
 */
export function placeOpeners(r: SpanRevision): void {
  const { tokens, sentLast, spans, typeAt, replacements } = r;
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
}

/**
 * A person's name does not end in "Center", "Hotel", "Records": a building or a business
 * named after someone ("Mark Hopkins Hotel", "Cary Towne Center")
 */
export function facilityHeads(r: SpanRevision): void {
  const { tokens, spans, replacements } = r;
  for (const s of spans) {
    if (s.type !== 'PER' || s.last - s.first < 2) continue;
    const ty = FACILITY_HEADS.get(tokens[s.last - 1]!.text.toLowerCase());
    if (!ty || overlapsAny(replacements, s.first, s.last)) continue;
    replacements.push({ type: ty, first: s.first, last: s.last });
  }
}

/**
 * A place named after a person: a person's name and then "Park", "Playfield", "Bridge"
 * ("Cal Anderson Park"), the whole a place
 */
export function placesAfterPersons(r: SpanRevision): void {
  const { tokens, sentLast, spans, n, typeAt, replacements } = r;
  for (const s of spans) {
    if (s.type !== 'PER' || s.last >= n || sentLast[s.last] !== sentLast[s.first]) continue;
    const w = tokens[s.last]!.text;
    if (!isCapitalized(w) || (typeAt[s.last] !== '' && typeAt[s.last] !== 'MISC')) continue;
    const head = w.toLowerCase();
    if (!PLACE_HEAD_WORDS.has(head) && !NAMED_PLACE_HEADS.has(head)) continue;
    if (overlapsAny(replacements, s.first, s.last + 1)) continue;
    replacements.push({ type: 'LOC', first: s.first, last: s.last + 1 });
  }
}

/**
 * A business named after a person, or read as one: "Marvel Studios" (read whole as a
 * person), "Dick Clark Productions" (the person read without the company word)
 */
export function businessHeads(r: SpanRevision): void {
  const { tokens, sentLast, spans, n, typeAt, replacements } = r;
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
}

/**
 * 8c. a venue is a place: "Bridgestone Arena", "Shoreline Amphitheatre", "Blossom Music
 * Center" (read as a person or an organisation after the company it is named after)
 */
export function venues(r: SpanRevision): void {
  const { tokens, spans, replacements } = r;
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
}

/**
 * 8d. "Tampa, FL", "Denver, CO": a name followed by a comma and a US state's postal code is a
 * place (a business's name ends in its own head word: "Pepsi Center" stays as it is), and
 * so is the code when the recognizer read it as a name
 * The same with a state's abbreviation in news style ("Monroe, La.", "Fresno, Calif."),
 * which is a place of its own even where the recognizer saw no name.
 */
export function stateCodes(r: SpanRevision): void {
  const { tokens, spans, n, replacements } = r;
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
}
