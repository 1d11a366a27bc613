/**
 * The description the article gives an entity right after its name:
 *  - an appositive after a name: "Jorge Rodriguez, head of Venezuela’s legislature," -> "head of ..."
 *  - a who-clause after a person: "Bradley, who heads the US Special Operations Command" ->
 *    "heads the US Special Operations Command"
 *  - a defining appositive after an organisation or place: "the Cartel of the Suns, an alleged
 *    drug-trafficking ring" -> "an alleged drug-trafficking ring"
 *  - a subject complement: "Cullen is an integral member of the recovery team" (role-complements.ts)
 * What may open such a description is in appositive-openings.ts, where it stops in role-ends.ts.
 * A person's title and description join with "; " ("Admiral; heads the ...").
 */
import { isCapitalized } from './mentions';
import { isTitleWord } from './titles';
import { isPersonRoleHead, isPlaceOnlyHead } from './role-words';
import { AUXILIARIES, DETERMINERS, MAX_ROLE_TOKENS, QUOTES, STOPS, clean, type RoleContext } from './role-context';
import {
  CONNECTIVES,
  ROLE_NOUNS,
  bareJobAt,
  capitalLedRole,
  describingWordIn,
  isHead,
  locationAt,
  ownerLedRole,
  personNounIn,
} from './appositive-openings';
import { CLAUSE_OPENING_PREPOSITIONS, pastVerbAt, tellsEvent, tellsPastEvent } from './relative-clauses';
import {
  CLAUSE_VERBS,
  COMPLEMENT_PARTICIPLES,
  RELATIVES,
  placedParticiple,
  startsDate,
  takesObject,
} from './role-ends';
import { NAMED_TO, complementAfter } from './role-complements';
import { partyTagAt } from './affiliations';
import { PLACE_KINDS, PLACE_WORDS } from './kinds-after';

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

// prettier-ignore
const LEADING_ADVERBS = new Set(['now', 'also', 'then', 'formerly', 'previously', 'once', 'himself', 'herself', 'itself']);

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
