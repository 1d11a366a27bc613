/**
 * A quotation standing alone at the start of a paragraph, with no cue: who the paragraph before
 * brings in last may be its speaker ("But for Parata and his family the deaths are personal. ¶ “…”").
 */
import { mentionsBefore, type Discourse, type PersonRef } from './discourse';
import { sentenceStart, type NP } from './phrases';

/** The name of the one person mentioned by name in the last sentence of paragraph `pi`, if one. */
export function onlyPersonAtEnd(d: Discourse, pi: number): NP | null {
  const pt = d.paras[pi]!.toks;
  // ("New Release: Buy Sword or Shield and Get $10 Credit": a heading, with no closing
  // punctuation, brings in no one to speak)
  if (pt[pt.length - 1]?.word) return null;
  const s = sentenceStart(pt, pt.length - 1);
  if (pt[s]!.quote >= 0 || pt.some((u) => u.quote >= 0)) return null;
  const from = pt[s]!.start;
  let found: PersonRef | null = null;
  let at = -1;
  for (let i = mentionsBefore(d, d.paras[pi]!.end) - 1; i >= 0; i--) {
    const m = d.mentions[i]!;
    if (m.start < from) break;
    if (m.pronoun || m.type !== 'person') continue;
    if (found && found.key !== m.key) return null;
    found = m;
    at = m.tok;
  }
  if (!found || at < 0) return null;
  let first = at;
  while (first > s && pt[first - 1]!.cap && pt[first - 1]!.word) first--;
  let last = at;
  while (last + 1 < pt.length && pt[last + 1]!.cap && pt[last + 1]!.word) last++;
  return { first, last, kind: 'name' };
}
