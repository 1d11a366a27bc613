/**
 * Quotations nested inside another: each is a quotation of its own with `nestedIn` set to the
 * outer quotation's extent; its speaker is the outer speaker when the outer speaker reports their
 * own words or thoughts, the person named with a cue inside the quotation, and nobody when the
 * quotation reports someone it does not name. Titles and terms in inner marks are not quotations.
 * Invented sentences.
 */
import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../src/core/nlp/quotes';
import type { Entity } from '../../src/core/analysis/contract';

function person(text: string, id: string, name: string, surface: string): Entity {
  const mentions = [];
  for (let i = text.indexOf(surface); i >= 0; i = text.indexOf(surface, i + 1))
    mentions.push({ start: i, end: i + surface.length, text: surface });
  return { id, name, type: 'person', aliases: [], role: null, mentions, notes: [] };
}

const nested = (text: string, entities: Entity[] = []) => findQuotes(text, entities).filter((q) => q.nestedIn);

describe('a quotation nested inside another', () => {
  it('is listed on its own, marked with the outer quotation’s extent', () => {
    const t =
      'Ortega smiled. “I rang my sister and said: ‘Come and help me paint the barn this week.’ She came,” Ortega said.';
    const all = findQuotes(t, [person(t, 'p1', 'Lina Ortega', 'Ortega')]);
    expect(all.map((q) => q.text)).toEqual([
      'I rang my sister and said: ‘Come and help me paint the barn this week.’ She came,',
      'Come and help me paint the barn this week.',
    ]);
    const [outer, inner] = all;
    expect(inner!.nestedIn).toEqual({ start: outer!.start, end: outer!.end });
    expect(outer!.nestedIn).toBeUndefined();
    expect(t.slice(inner!.start, inner!.end)).toBe('‘Come and help me paint the barn this week.’');
    expect(inner!.kind).toBe('full');
  });

  it('said or thought by the speaker themself: the outer speaker', () => {
    const t = '“I sat in the van and thought, ‘Why would anyone drive this far for a sandwich?’” Ortega said.';
    const [inner] = nested(t, [person(t, 'p1', 'Lina Ortega', 'Ortega')]);
    expect(inner!.speaker?.entityId).toBe('p1');
  });

  it('said by someone the quotation names: that person', () => {
    const t =
      '“Then Marek Hollis stood up and told us, ‘We will not sell the orchard to anyone,’ and left,” Ortega said.';
    const [inner] = nested(t, [
      person(t, 'p1', 'Lina Ortega', 'Ortega'),
      person(t, 'p2', 'Marek Hollis', 'Marek Hollis'),
    ]);
    expect(inner!.speaker?.entityId).toBe('p2');
  });

  it('said by someone the quotation does not name: unattributed', () => {
    const t =
      '“The foreman always says ‘Measure twice and cut once, whatever the weather,’ and we listen,” Ortega said.';
    const [inner] = nested(t, [person(t, 'p1', 'Lina Ortega', 'Ortega')]);
    expect(inner!.text).toBe('Measure twice and cut once, whatever the weather,');
    expect(inner!.speaker).toBeNull();
  });

  it('double marks inside single ones, and a backtick typed for the opening mark', () => {
    expect(nested('‘He called it “a disgrace” on Monday,’ the aide said.').map((q) => q.text)).toEqual(['a disgrace']);
    const b = '“You had to say, `We have a fine cook who makes bread from scratch every day.’ ” Ortega said.';
    expect(nested(b).map((q) => q.text)).toEqual(['We have a fine cook who makes bread from scratch every day.']);
  });

  it('titles and short terms inside a quotation are not quotations', () => {
    expect(nested('“We wanted to play ‘Blue Harbour Nights,’ the old song,” Ortega said.')).toEqual([]);
    expect(nested('“The report lists the shed as ‘storage,’ which is wrong,” Ortega said.')).toEqual([]);
  });
});
