/**
 * Roles: the description the article itself gives an entity.
 *  - a title before a person's name: "Venezuelan President Nicolas Maduro" -> "Venezuelan President"
 *  - an appositive after a name: "Jorge Rodriguez, head of Venezuela’s legislature," -> "head of ..."
 *  - a who-clause after a person: "Bradley, who heads the US Special Operations Command" ->
 *    "heads the US Special Operations Command"
 *  - a defining appositive after an organisation or place: "the Cartel of the Suns, an alleged
 *    drug-trafficking ring" -> "an alleged drug-trafficking ring"
 * A person's title and description join with "; " ("Admiral; heads the ...").
 */
import type { Token } from '../tokenize';
import { isCapitalized } from './mentions';
import { isAttachedAdjective, isDescribingParticiple } from './descriptors';
import { isHonorific, isTitleWord } from './titles';
import { isListedPersonHead, isOrgRoleHead, isPersonRoleHead, isPlaceOnlyHead } from './role-words';

/** Lowercase nouns that open a descriptive appositive after a person's name. */
// prettier-ignore
const ROLE_NOUNS = new Set([
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
const DETERMINERS = new Set(['a', 'an', 'the']);
// prettier-ignore
const STOPS = new Set([',', '.', ';', ':', ')', '!', '?', '—', '–']);
// prettier-ignore
const QUOTES = new Set(['”', '"', '’', "'", '“', '‘']);
const MAX_ROLE_TOKENS = 28;

export interface RoleContext {
  text: string;
  tokens: readonly Token[];
  /** sentence end token index (exclusive), per token */
  sentLast: Int32Array;
  /** is token i the first token of a mention (any type)? */
  mentionStart: Uint8Array;
  /** is token i part of a person's name? */
  inPersonName: Uint8Array;
  /** for the first token of an organisation's or a place's mention: its end token (exclusive); else 0 */
  placeOrOrgEnd?: Int32Array;
}

/** The title run before a name, as written, or null. */
export function titleBefore(ctx: RoleContext, titleFirst: number, first: number): string | null {
  if (titleFirst >= first || namesInside(ctx, titleFirst, first)) return null;
  // "Mr", "Mrs": a courtesy, not a role (the titled form still counts as an alias)
  let informative = false;
  for (let i = titleFirst; i < first; i++) if (!isHonorific(ctx.tokens[i]!.text)) informative = true;
  if (!informative) return null;
  return clean(ctx.text.slice(ctx.tokens[titleFirst]!.start, ctx.tokens[first - 1]!.end));
}

/** Whether a person's name stands among tokens [from, to): then they are no title ("American Kevin King and Australian"). */
export function namesInside(ctx: RoleContext, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (ctx.inPersonName[i]) return true;
  return false;
}

/** An appositive or who-clause right after a mention ending at token `last`, or null. */
export function descriptionAfter(ctx: RoleContext, last: number, isPerson: boolean): string | null {
  const { tokens } = ctx;
  const end = ctx.sentLast[last - 1] ?? tokens.length;
  let i = last;
  while (i < end && QUOTES.has(tokens[i]!.text)) i++; // "the “Cartel of the Suns”, an ..."
  // a party tag between the name and its description: "Rep. Brian Babin (R-TX), ranking member …"
  const tag = partyTagAt(ctx, i);
  if (tag) i = tag.after;
  // "Tom Lark (pictured), the chief executive …": a photo's pointer says nothing
  if (tokens[i]?.text === '(' && PHOTO_POINTERS.test(tokens[i + 1]?.text ?? '') && tokens[i + 2]?.text === ')') i += 3;
  const sep = tokens[i]?.text;
  // "Cullen is an integral member of the recovery team": the name's subject complement
  if (sep === 'is' || sep === 'was') return complementAfter(ctx, last, i + 1, end, isPerson);
  // "Chad Wolf has been named acting secretary"
  if ((sep === 'has' || sep === 'had') && tokens[i + 1]?.text === 'been' && NAMED_TO.has(tokens[i + 2]?.text ?? ''))
    return complementAfter(ctx, last, i + 2, end, isPerson);
  // "Harper — a young British filmmaker — had just found ..."
  if (i >= end || (sep !== ',' && sep !== '—' && sep !== '–')) return null;
  // "VIENNA — The house where …": a dateline, the story starts after the dash
  if (!isPerson && sep !== ',' && /^\p{Lu}[\p{Lu}.-]+$/u.test(tokens[last - 1]!.text)) return null;
  i++;
  // an age between commas comes before the description: "John Smith, 45, a teacher from Leeds,"
  // or a dash: "Braun, 38 – who manages …"
  if (i + 1 < end && /^\d{1,3}$/.test(tokens[i]!.text) && /^[,—–]$/.test(tokens[i + 1]!.text)) i += 2;
  if (i >= end) return null;
  const from = i;
  // "now a staff scientist at …", "also a member of …"
  if (
    i + 1 < end &&
    LEADING_ADVERBS.has(tokens[i]!.text.toLowerCase()) &&
    DETERMINERS.has(tokens[i + 1]!.text.toLowerCase())
  )
    i++;
  const w0 = tokens[i]!.text;
  const l0 = w0.toLowerCase();
  let start = from;
  /** a who-clause of a person or a which-clause of an organisation or a place */
  let clause = false;
  if (isPerson && l0 === 'who') {
    clause = true;
    // "who heads the US Special Operations Command" describes; "who openly lobbied for …" tells
    // what the person did, which the reader does not take for a role
    if (tellsEvent(tokens, i + 1, end) || tellsPastEvent(tokens, i + 1)) return null;
    // "who in 2008, won …": the clause goes on past the comma
    if (CLAUSE_OPENING_PREPOSITIONS.has(tokens[i + 1]?.text ?? '')) return null;
    start = i + 1;
    // "who is also the mayor of Leeds": the description after the verb
    if (/^(?:is|was)$/.test(tokens[start]?.text ?? '')) {
      let k = start + 1;
      if (/^(?:also|now|still)$/.test(tokens[k]?.text ?? '')) k++;
      if (
        DETERMINERS.has(tokens[k]?.text.toLowerCase() ?? '') &&
        (describingWordIn(ctx, k + 1, end, true) || personNounIn(tokens, k + 1, end))
      )
        start = k;
      // "who was considered unstable" says how the person is seen; "who was injured in 2018"
      // what happened to the person
      else if (COMPLEMENT_PARTICIPLES.has(tokens[k]?.text ?? '')) start = k;
      else if (/^\p{Ll}+ed$/u.test(tokens[k]?.text ?? '')) return null;
    }
  } else if (!isPerson && l0 === 'which') {
    // "Bellwether, which owns three hotels": what the body does or is; "which said on Monday",
    // "which reported losses" tell what it did
    const k = i + 1;
    const verb = tokens[k]?.text ?? '';
    if (tellsEvent(tokens, k, end)) return null;
    if (/^(?:is|was)$/.test(verb)) {
      if (!DETERMINERS.has(tokens[k + 1]?.text.toLowerCase() ?? '') || !describingWordIn(ctx, k + 2, end, false))
        return null;
      start = k + 1;
    } else if (/^\p{Ll}{3,}[^s]s$/u.test(verb) && !SAYING_VERBS.has(verb)) start = k;
    else return null;
    clause = true;
  } else if (!isPerson && l0 === 'home' && tokens[i + 1]?.text === 'to') {
    // "Varno, home to the oldest bridge in Europe"
  } else if (!isPerson && locationAt(tokens, i)) {
    // "Marwick, about 30 miles north of Denton,", "Kell Island, near the northern tip of the chain"
  } else if (
    isPerson &&
    /^(?:formerly|previously|once|now)$/.test(l0) &&
    /^(?:of|at|with)$/.test(tokens[i + 1]?.text ?? '')
  ) {
    // "Tom Lark, formerly of the State Department,"
  } else if (DETERMINERS.has(l0)) {
    // "an alleged ring", "the head of ...": not a list item ("the EU and Japan")
    const next = tokens[i + 1];
    if (!next) return null;
    // a name may lead the description when a describing word heads it ("a Boise State University
    // political scientist", "a London-based think tank"); without one it is a list ("the EU and Japan")
    // or a job written with a capital ("the U.S. Attorney for the district")
    if (
      (isCapitalized(next.text) || ctx.mentionStart[i + 1]) &&
      !describingWordIn(ctx, i + 1, end, isPerson) &&
      !(isPerson && personNounIn(tokens, i + 1, end))
    )
      return null;
    // a person is described by a word for a person: "X, the radically new fashions of Y, and …" is
    // the next item of a list
    if (isPerson && !describingWordIn(ctx, i + 1, end, true) && !personNounIn(tokens, i + 1, end)) return null;
  } else if (l0 === 'one' && tokens[i + 1]?.text === 'of') {
    // "one of his editors at Tor"
  } else if (
    !isPerson &&
    l0 === 'part' &&
    tokens[i + 1]?.text === 'of' &&
    isCapitalized(tokens[i + 2]?.text === 'the' ? (tokens[i + 3]?.text ?? '') : (tokens[i + 2]?.text ?? ''))
  ) {
    // "part of the Homeland Security Department"
  } else if (isPerson && (ROLE_NOUNS.has(l0) || (isTitleWord(w0) && !isCapitalized(w0)) || bareJobAt(tokens, i, end))) {
    // "head of Venezuela’s legislature"
  } else if (ownerLedRole(ctx, i, end, isPerson)) {
    // "Venezuela's vice president", "NASA's associate administrator of …", "Tom Holt's wife"
  } else if (isPerson && capitalLedRole(ctx, i, end)) {
    // "Tim Cook, Apple CEO, said", "John Cornyn, Republican of Texas, said"
  } else if (
    !isPerson &&
    w0 === l0 &&
    (isHead(w0) ||
      (isHead(tokens[i + 1]?.text ?? '') &&
        /^\p{Ll}[\p{L}-]*$/u.test(w0) &&
        !/(ed|ing|ly)$/.test(w0) &&
        !CONNECTIVES.has(w0)))
  ) {
    // "Boeing, prime contractor for the SLS core stage, …"
  } else {
    return null;
  }
  let j = start;
  let listGoesOn = false;
  // a relative clause inside an appositive ("a consultant for Amazon sellers who has …")
  let relative = -1;
  // a date ends a description: "the club's captain since 2010", "the mayor, elected in May"
  let dated = -1;
  while (j < end && !STOPS.has(tokens[j]!.text)) {
    if (!clause && relative < 0 && j > start && RELATIVES.has(tokens[j]!.text)) relative = j;
    if (dated < 0 && j > start + 1 && startsDate(tokens, j)) dated = j;
    // "Dubai's flagship carrier Emirates Airline finalized a deal …": a verb with its object makes
    // a clause, not a description
    if (!clause && relative < 0 && j > start && takesObject(tokens, j)) return null;
    // "who was considered unstable and had been investigated for …": a second clause tells events
    // "who owns a firm and headed out for …": a past event joined to a describing clause
    if (
      clause &&
      j > start &&
      tokens[j]!.text === 'and' &&
      (AUXILIARIES.has(tokens[j + 1]?.text ?? '') || pastVerbAt(tokens, j + 1))
    ) {
      listGoesOn = true;
      break;
    }
    if (QUOTES.has(tokens[j]!.text) && tokens[j]!.text !== '’' && tokens[j]!.text !== "'") return null;
    // "who was the director of X and Alex Azar, ...": the clause ends where a list of names goes on
    // "by Michael Wells, the philosopher Luis de Miranda weaves …": a description of the next name
    if (
      j > start &&
      ctx.mentionStart[j] &&
      ctx.inPersonName[j] &&
      !ctx.inPersonName[j - 1] &&
      isHead(tokens[j - 1]!.text)
    )
      return null;
    // "Frankfurt, the CDF team went to …": a new clause, not a description
    if (
      j > start &&
      start !== i + 1 &&
      isHead(tokens[j - 1]!.text) &&
      CLAUSE_VERBS.test(tokens[j]!.text) &&
      !placedParticiple(tokens, j)
    ) {
      // "Oliver Sacks — the late neurologist wrote about …": after a dash the new clause opens
      // with a description of the name
      if (sep !== ',' && isPerson && DETERMINERS.has(l0) && isPersonRoleHead(tokens[j - 1]!.text))
        return clean(ctx.text.slice(tokens[start]!.start, tokens[j - 1]!.end));
      return null;
    }
    if (AUXILIARIES.has(tokens[j]!.text) && !clause && relative < 0) return null;
    if (j > start && tokens[j]!.text === 'and' && ctx.mentionStart[j + 1]) {
      listGoesOn = true;
      break;
    }
    j++;
  }
  // the length that counts is what is kept: a relative clause after a long description is cut below
  const kept = relative > start + 2 ? relative : j;
  if (j === start || kept - start > MAX_ROLE_TOKENS || j - start > 2 * MAX_ROLE_TOKENS) return null;
  // The description must be closed: by a comma, the sentence end, or a dash/semicolon.
  if (j < end && !listGoesOn && !STOPS.has(tokens[j]!.text)) return null;
  // "HVAC, entertainment, and other settings": one bare word in a list
  if (j - start === 1 && tokens[j]?.text === ',' && /^(?:and|or)$/.test(tokens[j + 1]?.text ?? '')) return null;
  // "Face ID, a 12MP camera, and long battery life": a thing's list goes on with no name after
  // "and"; "Norwood Capital, a private equity firm, and …" has a word for a body
  if (
    !isPerson &&
    !clause &&
    tokens[j]?.text === ',' &&
    /^(?:and|or)$/.test(tokens[j + 1]?.text ?? '') &&
    !ctx.mentionStart[j + 2] &&
    DETERMINERS.has(l0) &&
    !describingWordIn(ctx, start, j, false) &&
    !tokens.slice(start, j).some((t) => PLACE_KINDS.has(t.text) || isPlaceOnlyHead(t.text) || PLACE_WORDS.test(t.text))
  )
    return null;
  // "According to Reuters, the agency's questions include …": after a name in an opening phrase,
  // the comma ends the phrase; only a description closed by a second comma is one
  if (
    !clause &&
    tokens[j]?.text !== ',' &&
    tokens[j]?.text !== '—' &&
    tokens[j]?.text !== '–' &&
    inOpeningPhrase(ctx, last)
  )
    return null;
  if (dated > start && (relative < 0 || dated < relative)) j = dated;
  // the description without its relative clause, when it says enough on its own ("an expert in
  // drug use at the University of York who did not work on the study"); "a group that has
  // applauded …" needs its clause
  if (relative > start + 2) j = relative;
  return clean(ctx.text.slice(tokens[start]!.start, tokens[j - 1]!.end));
}

const PHOTO_POINTERS = /^(?:pictured|left|right|above|below|center|centre|top|bottom|inset|second)$/;
/** Verbs that report what a body says or wants, not what it is. */
// prettier-ignore
const SAYING_VERBS = new Set(['says', 'claims', 'argues', 'denies', 'expects', 'plans', 'hopes', 'wants', 'insists', 'declines', 'faces', 'believes', 'warns', 'reports', 'disputes', 'admits', 'maintains', 'contends', 'estimates', 'predicts', 'declares']);

/**
 * Where a place or a body lies, said after its name: "about 30 miles north of Denton", "near the
 * border", "north of the city", "at the far western edge of the chain", "on the outskirts of …".
 */
function locationAt(tokens: RoleContext['tokens'], i: number): boolean {
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

const RELATIVES = new Set(['who', 'whose', 'which', 'that', 'where']);

/**
 * A participle that places or qualifies the head before it ("a rights group based in Geneva", "a
 * firm founded in 1990", "a charity known for …"), not the verb of a new clause ("the team
 * travelled to …").
 */
function placedParticiple(tokens: RoleContext['tokens'], j: number): boolean {
  const w = tokens[j]!.text;
  return (
    (COMPLEMENT_PARTICIPLES.has(w) || QUALIFYING_PARTICIPLES.has(w)) &&
    PARTICIPLE_PREPOSITIONS.has(tokens[j + 1]?.text ?? '')
  );
}
// prettier-ignore
const QUALIFYING_PARTICIPLES = new Set(['located', 'headquartered', 'founded', 'known', 'focused', 'dedicated', 'devoted', 'funded', 'backed', 'owned', 'established', 'formed', 'created', 'registered', 'specialized', 'specialised', 'affiliated', 'linked', 'tied', 'aligned', 'allied']);
// prettier-ignore
const CLAUSE_OPENING_PREPOSITIONS = new Set(['in', 'on', 'at', 'during', 'after', 'before', 'since', 'last', 'earlier', 'later', 'previously', 'once', 'until']);

/**
 * What follows "X is" / "X was" when it is a description: a determiner, then words that hold a
 * head word ("an integral member of the recovery team", "the country's top diplomat"), trimmed at
 * a relative clause or a date. Only for a name that opens its sentence (its subject).
 */
function complementAfter(ctx: RoleContext, last: number, from: number, end: number, isPerson: boolean): string | null {
  const { tokens } = ctx;
  let first = last - 1;
  while (first > 0 && !ctx.mentionStart[first]) first--;
  // "has been named" has its subject right before it; "is" / "was" may follow a name that is not
  // the subject ("they told Smith was …"), so there the name must open its sentence
  const passive = tokens[from - 1]?.text === 'been';
  if (!passive && first > 0 && ctx.sentLast[first - 1] === ctx.sentLast[first]) return null;
  let i = from;
  if (/^(?:also|now|still)$/.test(tokens[i]?.text ?? '')) i++;
  // "was named acting secretary": the office follows without an article
  const named = NAMED_TO.has(tokens[i]?.text ?? '') && isPerson;
  if (named) i++;
  else if (!DETERMINERS.has(tokens[i]?.text.toLowerCase() ?? '')) return null;
  if (i + 1 >= end) return null;
  if (named && DETERMINERS.has(tokens[i]!.text.toLowerCase())) i++;
  if (!describingWordIn(ctx, named ? i : i + 1, end, isPerson)) return null;
  let j = named ? i : i + 1;
  while (j < end && !STOPS.has(tokens[j]!.text)) {
    const w = tokens[j]!.text;
    if (RELATIVES.has(w) || startsDate(tokens, j) || takesObject(tokens, j)) break;
    // "a solutions provider focused on …": the description ends before a participle's phrase
    if (j > i + 2 && /^\p{Ll}{3,}(?:ed|ing)$/u.test(w) && PARTICIPLE_PREPOSITIONS.has(tokens[j + 1]?.text ?? ''))
      if (describingWordIn(ctx, i + 1, j, isPerson)) break;
    if (QUOTES.has(w) && w !== '’' && w !== "'") return null;
    if (w === 'and' && ctx.mentionStart[j + 1]) break;
    // run-in text (a caption without its stop): a capital after a lower-case word starts a sentence
    if (/^(?:But|And|The|A|An|He|She|They|It|This|In|On)$/.test(w)) return null;
    j++;
  }
  if (j - i < (named ? 1 : 2) || j - i > MAX_ROLE_TOKENS) return null;
  // the head must stand within what is kept ("a lot of time" says nothing)
  if (!describingWordIn(ctx, named ? i : i + 1, j, isPerson)) return null;
  return clean(ctx.text.slice(tokens[i]!.start, tokens[j - 1]!.end));
}

const PARTICIPLE_PREPOSITIONS = new Set(['on', 'in', 'at', 'by', 'for', 'with', 'to', 'from', 'across']);

/** Verbs after which an office is given: "was named acting secretary". */
const NAMED_TO = new Set(['named', 'appointed', 'elected', 'promoted', 'hired']);

const MONTHS =
  /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\.?|Feb\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)$/;
const WEEKDAYS = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;

/** A date phrase at token j: "in 2010", "since March", "on Tuesday", "last year". */
function startsDate(tokens: RoleContext['tokens'], j: number): boolean {
  const w = tokens[j]!.text;
  const next = tokens[j + 1]?.text ?? '';
  if (w === 'in' || w === 'since' || w === 'on' || w === 'until')
    return /^(?:1[89]|20)\d\d$/.test(next) || MONTHS.test(next) || WEEKDAYS.test(next);
  if (w === 'for')
    return (
      /^(?:years|decades|months|weeks)$/.test(next) ||
      (next === 'a' && /^(?:decade|year|while)$/.test(tokens[j + 2]?.text ?? ''))
    );
  if (w === 'last' || w === 'this')
    return /^(?:week|month|year|season|spring|summer|fall|autumn|winter|night)$/.test(next);
  return false;
}

/** Words in -ed that take a complement, not an object, in a description ("a group called …"). */
// prettier-ignore
const COMPLEMENT_PARTICIPLES = new Set(['called', 'named', 'dubbed', 'nicknamed', 'titled', 'entitled', 'considered', 'deemed', 'branded', 'labeled', 'labelled', 'crowned', 'elected', 'appointed', 'voted', 'renamed', 'based', 'listed', 'ranked', 'rated']);

/** A past-tense verb with its object at token j ("finalized a deal", "founded the company"). */
function takesObject(tokens: RoleContext['tokens'], j: number): boolean {
  const w = tokens[j]!.text;
  if (!/^\p{Ll}{3,}ed$/u.test(w) || COMPLEMENT_PARTICIPLES.has(w)) return false;
  const prev = tokens[j - 1]?.text ?? '';
  // "a recently formed group": the participle describes what follows
  if (/ly$/.test(prev) || DETERMINERS.has(prev.toLowerCase())) return false;
  return /^(?:a|an|the|its|his|her|their|our|my)$/.test(tokens[j + 1]?.text ?? '');
}

/** Whether the name ending at `last` stands in a phrase opening its sentence with a preposition ("According to X,"). */
function inOpeningPhrase(ctx: RoleContext, last: number): boolean {
  const { tokens } = ctx;
  let k = last - 1;
  const sentence = ctx.sentLast[k];
  while (k > 0 && ctx.sentLast[k - 1] === sentence) {
    k--;
    const w = tokens[k]!.text;
    if (STOPS.has(w) || QUOTES.has(w) || AUXILIARIES.has(w)) return false;
  }
  return OPENING_PREPOSITIONS.has(tokens[k]!.text);
}
// prettier-ignore
const OPENING_PREPOSITIONS = new Set(['According', 'In', 'For', 'After', 'Before', 'Like', 'Unlike', 'Despite', 'With', 'Without', 'Under', 'From', 'Since', 'During', 'At', 'On', 'By', 'Among', 'Beyond', 'Besides', 'Per', 'Via']);

/** A party tag in brackets at token i ("(D-Minn.)", "(R-TX)"): its text and the token after it. */
export function partyTagAt(ctx: RoleContext, i: number): { text: string; after: number } | null {
  const { tokens } = ctx;
  // set off by commas: "Sen. Jane Holt, R-Texas, said"; `after` is the closing comma, where a
  // description may follow
  if (tokens[i]?.text === ',') {
    for (let k = i + 1; k < tokens.length && k <= i + 4; k++) {
      if (tokens[k]!.text !== ',') continue;
      const inner = k > i + 1 ? ctx.text.slice(tokens[i + 1]!.start, tokens[k - 1]!.end) : '';
      return BARE_PARTY_TAG.test(inner) ? { text: inner, after: k } : null;
    }
    return null;
  }
  if (tokens[i]?.text !== '(') return null;
  for (let k = i + 1; k < tokens.length && k <= i + 8; k++) {
    if (tokens[k]!.text !== ')') continue;
    const inner = ctx.text.slice(tokens[i]!.start, tokens[k]!.end);
    return PARTY_TAG.test(inner) ? { text: inner, after: k + 1 } : null;
  }
  return null;
}
const BARE_PARTY_TAG = /^(?:D|R|I)-[A-Z][A-Za-z.]{0,12}(?:\s[A-Z][A-Za-z.]{0,12})?$/;
const PARTY_TAG = /^\((?:D|R|I|Dem|Rep|Ind)\s?[-–—.,]\s?[A-Z][A-Za-z.]{0,12}(?:\s[A-Z][A-Za-z.]{0,12})?\)$/;

/**
 * The body a person is "of" or "at", written right after the name: "Brian Batko of the Pittsburgh
 * Post-Gazette", "Michael Shadlen, Ph.D., of Columbia University", "Mitch McConnell of Kentucky";
 * `at` too when asked ("the immunologist X at the University of Pennsylvania").
 */
export function affiliationAfter(ctx: RoleContext, last: number, withAt: boolean): string | null {
  const { tokens } = ctx;
  const ends = ctx.placeOrOrgEnd;
  if (!ends) return null;
  let i = last;
  // ", Ph.D.," ", MD," ", 55,"
  if (tokens[i]?.text === ',') {
    let k = i + 1;
    while (k < tokens.length && k <= i + 5 && tokens[k]!.text !== ',') k++;
    if (tokens[k]?.text !== ',' || !DEGREE.test(ctx.text.slice(tokens[i + 1]!.start, tokens[k - 1]!.end))) return null;
    i = k + 1;
  }
  const prep = tokens[i]?.text;
  if (prep !== 'of' && !(withAt && prep === 'at')) return null;
  let k = i + 1;
  if (tokens[k]?.text === 'the') k++;
  const stop = ends[k] ?? 0;
  if (stop <= k || ctx.sentLast[k] !== ctx.sentLast[last - 1]) return null;
  // "X of Y's Z": the body is Z ("of Columbia University's … Institute")
  let to = stop;
  while (/^['’]s$/.test(tokens[to]?.text ?? '') && (ends[to + 1] ?? 0) > to + 1) to = ends[to + 1]!;
  // "of Aberdeen, Scotland": the place it lies in, set off by a comma, belongs to it
  const within = ends[to + 1] ?? 0;
  if (
    tokens[to]?.text === ',' &&
    within > to + 1 &&
    ctx.sentLast[to + 1] === ctx.sentLast[last - 1] &&
    (within >= tokens.length || /^[,.;:)]$/.test(tokens[within]!.text)) &&
    tokens[within + 1]?.text !== 'and'
  )
    to = within;
  return clean(ctx.text.slice(tokens[i]!.start, tokens[to - 1]!.end));
}
const DEGREE = /^(?:Ph\.?\s?D\.?|M\.?D\.?|MBA|M\.?P\.?H\.?|R\.?N\.?|Jr\.?|Sr\.?|\d{1,3})$/;

/** What an organisation or a place is called right after its name ("the Interfax news agency"). */
export function kindAfter(
  ctx: RoleContext,
  nameFirst: number,
  last: number,
  isPlace: boolean,
  words: number,
): string | null {
  const { tokens } = ctx;
  let j = last;
  while (
    j < tokens.length &&
    j - last < 4 &&
    /^\p{Ll}[\p{Ll}-]*$/u.test(tokens[j]!.text) &&
    !KIND_STOPS.has(tokens[j]!.text)
  )
    j++;
  if (j === last) return null;
  const head = tokens[j - 1]!.text;
  // a plural is a verb or other things ("the Budget Office projects that …", "NASA delivery services")
  const ok = isPlace
    ? PLACE_KINDS.has(head) || (words >= 2 && FACILITY_KINDS.has(head))
    : isOrgRoleHead(head) && !VAGUE_ORG_KINDS.has(head) && !head.endsWith('s');
  if (!ok) return null;
  // only the phrase's end: "the Chicago city council" is the council, not Chicago; "NASA
  // supplier SpaceX" describes SpaceX
  const next = tokens[j]?.text ?? '.';
  if (/^\p{L}/u.test(next) && !KIND_STOPS.has(next)) return null;
  // the modifiers in front of the name belong to the kind: "the remote Russian Tuva region"
  let from = nameFirst;
  while (
    from > 0 &&
    from > nameFirst - 4 &&
    ctx.sentLast[from - 1] === ctx.sentLast[nameFirst] &&
    /^(?:\p{Ll}[\p{Ll}-]*|\p{Lu}\p{Ll}+n)$/u.test(tokens[from - 1]!.text) &&
    !KIND_STOPS.has(tokens[from - 1]!.text)
  )
    from--;
  if (
    from > 0 &&
    ctx.sentLast[from - 1] === ctx.sentLast[nameFirst] &&
    DETERMINERS.has(tokens[from - 1]!.text.toLowerCase())
  )
    from--;
  // "an El Paso facility" is a facility in El Paso, not El Paso
  if (/^an?$/i.test(tokens[from]!.text) && from < nameFirst) return null;
  const lead = from < nameFirst ? `${clean(ctx.text.slice(tokens[from]!.start, tokens[nameFirst - 1]!.end))} ` : '';
  return lead + clean(ctx.text.slice(tokens[last]!.start, tokens[j - 1]!.end));
}
// prettier-ignore
const KIND_STOPS = new Set(['in', 'of', 'at', 'on', 'to', 'for', 'from', 'with', 'by', 'and', 'or', 'but', 'that', 'which', 'who', 'said', 'says', 'has', 'have', 'had', 'is', 'was', 'are', 'were', 'will', 'would', 'could', 'can', 'may', 'might', 'should', 'must', 'did', 'does', 'do', 'also', 'then', 'as', 'than', 'not', 'been', 'be', 'reported', 'announced', 'told', 'after', 'before', 'when', 'while', 'since', 'until', 'where', 'its', 'his', 'her', 'their', 'the', 'a', 'an', 'last', 'this', 'next']);
/** What a place is called after its name ("the Tuva region"), and the facilities a place name may be. */
// prettier-ignore
const PLACE_KINDS = new Set(['region', 'province', 'county', 'district', 'island', 'islands', 'peninsula', 'neighborhood', 'neighbourhood', 'suburb', 'village', 'town', 'valley', 'prefecture', 'oblast', 'territory', 'municipality', 'borough']);
/** Other words a place is called by ("a city of 2 million"). */
const PLACE_WORDS = /^(?:city|state|country|capital|nation|area|community)$/;
// prettier-ignore
const FACILITY_KINDS = new Set(['center', 'centre', 'hospital', 'airport', 'stadium', 'arena', 'prison', 'museum', 'facility', 'base', 'camp', 'park']);
/** Organisation words that after a name mostly say something else ("the Microsoft team", "the Trump campaign"). */
// prettier-ignore
const VAGUE_ORG_KINDS = new Set(['group', 'team', 'office', 'app', 'site', 'website', 'campaign', 'program', 'programme', 'project', 'initiative', 'service', 'platform', 'unit', 'division', 'arm', 'wing', 'board', 'panel', 'state', 'city', 'town', 'country', 'nation', 'border', 'capital', 'region', 'county', 'district', 'venture', 'fund', 'party', 'brand', 'label', 'chain', 'league', 'club', 'squad', 'franchise', 'band', 'paper', 'deal', 'port', 'camp', 'prison']);

const isHead = (w: string) => w === w.toLowerCase() && (isOrgRoleHead(w) || isPersonRoleHead(w));
// prettier-ignore
const CONNECTIVES = new Set(['and', 'or', 'but', 'nor', 'so', 'yet', 'where', 'which', 'who', 'when', 'while', 'as', 'if', 'though', 'although', 'because', 'since', 'until', 'after', 'before', 'then', 'not', 'with', 'without', 'in', 'on', 'at', 'by', 'for', 'from', 'to', 'of', 'said', 'says', 'inside', 'outside', 'near']);
/**
 * A who-clause that tells what happened rather than who the person is: it opens with a modal
 * ("who will testify Thursday") or is dated ("who openly lobbied … on Thursday night").
 */
function tellsEvent(tokens: RoleContext['tokens'], from: number, end: number): boolean {
  if (/^(?:will|would|could|should|can|may|might|must)$/i.test(tokens[from]?.text ?? '')) return true;
  // a role is not denied: "who did not work on the study", "who hadn’t sung in years"
  for (let k = from; k < from + 3 && k < end; k++)
    if (/^(?:not|never|n[’']t|\p{Ll}+n[’']t)$/u.test(tokens[k]!.text)) return true;
  for (let k = from; k < end && k - from < MAX_ROLE_TOKENS && !STOPS.has(tokens[k]!.text); k++) {
    if (
      /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|tonight|overnight)$/.test(
        tokens[k]!.text,
      )
    )
      return true;
    // a stretch of a game or a day: "who sat out the third period", "who scored in the first half"
    if (ORDINALS.test(tokens[k]!.text) && SPANS_OF_TIME.test(tokens[k + 1]?.text ?? '')) return true;
  }
  return false;
}

/**
 * A who-clause whose verb is a past event: "who spoke at a rally", "who tweeted about the case",
 * "who scored twice". A past verb that gives what the person made or held still describes: "who
 * founded the firm", "who co-edited the book", "who led the team".
 */
function tellsPastEvent(tokens: RoleContext['tokens'], from: number): boolean {
  let k = from;
  while (
    k < from + 2 &&
    /^(?:\p{Ll}+ly|later|once|also|then|previously|formerly|famously|first)$/u.test(tokens[k]?.text ?? '')
  )
    k++;
  const w = tokens[k]?.text ?? '';
  if (DESCRIBING_PAST.has(w.replace(/^co-/, ''))) return false;
  return (/^\p{Ll}{2,}ed$/u.test(w) && !COMPLEMENT_PARTICIPLES.has(w)) || EVENT_PAST.has(w);
}
/** A verb in the past ("headed", "sold"): after "and" in a present clause, a second clause. */
function pastVerbAt(tokens: RoleContext['tokens'], k: number): boolean {
  const w = tokens[k]?.text ?? '';
  return /^\p{Ll}{2,}ed$/u.test(w) || EVENT_PAST.has(w) || DESCRIBING_PAST.has(w);
}
/** Past verbs that say what a person made, held or did for a living. */
// prettier-ignore
const DESCRIBING_PAST = new Set(['founded', 'created', 'wrote', 'edited', 'directed', 'designed', 'invented', 'built', 'established', 'launched', 'developed', 'produced', 'composed', 'led', 'headed', 'ran', 'chaired', 'served', 'managed', 'coached', 'owned', 'taught', 'studied', 'worked', 'represented', 'played', 'starred', 'hosted', 'pioneered', 'discovered', 'authored', 'commanded', 'oversaw', 'presided', 'governed', 'ruled', 'captained', 'anchored', 'fronted', 'sang', 'painted', 'trained', 'became', 'helped', 'used', 'spent', 'lived', 'grew']);
/** Irregular past verbs that tell an event. */
// prettier-ignore
const EVENT_PAST = new Set(['spoke', 'said', 'told', 'sat', 'went', 'came', 'met', 'saw', 'won', 'lost', 'took', 'gave', 'got', 'made', 'left', 'fell', 'hit', 'threw', 'shot', 'drove', 'flew', 'stood', 'sent', 'brought', 'bought', 'heard', 'found', 'wore', 'broke', 'caught', 'ate', 'drank', 'paid', 'sold', 'felt', 'thought', 'knew', 'tweeted', 'posted', 'shared']);

const ORDINALS = /^(?:first|second|third|fourth|fifth|final|last|opening|closing|\d+(?:st|nd|rd|th))$/;
const SPANS_OF_TIME =
  /^(?:period|quarter|half|inning|innings|round|set|lap|leg|stage|minute|minutes|game|match|day|night)$/;

// prettier-ignore
const AUXILIARIES = new Set(['was', 'is', 'are', 'were', 'has', 'have', 'had', 'will', 'would', 'could', 'can', 'did', 'does', 'do']);
/** A verb right after a description's head word starts a clause: "the team went", "workers completed". */
const CLAUSE_VERBS =
  /^(?:[a-z]+ed|went|made|took|gave|found|came|got|saw|told|said|says|began|left|won|lost|put|ran|set|held|kept|led|met|paid|sent|spent|stood|thought|wrote)$/;
// prettier-ignore
const LEADING_ADVERBS = new Set(['now', 'also', 'then', 'formerly', 'previously', 'once', 'himself', 'herself', 'itself']);

/**
 * A short description that opens with a capital, closed by a comma: an employer and a job ("Acme
 * chief executive", "Apple CEO") or a party ("Republican of Texas"); no name of a person inside.
 */
function capitalLedRole(ctx: RoleContext, from: number, end: number): boolean {
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
function bareJobAt(tokens: RoleContext['tokens'], i: number, end: number): boolean {
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
function describingWordIn(ctx: RoleContext, from: number, end: number, isPerson: boolean): boolean {
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
function ownerLedRole(ctx: RoleContext, i: number, end: number, isPerson: boolean): boolean {
  const { tokens } = ctx;
  let k = i;
  while (k < end && k < i + 4 && isCapitalized(tokens[k]!.text)) k++;
  if (k === i || k + 1 >= end || !/^['’]s$/.test(tokens[k]!.text)) return false;
  return describingWordIn(ctx, k + 1, end, isPerson);
}

/** Plain words for a person, which role-words.ts leaves out as heads ("a man convicted of …"). */
// prettier-ignore
const PERSON_NOUNS = new Set(['man', 'woman', 'men', 'women', 'boy', 'girl', 'person', 'baby', 'songstress', 'actress', 'waitress', 'heiress', 'one']);

function personNounIn(tokens: RoleContext['tokens'], from: number, end: number): boolean {
  for (let k = from; k < end && k - from < MAX_ROLE_TOKENS && !STOPS.has(tokens[k]!.text); k++) {
    const w = tokens[k]!.text;
    if (PERSON_NOUNS.has(w)) return true;
    // a job written with a capital: "a former Marine", "a Briton"
    if (k > from && isCapitalized(w) && isListedPersonHead(w)) return true;
  }
  return false;
}

function clean(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}
