/**
 * Words right beside a name that say which kind of name it is, where the recognizer (trained on
 * 1996 newswire) read it by its own words only (context-types.ts reads them over all mentions):
 *  - a business: "Acme founder Jane Roe", "Acme's shares", "the Acme CEO";
 *  - members of a list after a plural noun for businesses: "companies Acme, Foo Works and Bar";
 *  - a venue in a city: "Aug. 3 -- Acme Center, Springfield, IL" (a place, not the business it
 *    is named after);
 *  - an outlet: "told The Courier", "according to The Courier", "The Courier reported",
 *    "Courier magazine";
 *  - a team named after its city in sports reporting: "Springfield quarterback John Roe",
 *    "Springfield beat Shelbyville 21-14";
 *  - a place named with a possessive, which a person's name never holds: "on Martha's Island".
 */
import type { Token } from '../tokenize';
import type { NameMention } from './aliases';
import {
  AP_STATE_ABBREVIATIONS,
  COMPANY_HEADS,
  FACILITY_HEADS,
  ORG_HEAD_WORDS,
  US_STATE_CODES,
  VENUE_HEADS,
} from './known-names';

/** Lowercase words right after a business's name (or after its possessive): "Acme founder", "Acme's shares". */
// prettier-ignore
const BUSINESS_AFTER = new Set([
  'founder', 'co-founder', 'cofounder', 'ceo', 'shares', 'shareholders', 'stock', 'subsidiary', 'subsidiaries',
  'executives', 'employees', 'spokesperson', 'spokeswoman', 'spokesman', 'board',
]);
/** Of BUSINESS_AFTER, those a person's surname may take as well ("a Smith spokesman", "Smith's board"). */
// prettier-ignore
const ALSO_AFTER_PEOPLE = new Set(['spokesperson', 'spokeswoman', 'spokesman', 'board', 'employees', 'executives']);
/** Of BUSINESS_AFTER, those a region's market takes as well ("Asia-Pacific shares", "European stock"). */
const ALSO_AFTER_PLACES = new Set(['shares', 'shareholders', 'stock', 'board', 'employees', 'executives']);

/** Plural nouns for businesses and other bodies that open a list of their names. */
// prettier-ignore
const PLURAL_BODY_NOUNS = new Set([
  'companies', 'firms', 'startups', 'start-ups', 'studios', 'labels', 'bands', 'publishers', 'retailers',
  'automakers', 'carmakers', 'airlines', 'banks', 'lenders', 'insurers', 'outlets', 'newspapers', 'broadcasters',
  'manufacturers', 'contractors', 'chains', 'brands', 'conglomerates', 'nonprofits', 'charities', 'organizations',
  'organisations', 'groups',
]);
const MAX_LIST_TOKENS = 24;

/** Verbs of reporting after an outlet's name: "The Courier reported". */
const REPORTED = new Set(['reported', 'reports', 'reporting']);

/** Positions in team sports, written before a player's name: "Springfield quarterback John Roe". */
// prettier-ignore
const POSITIONS = new Set([
  'quarterback', 'qb', 'linebacker', 'lb', 'cornerback', 'cb', 'wr', 'rb', 'te', 'dl', 'ol', 'de', 'dt', 'lineman',
  'kicker', 'punter', 'pitcher', 'shortstop', 'outfielder', 'infielder', 'striker', 'midfielder', 'goalkeeper',
  'goalie', 'winger', 'fullback', 'halfback', 'tailback', 'placekicker',
]);
/** Positions and team words that other reporting uses too ("Houston center", "Denver fans"): in sports reporting only. */
// prettier-ignore
const SPORTS_ONLY_POSITIONS = new Set([
  'receiver', 'safety', 'tackle', 'coach', 'catcher', 'defender', 'forward', 'guard', 'center', 'centre', 'rusher',
]);
/** Verbs of a result between two teams: "Springfield beat Shelbyville". */
// prettier-ignore
const RESULT_VERBS = new Set(['beat', 'beats', 'defeated', 'defeats', 'edged', 'routed', 'blanked', 'downed', 'topped', 'outlasted']);

/** Prepositions of place before a name: "on Martha's Island", "at Acme's Landing". */
const PLACE_PREPOSITIONS = new Set(['in', 'on', 'at', 'to', 'from', 'near', 'into']);
const POSSESSIVE = new Set(["'s", '’s']);

function text(tokens: readonly Token[], i: number): string {
  return tokens[i]?.text ?? '';
}

/** "Acme founder Jane Roe", "Acme's shares", "the Acme CEO"; `readAs`: the type the name was read with. */
export function businessWordAfter(tokens: readonly Token[], m: NameMention, readAs: 'PER' | 'LOC'): boolean {
  let k = m.last;
  if (POSSESSIVE.has(text(tokens, k))) k++;
  const w = text(tokens, k);
  if (!/^\p{Ll}/u.test(w) && w !== 'CEO') return false;
  const lower = w.toLowerCase();
  const also = readAs === 'PER' ? ALSO_AFTER_PEOPLE : ALSO_AFTER_PLACES;
  return BUSINESS_AFTER.has(lower) && !also.has(lower);
}

/** "companies Acme, Foo Works and Bar": the name stands in a list of names that a plural body noun opens. */
export function inListOfBodies(tokens: readonly Token[], sentLast: Int32Array, m: NameMention): boolean {
  const end = sentLast[m.first]!;
  let k = m.first - 1;
  while (k >= 0 && m.first - k <= MAX_LIST_TOKENS && sentLast[k] === end) {
    const w = tokens[k]!.text;
    if (/^\p{Lu}/u.test(w) || w === ',' || w === 'and' || w === '&' || w === '.' || POSSESSIVE.has(w)) k--;
    else break;
  }
  if (k < 0 || sentLast[k] !== end || !PLURAL_BODY_NOUNS.has(tokens[k]!.text)) return false;
  // the names follow the noun right away ("companies Acme and Bar"), not "companies in Texas"
  return /^\p{Lu}/u.test(text(tokens, k + 1));
}

/** Last words of venues' names besides VENUE_HEADS and FACILITY_HEADS: "The Forum", "Madison Square Garden". */
// prettier-ignore
const MORE_VENUE_HEADS = new Set(['forum', 'garden', 'gardens', 'hall', 'bowl', 'dome', 'field', 'park', 'club', 'casino', 'ballroom', 'fairgrounds']);
const MONTH = /^(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?$/;

/** The line opens with a date and a dash or a colon before the name: "Aug. 3 -- Acme Live, …". */
function datedLine(tokens: readonly Token[], sentLast: Int32Array, m: NameMention): boolean {
  let k = m.first - 1;
  if (k < 2 || !/^(?:-+|–|—|:)$/.test(text(tokens, k))) return false;
  k--;
  if (!/^\d{1,2}(?:st|nd|rd|th)?$/.test(text(tokens, k))) return false;
  k--;
  if (!MONTH.test(text(tokens, k))) return false;
  return k === 0 || sentLast[k - 1] !== sentLast[k] || /^[(\d,]/.test(text(tokens, k - 1));
}

/**
 * "Acme Center, Springfield, IL": a venue's name (its last word says so, or the line opens with a
 * date), a comma, a place's name of one to three capitalised words, a comma and a state's code or
 * a country or region that ends the line or the clause. A business named with its city ("Acme,
 * Springfield, Illinois") has no venue word.
 */
export function venueInCity(
  tokens: readonly Token[],
  sentLast: Int32Array,
  m: NameMention,
  isCountryOrRegion: (phrase: string) => boolean,
): boolean {
  const head = m.words[m.words.length - 1]!;
  if (ORG_HEAD_WORDS.has(head) || COMPANY_HEADS.has(head)) return false;
  const venue = VENUE_HEADS.has(head) || FACILITY_HEADS.has(head) || MORE_VENUE_HEADS.has(head);
  if (!venue && !datedLine(tokens, sentLast, m)) return false;
  const end = sentLast[m.first]!;
  let k = m.last;
  if (text(tokens, k) !== ',') return false;
  k++;
  const cityFirst = k;
  while (k < end && k - cityFirst < 3 && /^\p{Lu}\p{Ll}/u.test(text(tokens, k))) k++;
  if (k === cityFirst || text(tokens, k) !== ',') return false;
  k++;
  const code = text(tokens, k);
  let len = 0;
  if (US_STATE_CODES.has(code) || AP_STATE_ABBREVIATIONS.has(code.replace(/\.$/, ''))) len = 1;
  else {
    let phrase = '';
    for (let l = 1; l <= 3 && k + l - 1 < end; l++) {
      const w = text(tokens, k + l - 1);
      if (!/^\p{Lu}/u.test(w)) break;
      phrase += (l > 1 ? ' ' : '') + w.toLowerCase();
      if (isCountryOrRegion(phrase)) len = l;
    }
  }
  if (len === 0) return false;
  const next = k + len;
  if (next >= end) return true;
  // the line or the clause ends there; "…, CO, and …" goes on
  return /^[.;)]$/.test(text(tokens, next));
}

/** Nouns before "to" or "with" that make the name after them a body spoken to: "a statement to The Courier". */
const SPOKEN_TO = new Set(['statement', 'statements', 'interview', 'interviews', 'email', 'comment', 'remarks']);

/** Verbs before "by" that make the name after it an outlet: "obtained by The Courier". */
const OBTAINED = new Set(['obtained', 'seen', 'reviewed', 'published']);

/**
 * "told The Courier", "according to The Courier", "The Courier reported", "said in a statement
 * to The Courier", "in an interview with The Courier", "obtained by The Courier".
 */
export function outletCue(tokens: readonly Token[], m: NameMention): boolean {
  let p = m.first - 1;
  if (text(tokens, p).toLowerCase() === 'the') p--;
  const before = text(tokens, p);
  if (before === 'told') return true;
  if (before === 'to' && text(tokens, p - 1) === 'according') return true;
  if ((before === 'to' || before === 'with') && SPOKEN_TO.has(text(tokens, p - 1))) return true;
  if (before === 'by' && OBTAINED.has(text(tokens, p - 1))) return true;
  return REPORTED.has(text(tokens, m.last));
}

/** Kinds of outlet written in lower case right after the outlet's name ("Rolling Stone magazine"). */
const OUTLET_KINDS = new Set(['magazine', 'newspaper', 'tabloid', 'radio', 'broadcaster', 'daily', 'weekly']);
/** What a person's name takes after an outlet's kind word: "the Jane Roe radio show" is hers. */
const PROGRAMME_WORDS = new Set(['show', 'shows', 'program', 'programme', 'column', 'host', 'hour', 'interview']);

/** "Rolling Stone magazine", "Haaretz newspaper": the kind word after a name says it is an outlet. */
export function outletKindAfter(tokens: readonly Token[], m: NameMention): boolean {
  if (!OUTLET_KINDS.has(text(tokens, m.last))) return false;
  return !PROGRAMME_WORDS.has(text(tokens, m.last + 1));
}

/**
 * "Springfield quarterback John Roe", "Springfield beat Shelbyville", "beat Springfield 21-14";
 * `sports`: the text is sports reporting, where words of other trades ("center", "coach") and
 * results count too.
 */
export function teamCue(tokens: readonly Token[], m: NameMention, sports: boolean): boolean {
  const after = text(tokens, m.last);
  const next = text(tokens, m.last + 1);
  const lower = after.toLowerCase();
  if (after === lower || after === after.toUpperCase()) {
    if ((POSITIONS.has(lower) || (sports && SPORTS_ONLY_POSITIONS.has(lower))) && /^\p{Lu}/u.test(next)) return true;
  }
  if (!sports) return false;
  if (RESULT_VERBS.has(after) && /^\p{Lu}/u.test(next)) return true;
  return RESULT_VERBS.has(text(tokens, m.first - 1)) && /^\d{1,3}-\d{1,3}$/.test(after);
}

/** The name stands after a preposition of place: "in Springfield". */
export function afterPlacePreposition(tokens: readonly Token[], m: NameMention): boolean {
  return PLACE_PREPOSITIONS.has(text(tokens, m.first - 1));
}

/** "on Martha's Island": a name with a possessive inside it, after a preposition of place. */
export function possessivePlace(tokens: readonly Token[], m: NameMention): boolean {
  let inside = false;
  for (let k = m.first + 1; k < m.last - 1; k++) if (POSSESSIVE.has(tokens[k]!.text)) inside = true;
  return inside && afterPlacePreposition(tokens, m);
}

/** Last words of institutions, organisations wherever the recognizer reads them as places ("Albyn Hospital", "Neon Museum"). */
// prettier-ignore
const INSTITUTION_HEADS = new Set(['hospital', 'university', 'college', 'school', 'clinic', 'institute', 'academy', 'seminary', 'museum']);

/** "… Hospital", "… University": the last word of the fullest name names an institution. */
export function institutionName(m: NameMention): boolean {
  return m.words.length >= 2 && INSTITUTION_HEADS.has(m.words[m.words.length - 1]!);
}

/** Words after a person's possessive that only a person has: "Jane Roe's death", "Roe's widow". */
// prettier-ignore
const PERSONAL_AFTER = new Set([
  'death', 'wife', 'husband', 'widow', 'widower', 'son', 'daughter', 'mother', 'father', 'brother', 'sister', 'funeral',
  'birthday', 'childhood', 'parents', 'girlfriend', 'boyfriend', 'grandmother', 'grandfather', 'obituary',
]);

/** "Jane Roe's death", "Roe's widow"; also "Jane" read alone before "Roe's death". */
export function personalWordAfter(tokens: readonly Token[], m: NameMention): boolean {
  let k = m.last;
  if (/^\p{Lu}\p{Ll}/u.test(text(tokens, k)) && m.words.length === 1) k++;
  return POSSESSIVE.has(text(tokens, k)) && PERSONAL_AFTER.has(text(tokens, k + 1));
}

/**
 * "Acme, Foo Labs and Bar Corp.": the name stands in a list of names (commas, "and") of which at
 * least two others end with a business word ("Labs", "Corp."), none reads as a person (`typeAt`:
 * the recognizer's type at a token). With `minBusinesses` 1: two others read as organisations, one
 * of them ending with a business word, and none as a person or a place ("Acme Films, Foo and Bar"). Lists of clubs and of players in sports results, where
 * organisations read by the recognizer stand beside surnames, are left alone.
 */
export function inListWithBodies(
  tokens: readonly Token[],
  sentLast: Int32Array,
  m: NameMention,
  typeAt: (i: number) => string,
  minBusinesses = 2,
): boolean {
  const end = sentLast[m.first]!;
  const start = m.first === 0 || sentLast[m.first - 1] !== end ? m.first : listStart(tokens, sentLast, m.first);
  let bodies = 0;
  let businesses = 0;
  let people = 0;
  let places = 0;
  let k = start;
  while (k < end) {
    const from = k;
    while (k < end && isListNameWord(tokens[k]!.text)) k++;
    if (k === from) break;
    if (from !== m.first) {
      let org = false;
      let per = false;
      let loc = false;
      for (let j = from; j < k; j++) {
        if (typeAt(j) === 'ORG') org = true;
        if (typeAt(j) === 'PER') per = true;
        if (typeAt(j) === 'LOC') loc = true;
      }
      const head = tokens[k - 1]!.text.toLowerCase().replace(/\.$/, '');
      if (COMPANY_HEADS.has(head)) businesses++;
      if (org || COMPANY_HEADS.has(head) || ORG_HEAD_WORDS.has(head)) bodies++;
      else if (per) people++;
      else if (loc) places++;
    }
    // the separators: ",", "and", ", and"
    const sepFrom = k;
    while (k < end && (tokens[k]!.text === ',' || tokens[k]!.text === 'and' || tokens[k]!.text === '&')) k++;
    if (k === sepFrom || k - sepFrom > 2) break;
  }
  // with fewer than two business names, no place may stand in the list ("Acme Films, Springfield and Bar")
  return bodies >= 2 && businesses >= minBusinesses && people === 0 && (minBusinesses >= 2 || places === 0);
}

function isListNameWord(w: string): boolean {
  return /^\p{Lu}/u.test(w) || w === '.' || w === '-';
}

/** The first token of the list the name at `i` stands in (back over names and separators). */
function listStart(tokens: readonly Token[], sentLast: Int32Array, i: number): number {
  const end = sentLast[i]!;
  let k = i;
  while (k - 1 >= 0 && sentLast[k - 1] === end) {
    const w = tokens[k - 1]!.text;
    if (isListNameWord(w) || w === ',' || w === 'and' || w === '&') k--;
    else break;
  }
  while (k < i && !isListNameWord(tokens[k]!.text)) k++;
  return k;
}

/** Words for someone close to a person, after a possessive and before their name: "his colleague Jane Roe". */
// prettier-ignore
const RELATION_NOUNS = new Set([
  'wife', 'husband', 'son', 'daughter', 'mother', 'father', 'brother', 'sister', 'colleague', 'colleagues', 'friend',
  'partner', 'boyfriend', 'girlfriend', 'fiancé', 'fiancée', 'widow', 'widower', 'cousin', 'uncle', 'aunt', 'nephew',
  'niece', 'grandson', 'granddaughter', 'grandmother', 'grandfather', 'stepson', 'stepdaughter', 'mentor', 'protégé',
  'assistant', 'aide', 'classmate', 'roommate', 'neighbour', 'neighbor', 'ex-wife', 'ex-husband',
]);
const PERSONAL_POSSESSIVES = new Set(['his', 'her', 'their', 'my', 'our', 'your']);

/** "his colleague Jane Roe", "her husband, Jo Roe": someone close to a person, named right after. */
export function relationBefore(tokens: readonly Token[], m: NameMention): boolean {
  let k = m.first - 1;
  if (text(tokens, k) === ',') k--;
  if (!RELATION_NOUNS.has(text(tokens, k))) return false;
  const det = text(tokens, k - 1);
  return PERSONAL_POSSESSIVES.has(det.toLowerCase()) || POSSESSIVE.has(det);
}

/** A given name, one initial and a surname ("Jane Q. Roe"): the shape of a person's name only. */
export function initialledName(m: NameMention, isFirstName: (lower: string) => boolean): boolean {
  const w = m.words;
  return w.length === 3 && isFirstName(w[0]!) && w[1]!.length === 1 && w[2]!.length > 1;
}

/** Lowercase words of direction and setting before a place's name: "eastern Northland", "rural Kent". */
// prettier-ignore
const PLACE_ADJECTIVES = new Set([
  'northern', 'southern', 'eastern', 'western', 'northeastern', 'northwestern', 'southeastern', 'southwestern',
  'north-eastern', 'north-western', 'south-eastern', 'south-western', 'north-central', 'south-central', 'upstate',
  'downstate', 'downtown', 'rural', 'coastal', 'suburban', 'inland', 'mainland',
]);

/** "eastern Northland", "rural Kent", "downtown Springfield": a person or a body is never so placed. */
export function placeAdjectiveBefore(tokens: readonly Token[], m: NameMention): boolean {
  return PLACE_ADJECTIVES.has(text(tokens, m.first - 1));
}

/** Lowercase words after a business's name that a place's name hardly takes: "Acme sellers", "Acme subscribers" (a region's market has "shares"). */
// prettier-ignore
const BUSINESS_NOT_PLACE_AFTER = new Set([
  'sellers', 'subscribers', 'shoppers', 'users', 'app', 'apps', 'account', 'accounts', 'platform', 'listing',
  'listings', 'website', 'webpage', 'ceo', 'founder', 'co-founder', 'cofounder', 'subsidiary',
]);

/** "Amazon sellers", "Amazon's app": for a name the place lists do not know, read as a place. */
export function businessNotPlaceAfter(tokens: readonly Token[], m: NameMention): boolean {
  let k = m.last;
  if (POSSESSIVE.has(text(tokens, k))) k++;
  return BUSINESS_NOT_PLACE_AFTER.has(text(tokens, k));
}
