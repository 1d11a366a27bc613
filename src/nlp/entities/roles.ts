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
import { isTitleWord } from './titles';

/** Lowercase nouns that open a descriptive appositive after a person's name. */
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
  'secretary-general', 'president-elect', 'presidential', 'opposition', 'party', 'self-described',
]);
const DETERMINERS = new Set(['a', 'an', 'the']);
const STOPS = new Set([',', '.', ';', ':', ')', '!', '?', '—', '–']);
const QUOTES = new Set(['”', '"', '’', "'", '“', '‘']);
const MAX_ROLE_TOKENS = 16;

export interface RoleContext {
  text: string;
  tokens: readonly Token[];
  /** sentence end token index (exclusive), per token */
  sentLast: Int32Array;
  /** is token i the first token of a mention (any type)? */
  mentionStart: Uint8Array;
}

/** The title run before a name, as written, or null. */
export function titleBefore(ctx: RoleContext, titleFirst: number, first: number): string | null {
  if (titleFirst >= first) return null;
  // "Mr", "Mrs": a courtesy, not a role (the titled form still counts as an alias)
  let informative = false;
  for (let i = titleFirst; i < first; i++) if (!HONORIFICS.has(ctx.tokens[i]!.text.toLowerCase().replace(/\.$/, ''))) informative = true;
  if (!informative) return null;
  return clean(ctx.text.slice(ctx.tokens[titleFirst]!.start, ctx.tokens[first - 1]!.end));
}

const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'miss', 'mx', 'messrs', 'madam', 'madame', 'mme', 'herr', 'frau', 'señor', 'senor', 'señora', 'senora', 'monsieur', 'm']);

/** An appositive or who-clause right after a mention ending at token `last`, or null. */
export function descriptionAfter(ctx: RoleContext, last: number, isPerson: boolean): string | null {
  const { tokens } = ctx;
  const end = ctx.sentLast[last - 1] ?? tokens.length;
  let i = last;
  while (i < end && QUOTES.has(tokens[i]!.text)) i++; // "the “Cartel of the Suns”, an ..."
  if (i >= end || tokens[i]!.text !== ',') return null;
  i++;
  // an age between commas comes before the description: "John Smith, 45, a teacher from Leeds,"
  if (i + 1 < end && /^\d{1,3}$/.test(tokens[i]!.text) && tokens[i + 1]!.text === ',') i += 2;
  if (i >= end) return null;
  const w0 = tokens[i]!.text;
  const l0 = w0.toLowerCase();
  let from = i;
  if (isPerson && l0 === 'who') {
    from = i + 1;
  } else if (DETERMINERS.has(l0)) {
    // "an alleged ring", "the head of ...": not a list item ("the EU and Japan")
    const next = tokens[i + 1];
    if (!next || isCapitalized(next.text) || ctx.mentionStart[i + 1]) return null;
  } else if (isPerson && (ROLE_NOUNS.has(l0) || (isTitleWord(w0) && !isCapitalized(w0)))) {
    // "head of Venezuela’s legislature"
  } else if (isPerson && isCapitalized(w0) && i + 2 < end && /^['’]s$/.test(tokens[i + 1]!.text) && ROLE_NOUNS.has(tokens[i + 2]!.text.toLowerCase())) {
    // "Venezuela's vice president"
  } else {
    return null;
  }
  let j = from;
  while (j < end && !STOPS.has(tokens[j]!.text)) {
    if (QUOTES.has(tokens[j]!.text) && tokens[j]!.text !== '’' && tokens[j]!.text !== "'") return null;
    j++;
  }
  if (j === from || j - from > MAX_ROLE_TOKENS) return null;
  // The description must be closed: by a comma, the sentence end, or a dash/semicolon.
  if (j < end && !STOPS.has(tokens[j]!.text)) return null;
  return clean(ctx.text.slice(tokens[from]!.start, tokens[j - 1]!.end));
}

function clean(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}
