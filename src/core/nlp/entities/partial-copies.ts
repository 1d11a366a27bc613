/**
 * A person's name that copies the start of another's, given name and middle initial, with
 * another last word ("my John Q. Ponytails" in an article about John Q. Archer), is a play on
 * that name, not a second person: two people of one given name and one middle initial in one
 * article are rarer than such a play. The copy must be named less often than the name it copies.
 */
import type { NameMention } from './aliases';

const INITIAL = /^\p{L}$/u;

function initialedStart(m: NameMention): string | null {
  if (m.type !== 'PER' || m.words.length < 3 || !INITIAL.test(m.words[1]!)) return null;
  return `${m.words[0]} ${m.words[1]}`;
}

/** Is `list` (one entity's mentions) a partial copy of a person named more often in `groups`? */
export function isPartialCopy(list: readonly NameMention[], groups: readonly (readonly NameMention[])[]): boolean {
  const start = initialedStart(list[0]!);
  if (start === null) return false;
  const last = list[0]!.words[list[0]!.words.length - 1]!;
  if (!list.every((m) => initialedStart(m) === start && m.words[m.words.length - 1] === last)) return false;
  return groups.some(
    (g) =>
      g !== list &&
      g.length > list.length &&
      g.some((m) => initialedStart(m) === start && m.words[m.words.length - 1] !== last),
  );
}
