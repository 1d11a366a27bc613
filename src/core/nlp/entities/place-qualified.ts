/**
 * Two small joining rules for aliases.ts, about names and the places in or after them:
 *  - a name in an all-capitals line (a dateline "BAAR, SWITZERLAND", a headline) is the same
 *    entity as the same name written in the text, when the model read both as one type. In a
 *    capitals line the type is the only evidence, so aliases.ts keys such names by type; with the
 *    same type there is nothing left to tell them apart, and a reader sees the place twice.
 *  - an organisation named as its branch in a country ("Yahoo Japan", "Google UK") is not what the
 *    first word alone names: "Yahoo" is the parent company.
 */
import type { NameMention } from './aliases';
import { countryOf } from './country-names';

/**
 * Joins each capitals-line mention in a dateline (a line of names only: "BAAR, SWITZERLAND") to
 * the mention of the same words outside such lines, when the text reads those words as the
 * dateline's type only. A headline's names stay apart: in a results headline "NORTHERN IRELAND"
 * is the country while the text's "Northern Ireland" may be read as the team.
 */
export function joinCapsLineTwins(
  ms: readonly NameMention[],
  text: string,
  union: (a: number, b: number) => void,
): void {
  const plain = new Map<string, { at: number; types: Set<string> }>();
  ms.forEach((m, i) => {
    if (m.capsLine) return;
    const k = m.words.join(' ');
    const had = plain.get(k);
    if (had) had.types.add(m.type);
    else plain.set(k, { at: i, types: new Set([m.type]) });
  });
  ms.forEach((m, i) => {
    if (!m.capsLine || !inDateline(ms, text, m)) return;
    const twin = plain.get(m.words.join(' '));
    if (twin && twin.types.size === 1 && twin.types.has(m.type)) union(twin.at, i);
  });
}

/** Does `m` stand in a line that holds names, figures and marks only? */
function inDateline(ms: readonly NameMention[], text: string, m: NameMention): boolean {
  const from = text.lastIndexOf('\n', m.start - 1) + 1;
  const nl = text.indexOf('\n', m.end);
  const to = nl < 0 ? text.length : nl;
  let rest = '';
  let at = from;
  for (const o of ms) {
    if (o.end <= from || o.start >= to || o.start < at) continue;
    rest += text.slice(at, o.start);
    at = o.end;
  }
  rest += text.slice(at, to);
  return /^[\s\p{P}\p{N}]*$/u.test(rest);
}

/**
 * Does organisation mention `m` name a branch in a country: its words after the first are the
 * country's ("Yahoo Japan", "Google UK")? (Places the article names were tried too: the model's
 * places include misread products, "Google Stadia".)
 */
export function isCountryBranch(m: NameMention): boolean {
  const rest = m.words.slice(1);
  return rest.length > 0 && rest.length <= 3 && countryOf(rest) !== null;
}
