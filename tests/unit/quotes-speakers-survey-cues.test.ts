/**
 * Cues the first reading missed: an inverted cue ending the sentence after a short quotation
 * ("…, reports the paper."), "in the words of" with a description, and "likened … to “…”".
 * Small constructed sentences.
 */
import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../src/core/nlp/quotes';
import { speakerNames } from './quotes-helpers';

describe('an inverted cue at the end of the sentence', () => {
  it('tags a short quotation earlier in the sentence', () => {
    const t = 'The outbreak was contained. All “relevant sites” were disinfected, reports the paper.';
    const qs = findQuotes(t, []);
    expect(qs.map((q) => q.text)).toEqual(['relevant sites']);
    expect(qs[0]!.speaker?.name).toBe('the paper');
  });

  it('with a name after the cue', () => {
    const t = 'Farms were closed. The strain is “almost always fatal” to birds, warns Helen Marsh.';
    expect(speakerNames(t)).toEqual(['Helen Marsh']);
  });

  it('not when the sentence goes on after the phrase', () => {
    const t = 'The trains were “mostly empty” on Sunday, reports the paper about the strike.';
    expect(speakerNames(t)).toEqual([]);
  });
});

describe('in the words of a description', () => {
  it('names the speaker before a colon', () => {
    const t = 'The ministry met reporters. In the words of the minister: “We have nothing left to lose.”';
    expect(speakerNames(t)).toEqual(['the minister']);
  });

  it('and before a comma', () => {
    const t = 'The harvest failed. In the words of one local farmer, “We have nothing left to lose.”';
    expect(speakerNames(t)).toEqual(['one local farmer']);
  });
});

describe('likened to', () => {
  it('the subject of "likened" is the speaker', () => {
    const t = 'Critics were unhappy. Another critic likened the rules to “a cage built for a bird that has flown.”';
    expect(speakerNames(t)).toEqual(['Another critic']);
  });
});

describe('a cue before its quotation after a comma', () => {
  it('"X, via a paper, said that Y “…”" is still X\'s', () => {
    const t = 'Ann Lee, via the local paper, said that Bo Park “cannot start a fight and then cry foul.”';
    const people = ['Ann Lee', 'Bo Park'].map((name) => ({
      id: name.toLowerCase().replace(' ', '-'),
      name,
      type: 'person' as const,
      aliases: [],
      role: null,
      notes: [],
      mentions: [{ start: t.indexOf(name), end: t.indexOf(name) + name.length, text: name }],
    }));
    expect(speakerNames(t, people)).toEqual(['Ann Lee']);
  });
});

describe('"as X related," before a quotation', () => {
  it('gives the quotation, lower case and all, to X', () => {
    const t = 'The village was quiet. As one witness related, “the soldiers came at night and took everything.”';
    expect(speakerNames(t)).toEqual(['one witness']);
  });

  it('"related to" is no cue', () => {
    const t = 'Costs related to the storm were “far higher than anyone had planned for in the budget,” the mayor said.';
    expect(speakerNames(t)).toEqual(['the mayor']);
  });
});

describe('the name of a condition', () => {
  it('after "diagnosed with" is no quotation', () => {
    const t = 'Her doctor said the girl was diagnosed with “selective mutism” in May.';
    expect(findQuotes(t, [])).toEqual([]);
  });

  it('after "suffers from"', () => {
    const t = 'The coach said the striker suffers from “jumper’s knee” and will rest.';
    expect(findQuotes(t, [])).toEqual([]);
  });
});
