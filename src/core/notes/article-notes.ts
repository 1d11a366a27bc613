/**
 * Notes drawn from the article itself: the role it gives the entity, the sentence that first
 * introduces it, how often it is mentioned and how many quotes it has. A headline or subheading
 * names an entity without introducing it: the introducing sentence is the first one in the body
 * that names it, and a heading only when the body never does.
 */
import type { Entity, Note, Quote, TextSpan } from '../analysis/contract';
import { clipAround, sentenceAt, sentenceEnds } from './sentences';

/** Longest introducing sentence shown before it is shortened around the mention. */
export const MAX_INTRO_CHARS = 280;

export function articleNotesFor(
  text: string,
  entity: Entity,
  quotes: readonly Quote[],
  ends: number[],
  headings: readonly TextSpan[] = [],
): Note[] {
  const notes: Note[] = [];
  const role = entity.role?.trim();
  if (role) notes.push({ source: 'article', text: `Role in the article: ${role}` });

  const inHeading = (m: TextSpan) => headings.some((h) => m.start >= h.start && m.end <= h.end);
  const ordered = [...entity.mentions].sort((a, b) => a.start - b.start);
  const first = ordered.find((m) => !inHeading(m)) ?? ordered[0];
  if (first && first.start >= 0 && first.end <= text.length) {
    const sentence = sentenceAt(text, first.start, ends);
    if (sentence.text) {
      const clipped = clipAround(
        sentence.text,
        first.start - sentence.start,
        first.end - sentence.start,
        MAX_INTRO_CHARS,
      );
      notes.push({ source: 'article', text: `First mentioned: ${clipped}` });
    }
  }

  const n = entity.mentions.length;
  if (n > 0) notes.push({ source: 'article', text: `Mentioned ${times(n)} in the article.` });

  const own = quotes.filter((q) => q.speaker?.entityId === entity.id);
  if (own.length > 0) {
    const full = own.filter((q) => q.kind === 'full').length;
    const partial = own.length - full;
    const parts = [full ? `${full} in full` : '', partial ? `${partial} in part` : ''].filter(Boolean).join(', ');
    notes.push({ source: 'article', text: `Quoted ${times(own.length)} (${parts}).` });
  } else if (entity.type === 'person') {
    notes.push({ source: 'article', text: 'Not quoted in the article.' });
  }
  return notes;
}

function times(n: number): string {
  return n === 1 ? 'once' : n === 2 ? 'twice' : `${n} times`;
}

/** `headings`: the spans of the article's headline and subheadings, when its blocks are known. */
export function addArticleNotes(
  text: string,
  entities: Entity[],
  quotes: Quote[],
  headings: readonly TextSpan[] = [],
): void {
  const ends = sentenceEnds(text);
  for (const e of entities) e.notes.push(...articleNotesFor(text, e, quotes, ends, headings));
}
