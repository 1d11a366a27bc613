/**
 * What may open a description after a name, and the head words that make it one: a role noun
 * ("head of …"), a bare job ("physician at …"), an owner's name ("Venezuela's vice president"), a
 * capitalised employer and job ("Apple CEO"), where a place lies ("about 30 miles north of …").
 */
import { isCapitalized } from './mentions';
import { isAttachedAdjective, isDescribingParticiple } from './descriptor-words';
import { isListedPersonHead, isOrgRoleHead, isPersonRoleHead } from './role-words';
import { AUXILIARIES, MAX_ROLE_TOKENS, QUOTES, STOPS, type RoleContext } from './role-context';

/** Lowercase nouns that open a descriptive appositive after a person's name. */
// prettier-ignore
export const ROLE_NOUNS = new Set([
  'head', 'leader', 'chief', 'president', 'vice', 'chairman', 'chairwoman', 'chair', 'spokesman',
  'spokeswoman', 'spokesperson', 'director', 'minister', 'secretary', 'founder', 'co-founder', 'ceo',
  'member', 'editor', 'professor', 'author', 'deputy', 'former', 'senior', 'owner', 'governor', 'mayor',
  'commander', 'ambassador', 'envoy', 'son', 'daughter', 'wife', 'husband', 'brother', 'sister',
  'father', 'mother', 'widow', 'general', 'manager', 'coach', 'captain', 'lawyer', 'attorney', 'adviser',
  'advisor', 'analyst', 'economist', 'expert', 'researcher', 'scientist', 'historian', 'activist',
  'candidate', 'nominee', 'speaker', 'chancellor', 'prime', 'foreign', 'defence', 'defense', 'acting',
  'interim', 'executive', 'top', 'veteran', 'longtime', 'current', 'then', 'general', 'justice', 'judge',
  'prosecutor', 'officer', 'official', 'representative', 'senator', 'congressman', 'congresswoman',
  'lawmaker', 'legislator', 'partner', 'co-chair', 'commissioner', 'inspector', 'pastor', 'bishop',
  'archbishop', 'cardinal', 'rabbi', 'imam', 'king', 'queen', 'prince', 'princess', 'heir', 'director-general',
  'secretary-general', 'president-elect', 'presidential', 'opposition', 'party', 'self-described', 'ranking',
]);

export const isHead = (w: string) => w === w.toLowerCase() && (isOrgRoleHead(w) || isPersonRoleHead(w));
// prettier-ignore
export const CONNECTIVES = new Set(['and', 'or', 'but', 'nor', 'so', 'yet', 'where', 'which', 'who', 'when', 'while', 'as', 'if', 'though', 'although', 'because', 'since', 'until', 'after', 'before', 'then', 'not', 'with', 'without', 'in', 'on', 'at', 'by', 'for', 'from', 'to', 'of', 'said', 'says', 'inside', 'outside', 'near']);

/**
 * A short description that opens with a capital, closed by a comma: an employer and a job ("Acme
 * chief executive", "Apple CEO") or a party ("Republican of Texas"); no name of a person inside.
 */
export function capitalLedRole(ctx: RoleContext, from: number, end: number): boolean {
  const { tokens } = ctx;
  // "watched by his father,": a lower-case opening tells an event
  if (!isCapitalized(tokens[from]?.text ?? '')) return false;
  let head = -1;
  let k = from;
  for (; k < end && k - from < 6 && !STOPS.has(tokens[k]!.text); k++) {
    const w = tokens[k]!.text;
    if (ctx.inPersonName[k] || w === 'and' || QUOTES.has(w) || AUXILIARIES.has(w)) return false;
    if (w === w.toLowerCase() ? isPersonRoleHead(w) : isCapitalHead(w)) head = k;
  }
  if (head < 0) return false;
  // "said Lt. Jo Hale, Leeds Police Department spokesman.": at the sentence's end, the head closes it
  return tokens[k]?.text === ',' || ((k === end || tokens[k]?.text === '.') && head === k - 1);
}

/**
 * A job without an article opening an appositive: "physician at …", "clinical psychologist at …",
 * "co-author of the study": up to two describing words, then a head word (role-words.ts).
 */
export function bareJobAt(tokens: RoleContext['tokens'], i: number, end: number): boolean {
  for (let k = i; k < end && k < i + 3; k++) {
    const w = tokens[k]!.text;
    // "acclaimed London-based designer": words that qualify a person
    if (isDescribingParticiple(w) || (k > i && isAttachedAdjective(w))) continue;
    if (!/^\p{Ll}[\p{Ll}-]*$/u.test(w) || CONNECTIVES.has(w) || AUXILIARIES.has(w)) return false;
    if (isPersonRoleHead(w)) return true;
    if (/(?:ed|ing|ly)$/.test(w) && !w.includes('-')) return false;
  }
  return false;
}

/** Heads written with capitals: "CEO", "Democrat". */
const isCapitalHead = (w: string) => /^(?:CEO|CFO|COO|CTO)$/.test(w) || PARTY_NOUNS.has(w.toLowerCase());
// prettier-ignore
const PARTY_NOUNS = new Set(['democrat', 'republican', 'tory', 'conservative', 'liberal', 'socialist', 'libertarian', 'progressive', 'independent']);

/** A lower-case head word (role-words.ts) among tokens [from, end) before the description closes. */
export function describingWordIn(ctx: RoleContext, from: number, end: number, isPerson: boolean): boolean {
  for (let k = from; k < end && k - from < MAX_ROLE_TOKENS && !STOPS.has(ctx.tokens[k]!.text); k++) {
    const w = ctx.tokens[k]!.text;
    if (w === 'and' && ctx.mentionStart[k + 1]) return false;
    // "a Virginia Democrat", "the Apple CEO"
    if (isPerson && isCapitalHead(w)) return true;
    if (w !== w.toLowerCase()) continue;
    if (isPerson ? isPersonRoleHead(w) : isOrgRoleHead(w) || isPersonRoleHead(w)) return true;
  }
  return false;
}

/** A description that opens with its owner's name and 's: "Venezuela's vice president", "Tom Holt's wife". */
export function ownerLedRole(ctx: RoleContext, i: number, end: number, isPerson: boolean): boolean {
  const { tokens } = ctx;
  let k = i;
  while (k < end && k < i + 4 && isCapitalized(tokens[k]!.text)) k++;
  if (k === i || k + 1 >= end || !/^['’]s$/.test(tokens[k]!.text)) return false;
  return describingWordIn(ctx, k + 1, end, isPerson);
}

/** Plain words for a person, which role-words.ts leaves out as heads ("a man convicted of …"). */
// prettier-ignore
const PERSON_NOUNS = new Set(['man', 'woman', 'men', 'women', 'boy', 'girl', 'person', 'baby', 'songstress', 'actress', 'waitress', 'heiress', 'one']);

export function personNounIn(tokens: RoleContext['tokens'], from: number, end: number): boolean {
  for (let k = from; k < end && k - from < MAX_ROLE_TOKENS && !STOPS.has(tokens[k]!.text); k++) {
    const w = tokens[k]!.text;
    if (PERSON_NOUNS.has(w)) return true;
    // a job written with a capital: "a former Marine", "a Briton"
    if (k > from && isCapitalized(w) && isListedPersonHead(w)) return true;
  }
  return false;
}

/**
 * Where a place or a body lies, said after its name: "about 30 miles north of Denton", "near the
 * border", "north of the city", "at the far western edge of the chain", "on the outskirts of …".
 */
export function locationAt(tokens: RoleContext['tokens'], i: number): boolean {
  let k = i;
  const w = () => tokens[k]?.text ?? '';
  if (/^(?:about|some|roughly|around|just|nearly|almost|only|approximately)$/.test(w())) k++;
  if (
    /^[\d,.]+$/.test(w()) ||
    /^(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+-(?:mile|km|minute|hour))$/.test(w())
  ) {
    k++;
    if (
      !/^(?:miles?|kilometers?|kilometres?|km|mi|minutes?|hours?|feet|meters?|metres?)$/.test(w()) &&
      !/-/.test(tokens[k - 1]!.text)
    )
      return false;
    k++;
    if (/^(?:drive|walk|ride)$/.test(w())) k++;
    if (!DIRECTION_OF.test(w()) && !/^(?:from|outside|off|away)$/.test(w())) return false;
    return true;
  }
  if (DIRECTION_OF.test(w()) && /^(?:of|from)$/.test(tokens[k + 1]?.text ?? '')) return true;
  if (/^(?:near|outside|off|along|across|beside|overlooking)$/.test(w()))
    return /^(?:the|\p{Lu})/u.test(tokens[k + 1]?.text ?? '');
  if (/^(?:at|on|in)$/.test(w()) && tokens[k + 1]?.text === 'the') {
    for (let m = k + 2; m < k + 6; m++) {
      const x = tokens[m]?.text ?? '';
      if (LOCATION_PARTS.test(x)) return tokens[m + 1]?.text === 'of';
      if (!/^\p{Ll}[\p{Ll}-]*$/u.test(x)) return false;
    }
  }
  return false;
}
const DIRECTION_OF =
  /^(?:north|south|east|west|northeast|northwest|southeast|southwest|north-east|north-west|south-east|south-west|northeast|upstream|downstream|inland)$/;
const LOCATION_PARTS =
  /^(?:edge|tip|end|border|foot|mouth|shore|shores|coast|outskirts|heart|center|centre|banks?|fringes?|corner)$/;
