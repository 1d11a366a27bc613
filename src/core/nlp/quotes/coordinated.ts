/**
 * Coordinated subjects: "Paganini and his team wrote", "Smith and her colleagues said". The
 * group is named only through the person it belongs to, so that person is who a reader is shown.
 */
import type { Tok } from './words';
import { leftNP, type NP } from './phrases';

/** Possessives that tie a group to the person named just before ("his team", "her lawyers"). */
const OWNERS = new Set(['his', 'her', 'their']);

/** The name coordinated before a phrase like "his team" at `np`, or null. */
export function namedConjunct(toks: Tok[], np: NP, lo: number): NP | null {
  if (np.kind !== 'common' || !OWNERS.has(toks[np.first]!.lower)) return null;
  const and = toks[np.first - 1];
  if (!and?.word || and.lower !== 'and') return null;
  const name = leftNP(toks, np.first - 2, lo);
  return name && name.kind === 'name' && name.last === np.first - 2 ? name : null;
}
