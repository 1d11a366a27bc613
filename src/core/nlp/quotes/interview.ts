/**
 * Interview turns marked "Q:" and "A:" (or "Question:" / "Answer:") before a quotation: the
 * question is the interviewer's (the byline's author, else described as the interviewer), the
 * answer the interviewee's (the person the article names most often besides the author). The
 * letters themselves are never a speaker's name.
 */
import type { Entity, Speaker } from '../../analysis/contract';
import type { Discourse } from './discourse';
import type { Tok } from './words';

const QUESTION = new Set(['q', 'question']);
const ANSWER = new Set(['a', 'answer']);

/** How an interviewer the article does not name is described. */
const INTERVIEWER = 'the interviewer';

/** "Q: “…”" or "A: “…”" opening the quotation's paragraph: which turn it is. */
export function interviewTurn(toks: readonly Tok[], t: number): 'q' | 'a' | null {
  if (t !== 2) return null;
  const w = toks[0]!;
  const sep = toks[1]!.text;
  if (!w.word || !w.cap || (sep !== ':' && !(sep === '.' && w.text.length === 1))) return null;
  if (QUESTION.has(w.lower)) return 'q';
  if (ANSWER.has(w.lower)) return 'a';
  return null;
}

/** The speaker of an interview turn, with the "Q" or "A" as its mention. */
export function interviewSpeaker(
  d: Discourse,
  entities: readonly Entity[],
  turn: 'q' | 'a',
  marker: Tok,
): Speaker | null {
  const mention = { start: marker.start, end: marker.end };
  if (turn === 'q') {
    return d.author
      ? { entityId: d.author.entityId, name: d.author.name, mention }
      : { entityId: null, name: INTERVIEWER, mention };
  }
  let best: Entity | null = null;
  for (const e of entities) {
    if (e.type !== 'person' || (d.author && e.id === d.author.entityId)) continue;
    if (!best || e.mentions.length > best.mentions.length) best = e;
  }
  return best ? { entityId: best.id, name: best.name, mention } : null;
}
