/**
 * A name right after a person's possessive ("Jane Roe's Acmeworks", "Roe's Acmeworks"), read as
 * a person: what a person owns or made is more often named so than another person, who comes
 * with a kin or job word between ("Roe's son Eric", "Roe's chief of staff John Kelly"); so a name
 * that stands right after the possessive and is never written as a given name and a surname is
 * the person's company or creation.
 */
import type { NameMention } from './aliases';
import type { ContextTypeContext } from './context-types';

const POSSESSIVES = new Set(["'s", '’s', "'", '’']);

/** The mention stands right after a possessive that ends a name the recognizer read as a person. */
function afterPersonsPossessive(m: NameMention, ctx: ContextTypeContext): boolean {
  const mark = ctx.tokens[m.first - 1]?.text ?? '';
  return POSSESSIVES.has(mark) && m.first >= 2 && ctx.spanType?.[m.first - 2] === 'PER';
}

/** A name read as a person that is a person's company or creation ("Roe's Acmeworks"). */
export function isPersonsPossession(list: readonly NameMention[], ctx: ContextTypeContext): boolean {
  if (list.some((m) => ctx.isFirstName(m.words[0]!))) return false;
  return list.some((m) => afterPersonsPossessive(m, ctx));
}
