/**
 * Two small joining rules for aliases.ts, about names and the places in or after them:
 *  - a name in an all-capitals line (a dateline "BAAR, SWITZERLAND", a headline) is the same
 *    entity as the same name written in the text, when the model read both as one type. In a
 *    capitals line the type is the only evidence, so aliases.ts keys such names by type; with the
 *    same type there is nothing left to tell them apart, and a reader sees the place twice.
 *  - an organisation named as its branch in a place ("Yahoo Japan", "Google UK") is not what the
 *    first word alone names: "Yahoo" is the parent company.
 */
import type { NameMention } from './aliases';
import { countryOf } from './country-names';

/** Joins each capitals-line mention to the same-typed mention of the same words outside such lines. */
export function joinCapsLineTwins(ms: readonly NameMention[], union: (a: number, b: number) => void): void {
  const plain = new Map<string, number>();
  ms.forEach((m, i) => {
    const k = `${m.type}|${m.words.join(' ')}`;
    if (!m.capsLine && !plain.has(k)) plain.set(k, i);
  });
  ms.forEach((m, i) => {
    if (!m.capsLine) return;
    const j = plain.get(`${m.type}|${m.words.join(' ')}`);
    if (j !== undefined) union(j, i);
  });
}

/**
 * Does organisation mention `m` name a branch in a place: its words after the first are a
 * country, or a place the article names on its own ("Yahoo Japan", "Ascom North America")?
 */
export function isPlaceBranch(m: NameMention, places: ReadonlySet<string>): boolean {
  const rest = m.words.slice(1);
  if (rest.length === 0 || rest.length > 3) return false;
  return countryOf(rest) !== null || places.has(rest.join(' '));
}

/** The words of the places the article names, as mention keys. */
export function placeKeys(ms: readonly NameMention[]): Set<string> {
  return new Set(ms.filter((m) => m.type === 'LOC').map((m) => m.words.join(' ')));
}
