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

  it('double marks at both levels: straight inside straight, curly inside straight', () => {
    const a = '"He looked up and said, "Get out of my office." So I left," Ortega said.';
    const qs = findQuotes(a, [person(a, 'p1', 'Lina Ortega', 'Ortega')]);
    expect(qs.map((q) => [q.text, q.nestedIn ? 'inner' : 'outer'])).toEqual([
      ['He looked up and said, "Get out of my office." So I left,', 'outer'],
      ['Get out of my office.', 'inner'],
    ]);
    expect(qs[0]!.speaker?.entityId).toBe('p1');
    const b = '"Then he said, “We are finished here,” and walked off," Ortega said.';
    expect(nested(b).map((q) => q.text)).toEqual(['We are finished here,']);
    expect(findQuotes(b, []).filter((q) => !q.nestedIn)).toHaveLength(1);
  });

  it('a title in marks inside a paragraph of a quotation that runs on does not end that paragraph', () => {
    const t =
      'Ortega said: "Well, look, it felt like an episode of “Open Kitchen.” But this was real, and we had bills to pay.\n\n"We kept going anyway."';
    const outer = findQuotes(t, []).filter((q) => !q.nestedIn);
    expect(outer).toHaveLength(1);
    expect(outer[0]!.spans).toHaveLength(2);
    expect(outer[0]!.text).toContain('and we had bills to pay.');
    expect(nested(t)).toEqual([]);
  });

  it('a short fragment with no cue right before it, or one before a noun: not listed (a term or stress)', () => {
    // (Listing fragments reported further back in the clause found a few more quotes on the page
    // set but took as many terms for quotes: left out.)
    const t = '“The foreman told us that the pay rise was ‘off the table’ for now,” Ortega said.';
    expect(nested(t, [person(t, 'p1', 'Lina Ortega', 'Ortega')])).toEqual([]);
    expect(nested('“He said the ‘two-week’ plan would never work,” Ortega said.')).toEqual([]);
    expect(nested('“We all had a ‘quiet’ week after that,” Ortega said.')).toEqual([]);
  });

  it('said to a speaker who reports it in the passive: not the speaker’s own words', () => {
    const t = '“I was told the shed was ‘no longer safe for anyone to use,’ so we moved out,” Ortega said.';
    const [inner] = nested(t, [person(t, 'p1', 'Lina Ortega', 'Ortega')]);
    expect(inner!.text).toBe('no longer safe for anyone to use,');
    expect(inner!.speaker).toBeNull();
  });
});
