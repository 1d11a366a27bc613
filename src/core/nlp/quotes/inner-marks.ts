/**
 * The quotation-mark pairs nested inside one stretch of a quotation, paired with the rules of
 * marks.ts (nested.ts reads which of them are quotations).
 */
import { pairDoubles, singlePairs, type Paragraph } from './marks';

/** A backtick typed for an opening single mark (`We have a plan.’): opens a nested quotation only. */
const NESTED_SINGLE = /['`\u2018\u2019\u201a\u201b]/g;
const NESTED_DOUBLE = /["\u00ab\u00bb\u201c-\u201e]/g;

/**
 * The quotations nested inside one span of a quotation (marks included): single pairs inside
 * double marks (“He told me ‘never again’”), double pairs inside single marks. Paired as in a
 * paragraph of their own that runs between the outer marks; deeper levels are not looked for.
 */
export function nestedPairs(text: string, span: { start: number; end: number }, single: boolean): Paragraph[] {
  const start = span.start + 1;
  const last = text[span.end - 1]!;
  const closed = single ? /['’`]/.test(last) : /["”»“]/.test(last);
  const region: Paragraph = { start, end: closed && span.end - 1 > start ? span.end - 1 : span.end };
  const pairs = single
    ? pairDoubles(text, region, marksIn(text, region, NESTED_DOUBLE)).filter((p) => !p.unclosed)
    : singlePairs(text, region, [], marksIn(text, region, NESTED_SINGLE));
  // Double marks inside double marks (“He said “no” to me.”), where no single pair stands.
  if (!single) {
    const doubles = marksIn(text, region, NESTED_DOUBLE);
    if (doubles.length >= 2)
      for (const d of pairDoubles(text, region, doubles, false))
        if (!d.unclosed && !pairs.some((q) => q.start < d.end && d.start < q.end)) pairs.push(d);
    pairs.sort((a, b) => a.start - b.start);
  }
  return pairs.map((p) => ({ start: p.start, end: p.end }));
}

function marksIn(text: string, region: Paragraph, re: RegExp): number[] {
  const marks: number[] = [];
  re.lastIndex = region.start;
  for (let m = re.exec(text); m && m.index < region.end; m = re.exec(text)) marks.push(m.index);
  return marks;
}
