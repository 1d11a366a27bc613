/** What the quote tests read off findQuotes: each quotation's speaker name, or its mention's text. */
import type { Entity, Quote } from '../../src/core/analysis/contract';
import { findQuotes } from '../../src/core/nlp/quotes';

/** The text of the mention that names the quotation's speaker, or null. */
export const mentionText = (text: string, q: Quote | undefined): string | null =>
  q?.speaker?.mention ? text.slice(q.speaker.mention.start, q.speaker.mention.end) : null;

/** Each quotation's speaker name (null: no speaker), in order. */
export const speakerNames = (text: string, entities: Entity[] = []): Array<string | null> =>
  findQuotes(text, entities).map((q) => q.speaker?.name ?? null);

/** Each quotation's speaker mention text (null: none), in order. */
export const speakerMentions = (text: string, entities: Entity[] = []): Array<string | null> =>
  findQuotes(text, entities).map((q) => mentionText(text, q));
