/**
 * Where a description after a name stops: at a relative pronoun, a date ("since 2010"), a verb
 * with its object ("finalized a deal") or the verb of a new clause ("the team went"); a participle
 * that places its head ("a group based in Geneva") does not stop it.
 */
import { DETERMINERS, type RoleContext } from './role-context';

export const RELATIVES = new Set(['who', 'whose', 'which', 'that', 'where']);

/** A verb right after a description's head word starts a clause: "the team went", "workers completed". */
export const CLAUSE_VERBS =
  /^(?:[a-z]+ed|went|made|took|gave|found|came|got|saw|told|said|says|began|left|won|lost|put|ran|set|held|kept|led|met|paid|sent|spent|stood|thought|wrote)$/;

/**
 * A participle that places or qualifies the head before it ("a rights group based in Geneva", "a
 * firm founded in 1990", "a charity known for …"), not the verb of a new clause ("the team
 * travelled to …").
 */
export function placedParticiple(tokens: RoleContext['tokens'], j: number): boolean {
  const w = tokens[j]!.text;
  return (
    (COMPLEMENT_PARTICIPLES.has(w) || QUALIFYING_PARTICIPLES.has(w)) &&
    PARTICIPLE_PREPOSITIONS.has(tokens[j + 1]?.text ?? '')
  );
}
// prettier-ignore
const QUALIFYING_PARTICIPLES = new Set(['located', 'headquartered', 'founded', 'known', 'focused', 'dedicated', 'devoted', 'funded', 'backed', 'owned', 'established', 'formed', 'created', 'registered', 'specialized', 'specialised', 'affiliated', 'linked', 'tied', 'aligned', 'allied']);

export const PARTICIPLE_PREPOSITIONS = new Set(['on', 'in', 'at', 'by', 'for', 'with', 'to', 'from', 'across']);

const MONTHS =
  /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\.?|Feb\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)$/;
const WEEKDAYS = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;

/** A date phrase at token j: "in 2010", "since March", "on Tuesday", "last year". */
export function startsDate(tokens: RoleContext['tokens'], j: number): boolean {
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
export const COMPLEMENT_PARTICIPLES = new Set(['called', 'named', 'dubbed', 'nicknamed', 'titled', 'entitled', 'considered', 'deemed', 'branded', 'labeled', 'labelled', 'crowned', 'elected', 'appointed', 'voted', 'renamed', 'based', 'listed', 'ranked', 'rated']);

/** A past-tense verb with its object at token j ("finalized a deal", "founded the company"). */
export function takesObject(tokens: RoleContext['tokens'], j: number): boolean {
  const w = tokens[j]!.text;
  if (!/^\p{Ll}{3,}ed$/u.test(w) || COMPLEMENT_PARTICIPLES.has(w)) return false;
  const prev = tokens[j - 1]?.text ?? '';
  // "a recently formed group": the participle describes what follows
  if (/ly$/.test(prev) || DETERMINERS.has(prev.toLowerCase())) return false;
  return /^(?:a|an|the|its|his|her|their|our|my)$/.test(tokens[j + 1]?.text ?? '');
}
