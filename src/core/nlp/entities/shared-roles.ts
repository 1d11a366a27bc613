/**
 * A description written once for a list of people: "Ann Lee, Tom Hart and Raj Patel of the City
 * Hospital wrote the report" (each is of the City Hospital).
 */
import { affiliationAfter } from './affiliations';
import type { RoleContext } from './role-context';

/** Names a list must hold for the body at its end to be each one's: two may be a pair of unlike people. */
const MIN_NAMES = 3;

/**
 * The body after the last name of a list that the name ending at token `last` (exclusive) opens
 * or stands in ("A, B, and C of Y"), or null. Only names, commas and "and" may stand between.
 */
export function sharedAffiliationAfter(ctx: RoleContext, last: number): string | null {
  const { tokens } = ctx;
  const sentence = ctx.sentLast[last - 1];
  let k = last;
  let names = 1;
  let end = -1;
  while (k < tokens.length && ctx.sentLast[k] === sentence) {
    const w = tokens[k]!.text;
    if (w === ',' || w === 'and') {
      k++;
      continue;
    }
    if (!ctx.inPersonName[k]) break;
    while (k < tokens.length && ctx.inPersonName[k]) k++;
    names++;
    end = k;
  }
  // the list goes on to "of" right after its last name
  if (end < 0 || k !== end) return null;
  // the names before `last` in the same list count too ("B" in "A, B, and C of Y")
  let p = last - 1;
  while (p >= 0 && ctx.inPersonName[p]) p--;
  while (p >= 0 && ctx.sentLast[p] === sentence && (tokens[p]!.text === ',' || tokens[p]!.text === 'and')) {
    p--;
    if (p < 0 || !ctx.inPersonName[p]) break;
    names++;
    while (p >= 0 && ctx.inPersonName[p]) p--;
  }
  if (names < MIN_NAMES) return null;
  return affiliationAfter(ctx, end, false);
}
