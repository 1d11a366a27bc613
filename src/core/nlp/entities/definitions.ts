/**
 * The type an article's own definition gives a name: "Cary Towne Center is a shopping mall in
 * Cary" (an organisation), "Cliddesden railway station was a railway station" (a place),
 * "Charan Jeath Singh is a Fiji Indian politician" (a person). A sentence that opens with the
 * name, then "is" or "was" and a noun phrase: the phrase's head noun (its last word before a
 * preposition, a clause or a comma) says what the name is. Encyclopaedic articles open this way,
 * and news uses it to introduce groups ("Tren de Aragua is a gang").
 */
import type { RoleContext } from './role-context';

/** MISC: a work, an event, a group of people: not a person, an organisation or a place. */
export type DefinedType = 'PER' | 'LOC' | 'ORG' | 'MISC';

const COPULAS = new Set(['is', 'was', 'are', 'were']);
const OPENERS = new Set(['a', 'an', 'the']);
/** Words that end the noun phrase: its head is the word before. */
// prettier-ignore
const PHRASE_ENDS = new Set([
  'in', 'of', 'on', 'at', 'from', 'for', 'with', 'by', 'near', 'located', 'based', 'that', 'which', 'who', 'whose',
  'and', 'or', 'to', 'since', 'between', 'founded', 'formed', 'established', 'born', 'serving', 'owned', 'operated',
  ',', '.', ';', ':', '(', ')', '—', '–',
]);
const MAX_PHRASE_WORDS = 8;

// prettier-ignore
const ORG_NOUNS = [
  'band', 'group', 'company', 'corporation', 'firm', 'organization', 'organisation', 'team', 'club', 'university',
  'college', 'school', 'mall', 'airline', 'party', 'orchestra', 'label', 'agency', 'newspaper', 'magazine',
  'manufacturer', 'retailer', 'bank', 'league', 'association', 'federation', 'society', 'institute', 'laboratory',
  'charity', 'foundation', 'union', 'chain', 'ensemble', 'duo', 'trio', 'quartet', 'choir', 'publisher', 'broadcaster',
  'conglomerate', 'subsidiary', 'militia', 'gang', 'cartel', 'ministry', 'department', 'council', 'committee',
  'network', 'studio', 'brewery', 'hospital', 'museum', 'academy', 'broadcaster',
];
/** Words before "station" that make it a broadcaster, not a place. */
const BROADCAST = new Set(['radio', 'television', 'tv']);
// prettier-ignore
const PLACE_NOUNS = [
  'village', 'town', 'city', 'hamlet', 'suburb', 'neighbourhood', 'neighborhood', 'district', 'county', 'province',
  'region', 'country', 'island', 'river', 'lake', 'mountain', 'park', 'reservoir', 'dock', 'street', 'road', 'square',
  'settlement', 'municipality', 'parish', 'commune', 'valley', 'bay', 'peninsula', 'constituency', 'borough',
  'capital', 'pond', 'brook', 'creek', 'canal', 'harbour', 'harbor', 'peak', 'volcano', 'desert', 'forest', 'glacier',
  'archipelago', 'neighbourhoods', 'township', 'locality', 'state', 'territory', 'station', 'halt', 'junction',
  'track', 'circuit', 'facility', 'arena', 'venue', 'stadium',
];
// prettier-ignore
const OTHER_NOUNS = [
  'album', 'single', 'song', 'series', 'film', 'movie', 'novel', 'book', 'video', 'compilation', 'minority',
  'language', 'dialect', 'tournament', 'championship', 'award', 'prize', 'festival', 'holiday', 'anniversary', 'war',
  'battle', 'opera', 'musical', 'sitcom', 'soundtrack', 'ep', 'anthology', 'documentary', 'game', 'franchise',
];
// prettier-ignore
const PERSON_NOUNS = [
  'politician', 'singer', 'actor', 'actress', 'player', 'footballer', 'writer', 'author', 'poet', 'painter', 'musician',
  'composer', 'guitarist', 'drummer', 'bassist', 'rapper', 'producer', 'director', 'businessman', 'businesswoman',
  'journalist', 'scientist', 'mathematician', 'physicist', 'chemist', 'engineer', 'architect', 'lawyer', 'judge',
  'soldier', 'officer', 'priest', 'bishop', 'boxer', 'wrestler', 'cyclist', 'swimmer', 'athlete', 'coach', 'pitcher',
  'golfer', 'comedian', 'philosopher', 'historian', 'economist', 'activist', 'diplomat', 'explorer', 'pianist',
  'violinist', 'conductor', 'dancer', 'photographer', 'designer', 'chef', 'artist', 'sculptor', 'novelist',
  'screenwriter', 'entrepreneur', 'inventor', 'astronaut', 'surfer', 'songwriter', 'patient',
  'presenter', 'commentator', 'cricketer', 'jockey', 'skater', 'skier', 'sprinter', 'runner', 'playwright', 'critic',
  'linguist', 'theologian', 'physician', 'surgeon', 'nurse', 'pilot', 'sailor', 'admiral', 'colonel', 'lieutenant',
  'governor', 'senator', 'mayor', 'monarch', 'king', 'queen', 'prince', 'princess', 'emperor', 'empress', 'saint',
  'missionary', 'biologist', 'botanist', 'zoologist', 'geologist', 'astronomer', 'psychologist', 'sociologist',
  'anthropologist', 'archaeologist', 'educator', 'teacher', 'professor', 'scholar', 'vocalist', 'keyboardist',
  'trumpeter', 'saxophonist', 'cellist', 'organist', 'choreographer', 'filmmaker', 'cartoonist', 'illustrator',
  'midfielder', 'defender', 'striker', 'goalkeeper', 'quarterback', 'outfielder', 'infielder', 'catcher', 'winger',
  'batsman', 'bowler', 'racer', 'rider', 'climber', 'mountaineer',
];

const NOUN_TYPES = new Map<string, DefinedType>([
  ...ORG_NOUNS.map((w) => [w, 'ORG'] as const),
  ...PLACE_NOUNS.map((w) => [w, 'LOC'] as const),
  ...PERSON_NOUNS.map((w) => [w, 'PER'] as const),
  ...OTHER_NOUNS.map((w) => [w, 'MISC'] as const),
]);

/**
 * The type a definition right after the mention at tokens [first, last) gives it, or null: the
 * mention opens its sentence ("The" may come first), an optional parenthesis follows ("(born
 * 1970)", "( née Stone )"), then "is/was a/an/the ... noun".
 */
export function definedType(
  ctx: Pick<RoleContext, 'tokens' | 'sentLast'>,
  first: number,
  last: number,
): DefinedType | null {
  const { tokens, sentLast } = ctx;
  const end = sentLast[first]!;
  const startsSentence = (k: number) => k === 0 || sentLast[k - 1] !== end;
  if (
    !startsSentence(first) &&
    !(first > 0 && tokens[first - 1]!.text.toLowerCase() === 'the' && startsSentence(first - 1))
  )
    return null;
  let i = last;
  if (i < end && tokens[i]!.text === '(') {
    let depth = 0;
    for (; i < end; i++) {
      if (tokens[i]!.text === '(') depth++;
      else if (tokens[i]!.text === ')' && --depth === 0) break;
    }
    i++;
  }
  if (i < end && tokens[i]!.text === ',') i++; // "883JIA FM , is a Chinese radio station"
  if (i >= end || !COPULAS.has(tokens[i]!.text)) return null;
  i++;
  if (i < end && OPENERS.has(tokens[i]!.text)) i++;
  else return null;
  const phrase = nounPhrase(tokens, i, end, MAX_PHRASE_WORDS, false);
  if (!phrase || (phrase.next < end && !PHRASE_ENDS.has(tokens[phrase.next]!.text.toLowerCase()))) return null;
  const { head, before } = phrase;
  const noun = head.toLowerCase();
  if (noun === 'station' && before !== null && BROADCAST.has(before.toLowerCase())) return 'ORG';
  return NOUN_TYPES.get(noun) ?? null;
}

/**
 * The type an appositive right after the mention at tokens [first, last) gives it, or null:
 * "Web of Angels, a cyberpunk book", "Mary's Center, a community health center" is not read
 * (a centre may be either), "Kent, a town in …": a comma, "a" or "an", then a short noun phrase
 * whose head noun says what the name is.
 */
export function appositiveType(
  ctx: Pick<RoleContext, 'tokens' | 'sentLast'>,
  first: number,
  last: number,
): DefinedType | null {
  const { tokens, sentLast } = ctx;
  const end = sentLast[first]!;
  const i = last;
  if (i + 1 >= end || tokens[i]!.text !== ',' || !APPOSITIVE_OPENERS.has(tokens[i + 1]!.text)) return null;
  // a name inside the phrase ("a Boeing engineer" says what the person is, "a Paris firm" too,
  // but "a Smith" does not): capitalised words are no head
  const phrase = nounPhrase(tokens, i + 2, end, MAX_APPOSITIVE_WORDS, true);
  if (!phrase || phrase.next >= end || !PHRASE_ENDS.has(tokens[phrase.next]!.text.toLowerCase())) return null;
  return NOUN_TYPES.get(phrase.head.toLowerCase()) ?? null;
}

/**
 * The short phrase from token `from` up to the first phrase end ("in", "of", a comma, ...) or
 * `maxWords` words: its last word (the head noun), the word before it, and where it stopped.
 * With `namesAreNoHead`, a capitalised last word gives no head. Null when there is no head.
 */
function nounPhrase(
  tokens: RoleContext['tokens'],
  from: number,
  end: number,
  maxWords: number,
  namesAreNoHead: boolean,
): { head: string; before: string | null; next: number } | null {
  let head: string | null = null;
  let before: string | null = null;
  let i = from;
  for (let n = 0; i < end && n < maxWords; i++, n++) {
    const w = tokens[i]!.text;
    if (PHRASE_ENDS.has(w.toLowerCase())) break;
    before = head;
    head = namesAreNoHead && /^\p{Lu}/u.test(w) ? null : w;
  }
  return head === null ? null : { head, before, next: i };
}

const APPOSITIVE_OPENERS = new Set(['a', 'an']);
const MAX_APPOSITIVE_WORDS = 5;
