/**
 * Whether a who-clause after a person describes ("who heads the agency", "who founded the firm")
 * or tells what happened ("who will testify Thursday", "who spoke at a rally"), which the reader
 * does not take for a role.
 */
import { MAX_ROLE_TOKENS, STOPS, type RoleContext } from './role-context';
import { COMPLEMENT_PARTICIPLES } from './role-ends';

// prettier-ignore
export const CLAUSE_OPENING_PREPOSITIONS = new Set(['in', 'on', 'at', 'during', 'after', 'before', 'since', 'last', 'earlier', 'later', 'previously', 'once', 'until']);

/**
 * A who-clause that tells what happened rather than who the person is: it opens with a modal
 * ("who will testify Thursday") or is dated ("who openly lobbied … on Thursday night").
 */
export function tellsEvent(tokens: RoleContext['tokens'], from: number, end: number): boolean {
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
export function tellsPastEvent(tokens: RoleContext['tokens'], from: number): boolean {
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
export function pastVerbAt(tokens: RoleContext['tokens'], k: number): boolean {
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
