/**
 * Who speaks when a description, a name it relates to and a cue stand together: the name in
 * "the coach of X" or "a source close to X" is not the speaker; a spokesperson speaks for the
 * organisation; a name set off after the description is the speaker. And the pronouns and
 * phrases that stand for an organisation or a spokesperson ("it", "they", "the supermarket").
 */
import { describe, expect, it } from 'vitest';
import type { Entity } from '../../src/core/analysis/contract';
import { findQuotes } from '../../src/core/nlp/quotes';

/** An entity with a mention at each occurrence of each of its names in `text`. */
function ent(id: string, type: Entity['type'], text: string, ...names: string[]): Entity {
  const mentions = names.flatMap((n) =>
    [...text.matchAll(new RegExp(`\\b${n}\\b`, 'g'))].map((m) => ({
      start: m.index!,
      end: m.index! + n.length,
      text: n,
    })),
  );
  mentions.sort((a, b) => a.start - b.start);
  return { id, name: names[0]!, type, aliases: names.slice(1), role: null, notes: [], mentions };
}

const speakerOf = (text: string, entities: Entity[], i = 0) => findQuotes(text, entities)[i]?.speaker ?? null;

describe('a name joined to the speaker’s description', () => {
  it('"said the coach of X, Y": the name set off after the description', () => {
    const t = '“He was the best I ever saw,” said the coach of Harry Kane, Tom Hardy.';
    const s = speakerOf(t, [ent('kane', 'person', t, 'Harry Kane'), ent('hardy', 'person', t, 'Tom Hardy')]);
    expect(s?.name).toBe('Tom Hardy');
  });

  it('"said the coach of X": the coach, not the player the quotation is about', () => {
    const t = '“He was the best I ever saw,” said the coach of Harry Kane.';
    const s = speakerOf(t, [ent('kane', 'person', t, 'Harry Kane')]);
    expect(s?.entityId ?? null).toBeNull();
    expect(s?.name).toBe('the coach');
  });

  it('"The coach of X said:": the coach', () => {
    const t = 'The coach of Harry Kane said: “He was the best I ever saw.”';
    const s = speakerOf(t, [ent('kane', 'person', t, 'Harry Kane')]);
    expect(s?.name).toBe('The coach');
  });

  it('"a source close to X said": the unnamed source, not X', () => {
    const t = '“The prime minister will not resign,” a source close to Boris Johnson said.';
    const s = speakerOf(t, [ent('bj', 'person', t, 'Boris Johnson')]);
    expect(s?.entityId ?? null).toBeNull();
    expect(s?.name).toBe('a source');
  });

  it('"a spokeswoman for X said", "said a spokeswoman for X": the organisation X', () => {
    for (const t of [
      '“We will appeal,” a spokeswoman for Microsoft said.',
      '“We will appeal,” said a spokeswoman for Microsoft.',
    ]) {
      expect(speakerOf(t, [ent('ms', 'organization', t, 'Microsoft')])?.entityId).toBe('ms');
    }
  });
});

describe('a document and who issued it', () => {
  it('"according to a report by X": X', () => {
    const t = '“The plan is sound,” according to a report by the Institute for Fiscal Studies.';
    const s = speakerOf(t, [ent('ifs', 'organization', t, 'Institute for Fiscal Studies')]);
    expect(s?.entityId).toBe('ifs');
  });
});

describe('the subject of the clause with the cue', () => {
  it('"Democratic presidential nominee X chimed in, saying": X, not the first capitalised word', () => {
    const t =
      'Democratic presidential nominee Hillary Clinton chimed in on Twitter, saying that officials should release the videos “without delay.”';
    expect(speakerOf(t, [ent('hc', 'person', t, 'Hillary Clinton')])?.name).toBe('Hillary Clinton');
  });

  it('"X, her opponent, bemoaned … and said": X past the appositive', () => {
    const t =
      'Donald Trump, her Republican opponent, bemoaned the unrest in Charlotte and said he thought that drugs were a “very, very big factor” in the violence.';
    expect(speakerOf(t, [ent('dt', 'person', t, 'Donald Trump')])?.name).toBe('Donald Trump');
  });

  it('"In X’s words, “…”" and "In the words of X, “…”": X', () => {
    const t1 = 'The team was puzzled.\n\nIn Dr. Shadlen’s words, “Could the moment be tied to the person’s awareness?”';
    expect(speakerOf(t1, [])?.name).toBe('Shadlen');
    const t2 = 'In the words of Tom Reed, “This is the end of an era.”';
    expect(speakerOf(t2, [ent('tr', 'person', t2, 'Tom Reed')])?.name).toBe('Tom Reed');
  });
});

describe('pronouns and phrases for an organisation or a spokesperson', () => {
  it('"they" after a spokesperson named as the subject: that person', () => {
    const t =
      'Kym Lino, a spokesperson for Instagram, confirmed that the company notifies people. “We use a model,” they said in an email.';
    const s = speakerOf(t, [ent('kl', 'person', t, 'Kym Lino'), ent('ig', 'organization', t, 'Instagram')]);
    expect(s?.name).toBe('Kym Lino');
  });

  it('"it" for a body the article names only by its kind: as described', () => {
    const t = 'The council voted to close the library. Residents were angry.\n\n“We had no choice,” it said.';
    expect(speakerOf(t, [])?.name).toBe('the council');
  });

  it('"the supermarket said" stands for the organisation named before', () => {
    const t = 'Tesco said sales fell by two percent in the quarter.\n\n“Trading remains tough,” the supermarket said.';
    expect(speakerOf(t, [ent('tesco', 'organization', t, 'Tesco')])?.entityId).toBe('tesco');
  });

  it('"he" for "a spokesman for X" introduced before: the organisation X', () => {
    const t = 'A spokesman for Tesco said sales had fallen.\n\n“Trading remains tough,” he said.';
    expect(speakerOf(t, [ent('tesco', 'organization', t, 'Tesco')])?.entityId).toBe('tesco');
  });
});

describe('a quotation standing alone after a paragraph', () => {
  it('the one person named at the end of the paragraph before speaks, a subject or not', () => {
    const t =
      'The whales washed up on the beach in March. Staff buried most of them.\n\nBut for Hori Parata and his family the deaths are personal.\n\n“It’s very emotional. Our ancestors tell us the strandings are a sign.”';
    expect(speakerOf(t, [ent('hp', 'person', t, 'Hori Parata')])?.name).toBe('Hori Parata');
  });
});

describe('a title with a capitalised cue word in it', () => {
  it('"Secretary of State X said": X, not "Secretary" (the "State" of the title is no verb)', () => {
    const t = '“We will not back down,” Secretary of State Jane Holt said on Monday.';
    expect(speakerOf(t, [ent('holt', 'person', t, 'Jane Holt')])?.name).toBe('Jane Holt');
    const u = '“We will not back down,” Post Office chief Amir Dane said.';
    expect(speakerOf(u, [ent('dane', 'person', u, 'Amir Dane')])?.name).toBe('Amir Dane');
  });
});
