/**
 * A description given as the complement of "is" / "was" or "has been named" after a name that
 * opens its sentence: "Cullen is an integral member of the recovery team", "Chad Wolf has been
 * named acting secretary".
 */
import { DETERMINERS, MAX_ROLE_TOKENS, QUOTES, STOPS, clean, type RoleContext } from './role-context';
import { describingWordIn } from './appositive-openings';
import { PARTICIPLE_PREPOSITIONS, RELATIVES, startsDate, takesObject } from './role-ends';

/**
 * What follows "X is" / "X was" when it is a description: a determiner, then words that hold a
 * head word ("an integral member of the recovery team", "the country's top diplomat"), trimmed at
 * a relative clause or a date. Only for a name that opens its sentence (its subject).
 */
export function complementAfter(
  ctx: RoleContext,
  last: number,
  from: number,
  end: number,
  isPerson: boolean,
): string | null {
  const { tokens } = ctx;
  let first = last - 1;
  while (first > 0 && !ctx.mentionStart[first]) first--;
  // "has been named" has its subject right before it; "is" / "was" may follow a name that is not
  // the subject ("they told Smith was …"), so there the name must open its sentence
  const passive = tokens[from - 1]?.text === 'been';
  if (!passive && first > 0 && ctx.sentLast[first - 1] === ctx.sentLast[first]) return null;
  let i = from;
  if (/^(?:also|now|still)$/.test(tokens[i]?.text ?? '')) i++;
  // "was named acting secretary": the office follows without an article
  const named = NAMED_TO.has(tokens[i]?.text ?? '') && isPerson;
  if (named) i++;
  else if (!DETERMINERS.has(tokens[i]?.text.toLowerCase() ?? '')) return null;
  if (i + 1 >= end) return null;
  if (named && DETERMINERS.has(tokens[i]!.text.toLowerCase())) i++;
  if (!describingWordIn(ctx, named ? i : i + 1, end, isPerson)) return null;
  let j = named ? i : i + 1;
  while (j < end && !STOPS.has(tokens[j]!.text)) {
    const w = tokens[j]!.text;
    if (RELATIVES.has(w) || startsDate(tokens, j) || takesObject(tokens, j)) break;
    // "a solutions provider focused on …": the description ends before a participle's phrase
    if (j > i + 2 && /^\p{Ll}{3,}(?:ed|ing)$/u.test(w) && PARTICIPLE_PREPOSITIONS.has(tokens[j + 1]?.text ?? ''))
      if (describingWordIn(ctx, i + 1, j, isPerson)) break;
    if (QUOTES.has(w) && w !== '’' && w !== "'") return null;
    if (w === 'and' && ctx.mentionStart[j + 1]) break;
    // run-in text (a caption without its stop): a capital after a lower-case word starts a sentence
    if (/^(?:But|And|The|A|An|He|She|They|It|This|In|On)$/.test(w)) return null;
    j++;
  }
  if (j - i < (named ? 1 : 2) || j - i > MAX_ROLE_TOKENS) return null;
  // the head must stand within what is kept ("a lot of time" says nothing)
  if (!describingWordIn(ctx, named ? i : i + 1, j, isPerson)) return null;
  return clean(ctx.text.slice(tokens[i]!.start, tokens[j - 1]!.end));
}

/** Verbs after which an office is given: "was named acting secretary". */
export const NAMED_TO = new Set(['named', 'appointed', 'elected', 'promoted', 'hired']);
