/**
 * Which spans are quotations: double marks used at both levels of a nested quotation, words a
 * speaker wrote down given "as" a fragment, a quotation that repeats a speaker's words without a
 * cue, a subheading that quotes the body, a verb in marks with its object; and one word of the
 * senses or the mind in marks as a loose use, not speech. Invented sentences.
 */
import { describe, expect, it } from 'vitest';
import { findQuotes, type QuoteBlocks } from '../../src/core/nlp/quotes';
import type { Entity } from '../../src/core/analysis/contract';

function person(text: string, id: string, name: string, surface: string): Entity {
  const mentions = [];
  for (let i = text.indexOf(surface); i >= 0; i = text.indexOf(surface, i + 1))
    mentions.push({ start: i, end: i + surface.length, text: surface });
  return { id, name, type: 'person', aliases: [], role: null, mentions, notes: [] };
}

const texts = (text: string) => findQuotes(text, []).map((q) => q.text);
const nested = (text: string, entities: Entity[] = []) => findQuotes(text, entities).filter((q) => q.nestedIn);

describe('double marks at both levels', () => {
  it('curly marks inside curly marks nest', () => {
    const t = '“Then Ruiz told me “we are done here” and walked out,” Okafor said.';
    expect(texts(t)).toEqual(['Then Ruiz told me “we are done here” and walked out,', 'we are done here']);
    expect(nested(t).map((q) => q.text)).toEqual(['we are done here']);
  });

  it('straight marks inside curly marks nest', () => {
    const t = '“Then Ruiz told me "we are done here" and walked out,” Okafor said.';
    expect(nested(t).map((q) => q.text)).toEqual(['we are done here']);
  });

  it('a title’s mark left open does not swallow the quotations after it', () => {
    const t = 'A demo arrived called “Harbour (“Home Again”). “It hit me at once,” he said. “It just fit.”';
    expect(texts(t)).toContain('It hit me at once. It just fit.');
  });
});

describe('fragments inside a quotation', () => {
  it('a word someone wrote down, given "as", is theirs', () => {
    const t = '“Ana read the form, and Bo listed his job there as ‘helper,’ not a partner,” Cruz wrote.';
    const inner = nested(t, [person(t, 'p1', 'Ana Lind', 'Ana'), person(t, 'p2', 'Bo Sand', 'Bo')]);
    expect(inner.map((q) => [q.text, q.speaker?.name])).toEqual([['helper,', 'Bo Sand']]);
  });

  it('a document that lists a thing as a word gives it a category, not words', () => {
    expect(nested('“The report lists the shed as ‘storage,’ which is wrong,” Cruz said.')).toEqual([]);
  });

  it('a short capitalised sentence right after a cue is said, a title is not', () => {
    expect(nested('“I told him ‘No.’ Then I left,” Ruiz said.').map((q) => q.text)).toEqual(['No.']);
    expect(nested('“I asked her: ‘Why Not?’ and she laughed,” Ruiz said.').map((q) => q.text)).toEqual(['Why Not?']);
    expect(nested('“He said ‘Blue Harbour Nights’ was the best,” Ruiz said.')).toEqual([]);
  });

  it('a feeling named with a noun is the speaker’s own thought', () => {
    const t = 'Lind had a similar experience: “It was that sudden feeling of ‘this is the one.’”';
    const inner = nested(t, [person(t, 'p1', 'Mara Lind', 'Lind')]);
    expect(inner.map((q) => [q.text, q.speaker?.name])).toEqual([['this is the one.', 'Mara Lind']]);
  });
});

describe('quotations that repeat a speaker’s words', () => {
  it('the writer quoting the words again, without a cue, quotes the same speaker', () => {
    const t =
      'Officials met on Monday.\n“I have always told the truth about the budget and its plain figures,” Okafor told reporters.\nBy her own count, Okafor has given “the truth about the budget and its plain figures.”';
    const all = findQuotes(t, [person(t, 'p1', 'Ada Okafor', 'Okafor')]);
    expect(all.map((q) => [q.text, q.kind, q.speaker?.name])).toEqual([
      ['I have always told the truth about the budget and its plain figures,', 'full', 'Ada Okafor'],
      ['the truth about the budget and its plain figures.', 'partial', 'Ada Okafor'],
    ]);
  });

  it('a short scare quote whose word a speaker also uses stays a scare quote', () => {
    const t = '“The plan is a real shield for us,” Okafor said.\nThe “shield” is a new levy.';
    expect(texts(t)).toEqual(['The plan is a real shield for us,']);
  });

  it('a subheading that quotes the body is the speaker’s; the headline is not', () => {
    const t =
      '“Act now”\nThe harbour was quiet.\n‘We must act now’\n“The sea is sick. We must act now,” said Ruiz, a fisherman.';
    const sub = t.indexOf('‘We');
    const blocks: QuoteBlocks = {
      skip: [],
      headings: [
        { start: 0, end: 9 },
        { start: sub, end: sub + 17 },
      ],
      blockquotes: [],
    };
    const all = findQuotes(t, [person(t, 'p1', 'Ana Ruiz', 'Ruiz')], blocks);
    expect(all.map((q) => [q.text, q.kind, q.speaker?.name])).toEqual([
      ['We must act now', 'partial', 'Ana Ruiz'],
      ['The sea is sick. We must act now,', 'full', 'Ana Ruiz'],
    ]);
  });
});

describe('one or two words in marks', () => {
  it('a verb in marks with its object is the speaker’s word', () => {
    expect(texts('The engineers found the fault, Lund said, and “patched” the code before the weekend.')).toEqual([
      'patched',
    ]);
  });

  it('what someone likened a thing to is their words; "compared to" alone is a preposition', () => {
    expect(texts('Another critic, Ann Holt, likened the plan to "tearing up the map" on Friday.')).toEqual([
      'tearing up the map',
    ]);
    expect(texts('Holt compared the mayor to “a lost tourist” in the debate.')).toEqual(['a lost tourist']);
    expect(texts('Costs rose compared to “normal” years.')).toEqual([]);
  });

  it('a word of the senses or the mind, said of a thing, is a loose use', () => {
    expect(texts('As the authors explain, the cortex "feels" as though it has seen enough.')).toEqual([]);
    expect(texts('For example, as Okafor notes, being able to “taste” and “smell” germs helps the gut.')).toEqual([]);
    expect(texts('The pump was described as “sensing” the change, Okafor said.')).toEqual(['sensing']);
  });
});
