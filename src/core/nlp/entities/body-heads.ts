/**
 * "the Chinese Center for Disease Control and Prevention": the recognizer may read only the words
 * after "for" or "of" as the name and leave the body's head out ("Disease Control and
 * Prevention"). When the capitalised words right before the small word end in a word for a body
 * (Center, Institute, Ministry …), they and the span are one organisation's name.
 * (boundaries.ts joins a group's name before a person's the same way: "Doctors for Camp Closure".)
 */
import type { Token } from '../tokenize';
import type { NerSpan } from '../ner/recognize';
import { isTitleWord } from './titles';

/** Words that end the first part of a body's name before "for" or "of". */
// prettier-ignore
const BODY_HEADS = new Set([
  'Center', 'Centre', 'Centers', 'Centres', 'Institute', 'Institutes', 'Ministry', 'Department', 'Office',
  'Bureau', 'Council', 'Commission', 'Agency', 'Society', 'Association', 'Foundation', 'Fund', 'Coalition',
  'Alliance', 'Committee', 'Federation', 'League', 'Academy', 'Board', 'Authority', 'Museum', 'Network',
  'Campaign', 'Organization', 'Organisation', 'Union', 'School', 'College', 'University', 'Party',
]);
const CONNECTORS = new Set(['for', 'of']);

/** Does a token in [from, to) name a body's kind ("Agency", "Ministry")? */
export function hasBodyHead(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (BODY_HEADS.has(tokens[k]!.text)) return true;
  return false;
}
/** Longest run of capitalised words taken in before the small word. */
const MAX_HEAD_WORDS = 4;
/** Capitalised words that open a sentence rather than a name. */
const OPENING_WORDS = new Set(['The', 'A', 'An', 'This', 'That', 'Its', 'Their', 'His', 'Her', 'Our']);

const isCapitalWord = (w: string): boolean => /^\p{Lu}[\p{L}\p{M}’'.-]*$/u.test(w);

/** The span at `s` with the body's head before its "for"/"of" taken in, or null. */
function withHead(text: string, tokens: readonly Token[], s: NerSpan): number | null {
  const c = s.first - 1;
  const small = tokens[c];
  const head = tokens[c - 1];
  if (!small || !head || !CONNECTORS.has(small.text) || !BODY_HEADS.has(head.text)) return null;
  if (/\n/.test(text.slice(head.start, tokens[s.first]!.start))) return null;
  let from = c - 1;
  while (from > 0 && c - from < MAX_HEAD_WORDS && isCapitalWord(tokens[from - 1]!.text)) {
    if (/\n/.test(text.slice(tokens[from - 1]!.end, tokens[from]!.start))) break;
    from--;
  }
  while (from < c - 1 && OPENING_WORDS.has(tokens[from]!.text)) from++;
  // a title before the body ("Minister of State for …") makes a title, not a name
  for (let k = from; k < c; k++) if (isTitleWord(tokens[k]!.text) && k !== c - 1) return null;
  return from;
}

/** Joins each organisation span after "for"/"of" to the body's head before it. */
export function joinBodyHeads(text: string, tokens: readonly Token[], spans: NerSpan[]): NerSpan[] {
  let changed = false;
  const out: NerSpan[] = [];
  for (const s of spans) {
    const from = s.type === 'ORG' ? withHead(text, tokens, s) : null;
    // a span the head stands in ("Chinese" read alone) gives way; one that runs into it keeps it
    const inside = (p: NerSpan): boolean => p.first >= from! && p.last <= s.first - 1;
    const prev = out[out.length - 1];
    if (from === null || (prev && prev.last > from && !inside(prev))) {
      out.push(s);
      continue;
    }
    while (out.length && inside(out[out.length - 1]!)) out.pop();
    out.push({ type: 'ORG', first: from, last: s.last });
    changed = true;
  }
  return changed ? out : spans;
}
