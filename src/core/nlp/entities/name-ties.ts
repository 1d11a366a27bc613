/**
 * Other names the article itself gives a person (aliases.ts joins them to the person):
 *  - a pen name, stage name, birth name or "also known as" right after the name:
 *    "Jane Doe (better known as Ann Roe)", "Jane Doe, who writes as Ann Roe", "Ann Roe (born Jane Doe)";
 *  - a name the person was called by, said of the person named just before:
 *    "Jonathan Lee Hart was born in 1950. Everyone called him Jack."
 * Only the article's words tie two names: nothing is guessed from the names themselves.
 */
import type { NameMention } from './aliases';

/** Words between a person's name and another name of theirs ("," or "(" first). */
const OTHER_NAME_CUE = new RegExp(
  '^\\s*[,(]\\s*(?:' +
    [
      // who writes as, who wrote under the name, who performs as, who went by
      '(?:who|she|he)\\s+(?:writes|wrote|writing|performs|performed|records|recorded|sings|sang|goes|went|is|was)\\s+(?:(?:better|also|professionally|publicly|widely)\\s+)?(?:known\\s+)?(?:as|by|under(?:\\s+the\\s+(?:pen|stage|name)(?:\\s+name)?)?)',
      // better known as, also known as, known as
      '(?:(?:better|also|more\\s+commonly|commonly|widely|popularly|professionally|publicly)\\s+)?known\\s+as',
      'a\\.?k\\.?a\\.?',
      'nicknamed',
      'writing\\s+as',
      // whose pen name is, pen name, real name, born, née
      '(?:whose\\s+)?(?:pen|stage|real|birth|given)\\s+name(?:\\s+(?:is|was))?',
      'born',
      'n[ée]e',
    ].join('|') +
    ')\\s*["“‘]?\\s*$',
  'i',
);

/** Words before a name the person was called by: "everyone called him", "she went by". */
const CALLED_CUE =
  /\b(?:(?:called|calls|call|nicknamed|dubbed)\s+(?:him|her)|(?:he|she)\s+(?:went|goes|go)\s+by|known\s+to\s+(?:\p{L}+\s+){1,2}as)\s*["“‘]?\s*$/iu;

/** How far back (characters) a name the person was called by looks for the person. */
const CALLED_REACH = 400;

/** Pairs of mention indices (in `ms`, text order) that the article says name one person. */
export function tiedNames(ms: readonly NameMention[], text: string): [number, number][] {
  const out: [number, number][] = [];
  if (!text) return out;
  for (let i = 0; i + 1 < ms.length; i++) {
    const a = ms[i]!;
    const b = ms[i + 1]!;
    if (a.type !== 'PER' || b.type !== 'PER' || b.start <= a.end) continue;
    if (OTHER_NAME_CUE.test(text.slice(a.end, b.start))) out.push([i, i + 1]);
  }
  ms.forEach((m, j) => {
    if (m.words.length !== 1 || m.start < 1) return;
    if (!CALLED_CUE.test(text.slice(Math.max(0, m.start - 40), m.start))) return;
    // the person: the nearest full personal name before it, not far back
    for (let i = j - 1; i >= 0; i--) {
      const p = ms[i]!;
      if (p.end < m.start - CALLED_REACH) break;
      if (p.type === 'PER' && p.words.length >= 2) {
        out.push([i, j]);
        break;
      }
    }
  });
  return out;
}
