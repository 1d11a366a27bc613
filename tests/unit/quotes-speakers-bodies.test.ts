import { describe, expect, it } from 'vitest';
import type { Entity } from '../../src/core/analysis/contract';
import { findQuotes } from '../../src/core/nlp/quotes';

/** An entity with one mention per occurrence of each of `forms` (its name by default). */
function entity(id: string, name: string, type: Entity['type'], text: string, forms = [name], role = null): Entity {
  const mentions: Entity['mentions'] = [];
  for (const form of forms)
    for (let at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + 1))
      mentions.push({ start: at, end: at + form.length, text: form });
  mentions.sort((a, b) => a.start - b.start);
  return { id, name, type, aliases: [], role, mentions, notes: [] };
}

const speaker = (text: string, entities: Entity[], n = 0) => findQuotes(text, entities)[n]?.speaker ?? null;

describe('a group or a document as the speaker', () => {
  it('takes "the nurses" for the one organisation whose name holds the word', () => {
    const t =
      'Members of Nurses Against Noise met the mayor on Friday.\n\nThe city did not reply.\n\n“We will be back every week until the sirens stop,” the nurses said.';
    const s = speaker(t, [entity('o1', 'Nurses Against Noise', 'organization', t)]);
    expect(s?.entityId).toBe('o1');
  });

  it('leaves "the nurses" as described when two organisations hold the word', () => {
    const t =
      'Nurses Against Noise and the Nurses Guild met the mayor on Friday.\n\n“We will be back every week,” the nurses said.';
    const s = speaker(t, [
      entity('o1', 'Nurses Against Noise', 'organization', t),
      entity('o2', 'Nurses Guild', 'organization', t),
    ]);
    expect(s?.entityId).toBeNull();
    expect(s?.name).toBe('the nurses');
  });

  it('takes "the ferry company" for the firm named for ferries, not the one named last', () => {
    const t =
      'Harbour Ferries cancelled every crossing on Monday. Tickets had been sold through Quayside Travel.\n\n“No boat will sail while the wind is this strong,” the ferry company said.';
    const s = speaker(t, [
      entity('o1', 'Harbour Ferries', 'organization', t),
      entity('o2', 'Quayside Travel', 'organization', t),
    ]);
    expect(s?.entityId).toBe('o1');
  });

  it('takes "the report" for whoever the article said wrote it, paragraphs before', () => {
    const t =
      'A new report released on Tuesday by the Lakeside Institute looks at river levels.\n\nThe report counted floods in twelve towns.\n\nMost of them were small.\n\nAs the report puts it: “Every town on the river flooded at least once.”';
    const s = speaker(t, [entity('o1', 'Lakeside Institute', 'organization', t)]);
    expect(s?.entityId).toBe('o1');
  });

  it('does not take the outlet that obtained a statement for its author', () => {
    const t =
      'On Monday, Orchard Mills issued a statement about the recall.\n\nThe statement, which was obtained by Lena Cross, named no stores.\n\n“Every bottle has been taken off the shelves,” the statement read.';
    const s = speaker(t, [entity('o1', 'Orchard Mills', 'organization', t), entity('p1', 'Lena Cross', 'person', t)]);
    expect(s?.entityId).toBe('o1');
  });

  it('does not take a plural role for the one person holding it', () => {
    const t =
      'Ada Brook, the author of the study, spoke on Monday. Five others helped write it.\n\n“The rivers are rising faster than we thought,” the authors wrote.';
    const ada = { ...entity('p1', 'Ada Brook', 'person', t), role: 'the author of the study' };
    const s = speaker(t, [ada]);
    expect(s?.entityId).toBeNull();
    expect(s?.name).toBe('the authors');
  });
});

describe('a name followed by a speech verb is a subject for pronouns', () => {
  it('resolves "she" to the named speaker rather than an earlier name after "as"', () => {
    const t =
      'Some pages hide half their plot, which I came to think of as Quiet Chapters, after the novelist Robin Vale explained them to me. “You only see the tip of the story,” she said.';
    const s = speaker(t, [entity('x1', 'Quiet Chapters', 'person', t), entity('p1', 'Robin Vale', 'person', t)]);
    expect(s?.entityId).toBe('p1');
  });
});

describe('a description with a name in apposition after the quotation', () => {
  it('takes the name, not the description, as the speaker', () => {
    const t = '“The talks will go on,” a veteran diplomat, Tom Reed, said on Monday.';
    const s = speaker(t, [entity('p1', 'Tom Reed', 'person', t)]);
    expect(s?.entityId).toBe('p1');
  });

  it('keeps an unnamed source as described', () => {
    const t = '“The talks will go on,” a senior official, speaking on condition of anonymity, said.';
    expect(speaker(t, [])?.name).toBe('a senior official');
  });
});
