/**
 * The type the words around a name give it, read over all the name's mentions. The recognizer
 * learned from 1996 newswire and types a name by its own words; the article often says what the
 * name is right beside it:
 *  - a work or a craft: "his first novel, Web of Angels", "films such as Alien", "the Orion
 *    spacecraft", "two Star Trek novels": no person, organisation or place;
 *  - a people: "the Māori people", "Uighurs and other minorities": no person either;
 *  - a title in quotation marks each time it is named (“Wild Rose”) is a work, not a person or
 *    a place (an organisation's name may be quoted: the “Islamic State”);
 *  - a place: "Palo Alto, California", "Kent, Washington", "Houston, TX": a name followed by a
 *    comma and a state or a country;
 *  - what an appositive says: "Web of Angels, a cyberpunk book", "Kent, a town in Washington";
 *  - an organisation: "the recreational vehicle-maker Winnebago", "record label Big Machine", "the
 *    D.A. Davidson brokerage", "the band X": a business's common noun right before or after it.
 * A full personal name (a known given name first) keeps its reading: "a Spielberg film" is about
 * a person named elsewhere in full.
 */
import type { Token } from '../tokenize';
import type { NameMention } from './aliases';
import type { MentionType } from './mentions';
import { appositiveType } from './definitions';
import { isCompanyWord } from './companies';
import { makerNameType } from './products';
import {
  AP_STATE_ABBREVIATIONS,
  COMPANY_HEADS,
  FACILITY_HEADS,
  GROUP_PLURAL_HEADS,
  ORG_FIRST_WORDS,
  ORG_HEAD_WORDS,
  US_STATE_CODES,
  VENUE_HEADS,
} from './known-names';
import {
  afterPlacePreposition,
  businessWordAfter,
  inListWithBodies,
  businessNotPlaceAfter,
  initialledName,
  institutionName,
  personalWordAfter,
  placeAdjectiveBefore,
  relationBefore,
  inListOfBodies,
  outletCue,
  outletKindAfter,
  possessivePlace,
  teamCue,
  venueInCity,
} from './type-cues';

export interface ContextTypeContext {
  tokens: readonly Token[];
  sentLast: Int32Array;
  /** a lowercase phrase (tokens joined by one space) that names a country or a state or region */
  isCountryOrRegion: (phrase: string) => boolean;
  isFirstName: (lower: string) => boolean;
  /** a lowercase phrase that the place lists hold (a city, a country, a region, another place) */
  isPlaceName?: (phrase: string) => boolean;
  /** a lowercase phrase that the organisation or team lists hold */
  isBodyName?: (phrase: string) => boolean;
  /** the text is sports reporting (sport-places.ts) */
  sportsText?: boolean;
  /** per token, the recognizer's type of the name it stands in ('' for none) */
  spanType?: readonly string[];
}

/** Works and craft named by a common noun next to their name ("the novel X", "the X spacecraft"). */
// prettier-ignore
const WORK_NOUNS = new Set([
  'novel', 'novels', 'book', 'books', 'film', 'films', 'movie', 'movies', 'album', 'albums', 'song', 'songs', 'series',
  'sitcom', 'franchise', 'saga', 'trilogy', 'anthology', 'episode', 'episodes', 'musical', 'opera', 'poem',
  'documentary', 'podcast', 'app', 'spacecraft', 'rocket', 'capsule', 'lander', 'rover', 'probe', 'satellite',
  'telescope', 'spaceship', 'cargo', 'drug', 'vaccine', 'medication',
]);
/**
 * Craft named before their common noun ("the Orion spacecraft", "three Atlas rockets"), read where
 * the recognizer took the name for an organisation: a maker names its craft so too ("a SpaceX
 * rocket"), so only a name no list holds as a business and never spoken of as one.
 */
// prettier-ignore
const CRAFT_NOUNS = new Set([
  'spacecraft', 'rocket', 'rockets', 'capsule', 'capsules', 'lander', 'landers', 'rover', 'rovers', 'spaceship',
  'booster', 'boosters', 'missile', 'missiles', 'launcher', 'launchers',
]);
/** Words after a name that speak of it as a body: "Atlas said", "Atlas’s engineers". */
const BODY_VERBS = new Set(['said', 'says', 'announced', 'told', 'reported', 'declined', 'confirmed', 'employs']);

/** Work nouns that after a name may be a business's or a team's ("the Missouri franchise", "the Boston series"). */
const BUSINESS_SENSE = new Set(['franchise', 'series']);
/** Words before a quoted name that make it a nickname, not a title: dubbed the “Iron Lady”. */
const NICKNAME_CUES = new Set(['the', 'dubbed', 'nicknamed', 'called', 'as', 'named']);
/** Determiners before "the novel X" when no link word stands between the noun and the name. */
const DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'my', 'your', '’s', "'s"]);
/** Words between a work noun and the title: "films such as Alien", "the novel, Web of Angels". */
const WORK_LINKS = new Set([',', 'such', 'as', 'like', 'called', 'titled', 'entitled', 'named']);

/** Words after a people's name. */
// prettier-ignore
const PEOPLE_AFTER = new Set(['people', 'peoples', 'tribe', 'tribes', 'iwi', 'clan', 'clans', 'descent', 'ancestry', 'heritage']);
const PEOPLE_BEFORE = new Set(['ethnic', 'indigenous']);
/**
 * Words after a one-word name that a people's name takes and a person's never does ("Ngarrin
 * elders", "Ngarrin land rights"): read only where the recognizer took the name for a person (an
 * organisation has leaders and land too).
 */
// prettier-ignore
const PEOPLE_NOT_PERSON_AFTER = new Set([
  'elders', 'leaders', 'chiefs', 'community', 'communities', 'culture', 'cultures', 'language', 'languages', 'land',
  'lands', 'rights', 'tradition', 'traditions', 'customs', 'ancestors', 'descendants', 'settlers', 'villages',
  'families', 'warriors', 'protocol', 'protocols', 'design', 'designs', 'art', 'carvings', 'harvest', 'groups',
  'activists', 'population', 'populations', 'tribespeople', 'homeland', 'women', 'men', 'youth', 'children',
]);
/** Of those, the ones no place takes either, read where a name the place lists do not know was read as a place. */
// prettier-ignore
const PEOPLE_NOT_PLACE_AFTER = new Set(['elders', 'chiefs', 'language', 'languages', 'ancestors', 'descendants', 'tribespeople', 'warriors', 'customs', 'traditions']);
/** Words before a one-word name that make it a people's when it was read as a person's: "traditional Ngarrin". */
const PEOPLE_NOT_PERSON_BEFORE = new Set(['traditional', 'fellow', 'many', 'most', 'non']);

/** Common nouns for businesses and other bodies that stand right before or after their name. */
// prettier-ignore
const BODY_NOUNS = new Set([
  'company', 'firm', 'brokerage', 'label', 'band', 'outlet', 'newspaper', 'magazine', 'publisher', 'startup',
  'start-up', 'retailer', 'maker', 'manufacturer', 'carrier', 'airline', 'chain', 'insurer', 'lender', 'bank',
  'broadcaster', 'conglomerate', 'automaker', 'carmaker', 'supplier', 'contractor', 'nonprofit', 'charity',
  'website', 'tabloid', 'daily', 'weekly', 'network', 'studio', 'agency', 'group', 'organization', 'organisation',
]);
/** Of BODY_NOUNS, those that may also follow a person's name ("the Smith group"): only before. */
// prettier-ignore
const BODY_NOUNS_BEFORE_ONLY = new Set(['group', 'network', 'agency', 'daily', 'weekly', 'organization', 'organisation']);

const POSSESSIVES = new Set(["'s", '’s']);
/** Prepositions before a place that a business is not named after ("in", not "at Acme", "from Acme"). */
const IN_PLACE = new Set(['in', 'near', 'into', 'outside', 'across']);
const OPEN_QUOTES = new Set(['“', '"', '‘']);
const CLOSE_QUOTES = new Set(['”', '"', '’']);

function isLower(w: string): boolean {
  return /^\p{Ll}/u.test(w);
}

/**
 * 'MISC' (no person, organisation or place), 'LOC' or 'ORG' as the context of the mentions says,
 * or null when it says nothing. `type` is the type read so far.
 */
export function typeFromContext(
  list: readonly NameMention[],
  type: MentionType,
  ctx: ContextTypeContext,
): MentionType | 'MISC' | null {
  // a person's name holds no possessive: "on Martha's Island" is a place
  if (type === 'PER' && list.some((m) => possessivePlace(ctx.tokens, m))) return 'LOC';
  // a maker's product ("Acme Turbo") or business read as a person (products.ts)
  const maker = type === 'PER' ? makerNameType(list, ctx) : null;
  if (maker !== null) return maker;
  // a hospital, a university read as a place
  if (type === 'LOC' && list.some(institutionName)) return 'ORG';
  // a given name and a surname read as a business ("Jo Ford" after the carmaker), where the article
  // gives the person a death, a wife, a son
  if (
    type !== 'PER' &&
    list.some((m) => m.words.length === 2 && ctx.isFirstName(m.words[0]!)) &&
    list.some((m) => personalWordAfter(ctx.tokens, m))
  )
    return 'PER';
  // "his colleague Jane Q. Roe", or that shape of name alone, read as an organisation or a place
  if (
    type !== 'PER' &&
    list.some((m) => initialledName(m, ctx.isFirstName) || (m.words.length >= 2 && relationBefore(ctx.tokens, m)))
  )
    return 'PER';
  if (type !== 'ORG' && list.some((m) => groupName(m, type))) return 'ORG';
  if (type === 'PER' && list.some((m) => outletKindAfter(ctx.tokens, m))) return 'ORG'; // not "a Paris daily"
  // a full personal name: "a Spielberg film" names the director
  if (list.some((m) => m.type === 'PER' && m.words.length >= 2 && ctx.isFirstName(m.words[0]!))) return null;
  if (list.some((m) => m.titleFirst < m.first)) return null;
  if (type !== 'ORG' && list.every((m) => isQuoted(ctx.tokens, m))) return 'MISC';
  const oneWord = list.every((m) => m.words.length === 1);
  let place = false;
  let body = false;
  // "Web of Angels, a cyberpunk book", "Kent, a town in …" (definitions.ts)
  for (const m of list) {
    const said = appositiveType(ctx, m.first, m.last);
    if (said !== null) return said === type ? null : said;
  }
  // a place the lists know keeps its reading against the words beside it ("Tokyo stock")
  const known = type === 'LOC' && list.some((m) => ctx.isPlaceName?.(m.words.join(' ')) === true);
  // a team named after its city: not where the article names the city as a place too ("in X")
  const city =
    type === 'LOC' &&
    !list.some((m) => ctx.isCountryOrRegion(m.words.join(' ')) || afterPlacePreposition(ctx.tokens, m));
  const givenName = list.some((m) => m.words.length >= 2 && ctx.isFirstName(m.words[0]!));
  const spanTypeAt = (i: number): string => ctx.spanType?.[i] ?? '';
  // a business the company list knows with a business word after it ("Acme Animation"), read as a
  // place (the list holds place names too: a company word alone is no evidence)
  if (type === 'LOC' && !known && list.some((m) => businessWords(m.words))) return 'ORG';
  // the name of an outlet spoken to ("told Rolling Stone") read as a person's: no given name opens
  // it, and most of its mentions stand where an outlet does ("told Wang" once among many is a man)
  const outletMentions = list.filter((m) => outletCue(ctx.tokens, m)).length;
  const outletPerson =
    type === 'PER' && list.every((m) => !ctx.isFirstName(m.words[0]!)) && outletMentions * 2 > list.length;
  if (type === 'ORG' && isCraft(list, ctx)) return 'MISC';
  for (const m of list) {
    if (isWorkMention(ctx.tokens, m, type)) return 'MISC';
    if (oneWord && isPeopleMention(ctx.tokens, m)) return 'MISC';
    if (oneWord && type === 'PER' && isPeopleNotPerson(ctx.tokens, m)) return 'MISC';
    if (oneWord && type === 'LOC' && !known && isPeopleNotPlace(ctx.tokens, m)) return 'MISC';
    if (type !== 'LOC' && !(type === 'ORG' && hasBodyHead(m)) && placeBeforeComma(ctx, m)) place = true;
    if (type !== 'LOC' && venueInCity(ctx.tokens, ctx.sentLast, m, ctx.isCountryOrRegion)) place = true;
    if (type !== 'LOC' && !givenName && placeAdjectiveBefore(ctx.tokens, m)) place = true;
    if (type === 'LOC' && !known && businessNotPlaceAfter(ctx.tokens, m)) body = true;
    if (type !== 'ORG' && bodyNounBeside(ctx.tokens, m)) body = true;
    if (type !== 'ORG' && !known && businessWordAfter(ctx.tokens, m, type)) body = true;
    if (type !== 'ORG' && !known && inListOfBodies(ctx.tokens, ctx.sentLast, m)) body = true;
    if (
      type === 'PER' &&
      !givenName &&
      !ctx.sportsText &&
      ctx.spanType &&
      inListWithBodies(ctx.tokens, ctx.sentLast, m, spanTypeAt)
    )
      body = true;
    if (((type === 'LOC' && !known) || outletPerson) && outletCue(ctx.tokens, m)) body = true;
    // "Marvel Entertainment, Lucasfilm and BamTech": a business unknown to the place lists in a list of businesses
    if (
      type === 'LOC' &&
      !known &&
      !ctx.sportsText &&
      !list.some((m) => afterPlacePreposition(ctx.tokens, m)) &&
      ctx.spanType &&
      inListWithBodies(ctx.tokens, ctx.sentLast, m, spanTypeAt, 1)
    )
      body = true;
    if (type === 'LOC' && city && teamCue(ctx.tokens, m, ctx.sportsText === true)) body = true;
  }
  if (place) return 'LOC';
  // a one-word business the company list holds and the place lists do not ("Acmefy") read as a
  // place, never named where a place stands ("in Acmefy") nor in sports reporting (a town's team)
  if (
    type === 'LOC' &&
    !known &&
    !ctx.sportsText &&
    oneWord &&
    list.every((m) => isCompanyWord(m.words[0]!) && !IN_PLACE.has(ctx.tokens[m.first - 1]?.text ?? ''))
  )
    body = true;
  if (body) return 'ORG';
  return null;
}

/** Last words of bases and airfields, which the corpora type as organisations ("Torrejon Air Base, Spain"). */
const BASE_HEADS = new Set(['base', 'field', 'airfield', 'airport', 'station']);

/** An organisation's name with a head word of its own ("… Air Base", "… Center") keeps its reading. */
function hasBodyHead(m: NameMention): boolean {
  const head = m.words[m.words.length - 1]!;
  return (
    m.words.length > 1 &&
    (BASE_HEADS.has(head) ||
      FACILITY_HEADS.has(head) ||
      ORG_HEAD_WORDS.has(head) ||
      COMPANY_HEADS.has(head) ||
      VENUE_HEADS.has(head))
  );
}

/** The mention fills a quotation: “Wild Rose”, “Wild Rose,”. */
function isQuoted(tokens: readonly Token[], m: NameMention): boolean {
  const open = tokens[m.first - 1];
  if (NICKNAME_CUES.has(tokens[m.first - 2]?.text.toLowerCase() ?? '')) return false;
  let close = tokens[m.last];
  if (close && (close.text === ',' || close.text === '.')) close = tokens[m.last + 1];
  return open !== undefined && close !== undefined && OPEN_QUOTES.has(open.text) && CLOSE_QUOTES.has(close.text);
}

function isWorkMention(tokens: readonly Token[], m: NameMention, type: MentionType): boolean {
  // "the Orion spacecraft", "two Star Trek novels"; not after an organisation, which names its
  // products and works this way ("a SpaceX rocket", "the Netflix series")
  const after = tokens[m.last]?.text;
  if (type !== 'ORG' && after !== undefined && WORK_NOUNS.has(after) && !BUSINESS_SENSE.has(after)) {
    const next = tokens[m.last + 1]?.text;
    if (next === undefined || !/^\p{Lu}/u.test(next)) return true;
  }
  // "his first novel, Web of Angels", "films such as Alien", "the drug Dramamine"
  let k = m.first - 1;
  while (k >= 0 && m.first - k <= 3 && WORK_LINKS.has(tokens[k]!.text)) k--;
  if (k < 0 || !WORK_NOUNS.has(tokens[k]!.text)) return false;
  return k < m.first - 1 || (k > 0 && DETERMINERS.has(tokens[k - 1]!.text.toLowerCase()));
}

/** A company word with a business word after it ("Acme Animation"). */
function businessWords(words: readonly string[]): boolean {
  return words.length === 2 && isCompanyWord(words[0]!) && COMPANY_HEADS.has(words[1]!);
}

/** Work nouns a body's name stands before as its maker or outlet ("the Acme app", "a band's song"). */
// prettier-ignore
const MAKERS_WORKS = new Set(['app', 'podcast', 'cargo', 'drug', 'vaccine', 'medication', 'album', 'albums', 'song', 'songs', 'episode', 'episodes']);

/** A craft's noun, or a work's ("two Star Trek novels"): the same evidence as a craft's. */
function isCraftOrWorkNoun(w: string): boolean {
  return CRAFT_NOUNS.has(w) || (WORK_NOUNS.has(w) && !BUSINESS_SENSE.has(w) && !MAKERS_WORKS.has(w));
}

/**
 * "the Orion spacecraft", "two Star Trek novels": a craft or a work read as an organisation; not a
 * business the lists know, nor one that speaks.
 */
function isCraft(list: readonly NameMention[], ctx: ContextTypeContext): boolean {
  const { tokens } = ctx;
  if (!list.some((m) => isCraftOrWorkNoun(tokens[m.last]?.text ?? ''))) return false;
  return list.every((m) => {
    const name = m.words.join(' ');
    const after = tokens[m.last]?.text ?? '';
    return (
      !isCompanyWord(name) &&
      !ctx.isBodyName?.(name) &&
      !COMPANY_HEADS.has(m.words[m.words.length - 1]!) &&
      !ORG_HEAD_WORDS.has(m.words[m.words.length - 1]!) &&
      !POSSESSIVES.has(after) &&
      !BODY_VERBS.has(after)
    );
  });
}

/** "Ngarrin elders", "traditional Ngarrin design": a people read as a person. */
function isPeopleNotPerson(tokens: readonly Token[], m: NameMention): boolean {
  const after = tokens[m.last]?.text;
  if (after !== undefined && PEOPLE_NOT_PERSON_AFTER.has(after)) return true;
  const before = tokens[m.first - 1]?.text;
  return before !== undefined && PEOPLE_NOT_PERSON_BEFORE.has(before);
}

/** "Ngarrin elders", "traditional Ngarrin design": a people read as a place the lists do not know. */
function isPeopleNotPlace(tokens: readonly Token[], m: NameMention): boolean {
  return PEOPLE_NOT_PLACE_AFTER.has(tokens[m.last]?.text ?? '') || tokens[m.first - 1]?.text === 'traditional';
}

/** "Agence France-Presse", "Banque Duval", "Goo Goo Dolls": an organisation's first word in another language, or a group's plural. */
function groupName(m: NameMention, type: MentionType): boolean {
  if (m.words.length < 2) return false;
  // a plural group noun only against a person's reading ("Rangers", "Falls" name places too)
  return ORG_FIRST_WORDS.has(m.words[0]!) || (type === 'PER' && GROUP_PLURAL_HEADS.has(m.words[m.words.length - 1]!));
}

function isPeopleMention(tokens: readonly Token[], m: NameMention): boolean {
  const after = tokens[m.last]?.text;
  if (after !== undefined && PEOPLE_AFTER.has(after)) return true;
  // "Uighurs and other minorities"
  if (after === 'and' && tokens[m.last + 1]?.text === 'other' && /^minorit/.test(tokens[m.last + 2]?.text ?? ''))
    return true;
  const before = tokens[m.first - 1]?.text;
  return before !== undefined && PEOPLE_BEFORE.has(before.toLowerCase());
}

/** "Palo Alto, California", "Kent, Washington", "Houston, TX", not "Smith, Texas’s governor". */
function placeBeforeComma(ctx: ContextTypeContext, m: NameMention): boolean {
  const { tokens, sentLast } = ctx;
  const c = m.last;
  if (tokens[c]?.text !== ',') return false;
  const end = sentLast[m.first]!;
  const first = tokens[c + 1];
  if (!first || c + 1 >= end) return false;
  let len = 0;
  if (US_STATE_CODES.has(first.text) || AP_STATE_ABBREVIATIONS.has(first.text.replace(/\.$/, ''))) len = 1;
  else {
    let phrase = '';
    for (let l = 1; l <= 3 && c + l < end; l++) {
      const w = tokens[c + l]!.text;
      if (!/^\p{Lu}/u.test(w)) break;
      phrase += (l > 1 ? ' ' : '') + w.toLowerCase();
      if (ctx.isCountryOrRegion(phrase)) len = l;
    }
  }
  if (len === 0) return false;
  const k = c + 1 + len;
  const next = tokens[k];
  if (!next || k >= end) return true;
  // the place ends there ("Palo Alto, California, in …", "Houston, TX."); not "Texas’s governor",
  // "Washington Post", nor a list ("Essex, Derbyshire and Surrey", "Essex, Derbyshire, Kent")
  if (!/^[,.;:)—–]$/.test(next.text)) return false;
  return !(next.text === ',' && k + 1 < end && /^\p{Lu}/u.test(tokens[k + 1]!.text));
}

/** "the recreational vehicle-maker Winnebago", "record label Big Machine", "the D.A. Davidson brokerage". */
function bodyNounBeside(tokens: readonly Token[], m: NameMention): boolean {
  const before = tokens[m.first - 1]?.text;
  if (before !== undefined && isLower(before)) {
    const noun = before.includes('-') ? before.slice(before.lastIndexOf('-') + 1) : before;
    if (BODY_NOUNS.has(noun)) return true;
  }
  const after = tokens[m.last]?.text;
  return (
    after !== undefined &&
    BODY_NOUNS.has(after) &&
    !BODY_NOUNS_BEFORE_ONLY.has(after) &&
    tokens[m.first - 1]?.text.toLowerCase() === 'the'
  );
}
