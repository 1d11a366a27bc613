/**
 * "a Virginia Democrat", "the Texas Republicans": a place and a party's member, which the
 * recognizer (trained on text where "Democrat" rarely follows a name) reads whole as one person or
 * organisation. The place is an entity; the member word is a description of someone named nearby,
 * which the role reading takes up. Only when the words before the member word are a US state (the
 * parties named are American) or a place the name lists hold: "House Republicans" and "Young
 * Republicans" stay as they were read.
 */
import statesJson from '../../../../assets/data/us-states.json';
import type { Token } from '../tokenize';
import type { NerSpan } from '../ner/recognize';

let stateNames: Set<string> | null = null;
function isState(words: readonly string[]): boolean {
  stateNames ??= new Set((statesJson as { states: string[][] }).states.map((s) => (s[1] ?? '').toLowerCase()));
  return stateNames.has(words.join(' ').toLowerCase());
}

// prettier-ignore
const MEMBER_WORDS = new Set(['democrat', 'democrats', 'republican', 'republicans', 'libertarian', 'libertarians']);

export function placesBeforePartyMembers(
  tokens: readonly Token[],
  spans: NerSpan[],
  isPlace: (words: readonly string[]) => boolean,
): NerSpan[] {
  let changed = false;
  const out = spans.map((s) => {
    if (s.type === 'LOC' || s.last - s.first < 2 || !MEMBER_WORDS.has(tokens[s.last - 1]!.text.toLowerCase())) return s;
    const words = tokens.slice(s.first, s.last - 1).map((t) => t.text);
    if (!isState(words) && !isPlace(words)) return s;
    changed = true;
    return { type: 'LOC', first: s.first, last: s.last - 1 };
  });
  return changed ? out : spans;
}
