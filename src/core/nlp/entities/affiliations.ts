/**
 * What a person belongs to, written right after the name: a party tag ("(D-Minn.)", ", R-Texas,")
 * and the body the person is "of" or "at" ("Brian Batko of the Pittsburgh Post-Gazette").
 */
import { clean, type RoleContext } from './role-context';

/** A party tag in brackets at token i ("(D-Minn.)", "(R-TX)"): its text and the token after it. */
export function partyTagAt(ctx: RoleContext, i: number): { text: string; after: number } | null {
  const { tokens } = ctx;
  // set off by commas: "Sen. Jane Holt, R-Texas, said"; `after` is the closing comma, where a
  // description may follow
  if (tokens[i]?.text === ',') {
    for (let k = i + 1; k < tokens.length && k <= i + 4; k++) {
      if (tokens[k]!.text !== ',') continue;
      const inner = k > i + 1 ? ctx.text.slice(tokens[i + 1]!.start, tokens[k - 1]!.end) : '';
      return BARE_PARTY_TAG.test(inner) ? { text: inner, after: k } : null;
    }
    return null;
  }
  if (tokens[i]?.text !== '(') return null;
  for (let k = i + 1; k < tokens.length && k <= i + 8; k++) {
    if (tokens[k]!.text !== ')') continue;
    const inner = ctx.text.slice(tokens[i]!.start, tokens[k]!.end);
    return PARTY_TAG.test(inner) ? { text: inner, after: k + 1 } : null;
  }
  return null;
}
const BARE_PARTY_TAG = /^(?:D|R|I)-[A-Z][A-Za-z.]{0,12}(?:\s[A-Z][A-Za-z.]{0,12})?$/;
const PARTY_TAG = /^\((?:D|R|I|Dem|Rep|Ind)\s?[-–—.,]\s?[A-Z][A-Za-z.]{0,12}(?:\s[A-Z][A-Za-z.]{0,12})?\)$/;

/**
 * The body a person is "of" or "at", written right after the name: "Brian Batko of the Pittsburgh
 * Post-Gazette", "Michael Shadlen, Ph.D., of Columbia University", "Mitch McConnell of Kentucky";
 * `at` too when asked ("the immunologist X at the University of Pennsylvania").
 */
export function affiliationAfter(ctx: RoleContext, last: number, withAt: boolean): string | null {
  const { tokens } = ctx;
  const ends = ctx.placeOrOrgEnd;
  if (!ends) return null;
  let i = last;
  // ", Ph.D.," ", MD," ", 55,"
  if (tokens[i]?.text === ',') {
    let k = i + 1;
    while (k < tokens.length && k <= i + 5 && tokens[k]!.text !== ',') k++;
    if (tokens[k]?.text !== ',' || !DEGREE.test(ctx.text.slice(tokens[i + 1]!.start, tokens[k - 1]!.end))) return null;
    i = k + 1;
  }
  const prep = tokens[i]?.text;
  if (prep !== 'of' && !(withAt && prep === 'at')) return null;
  let k = i + 1;
  if (tokens[k]?.text === 'the') k++;
  const stop = ends[k] ?? 0;
  if (stop <= k || ctx.sentLast[k] !== ctx.sentLast[last - 1]) return null;
  // "X of Y's Z": the body is Z ("of Columbia University's … Institute")
  let to = stop;
  while (/^['’]s$/.test(tokens[to]?.text ?? '') && (ends[to + 1] ?? 0) > to + 1) to = ends[to + 1]!;
  // "of Aberdeen, Scotland": the place it lies in, set off by a comma, belongs to it
  const within = ends[to + 1] ?? 0;
  if (
    tokens[to]?.text === ',' &&
    within > to + 1 &&
    ctx.sentLast[to + 1] === ctx.sentLast[last - 1] &&
    (within >= tokens.length || /^[,.;:)]$/.test(tokens[within]!.text)) &&
    tokens[within + 1]?.text !== 'and'
  )
    to = within;
  return clean(ctx.text.slice(tokens[i]!.start, tokens[to - 1]!.end));
}
const DEGREE = /^(?:Ph\.?\s?D\.?|M\.?D\.?|MBA|M\.?P\.?H\.?|R\.?N\.?|Jr\.?|Sr\.?|\d{1,3})$/;
