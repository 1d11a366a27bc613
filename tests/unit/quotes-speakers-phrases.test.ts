/**
 * The speaker phrase, not the nearest name in it: the phrase a chain of prepositional phrases
 * hangs on ("the authors of the study published in the journal X"), the name set off after a
 * description, a cue inside a relative clause, and a pronoun whose first antecedent the
 * quotation itself speaks of. Small constructed sentences.
 */
import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../src/core/nlp/quotes';
import { speakerMentions as mentionsOf } from './quotes-helpers';

describe('the subject phrase before a cue, not the last name in it', () => {
  it('a group described with the journal it published in: the group, not the journal', () => {
    const t =
      'The authors of the research published in the journal Coastal Ecology Letters argued that the dredging was “a slow disaster for the reef.”';
    expect(mentionsOf(t)).toEqual(['The authors']);
  });

  it('an unnamed source with a place in its description: the source, not the place', () => {
    const t = 'A senior official in Dunmore said “the talks are over for this year.”';
    expect(mentionsOf(t)).toEqual(['A senior official']);
  });

  it('a participle chain still gives the phrase it modifies', () => {
    const t = 'Another engineer speaking to the Harbor Gazette said “the bridge was never inspected.”';
    expect(mentionsOf(t)).toEqual(['Another engineer']);
  });

  it('a phrase inside the sentence is not climbed to ("talks with X in Y")', () => {
    const t = 'Talks with Vell in Dunmore ended early. “We tried,” Vell said.';
    expect(mentionsOf(t)).toEqual(['Vell']);
  });

  it('"The mayor of X, Name, said": the name after the description', () => {
    const t = 'The mayor of Dunmore, Alma Treace, said “we are ready for the flood.”';
    expect(mentionsOf(t)).toEqual(['Alma Treace']);
  });

  it('"Name, the mayor of X, said": still the name before', () => {
    const t = 'Alma Treace, the mayor of Dunmore, said “we are ready for the flood.”';
    expect(mentionsOf(t)).toEqual(['Alma Treace']);
  });

  it('"The mother of a woman who …": the phrase the relative clause’s head hangs on', () => {
    const t =
      'The mother of a woman who bought the pills online has described how her daughter was “burning up from within” that night.';
    expect(mentionsOf(t)).toEqual(['The mother']);
  });
});

describe('a cue in a relative clause without "that"', () => {
  it('"the letter Name wrote was “…”" is no cue for the quotation', () => {
    const t =
      'Linda Pell added that their father and Ross had corresponded, and the letter Ross wrote was “kind and loving.”';
    expect(mentionsOf(t)).toEqual(['Linda Pell']);
  });

  it('"what he said was “…”" still is', () => {
    const t = 'Ross Pell spoke last. What Pell said was “we will rebuild the mill.”';
    expect(mentionsOf(t)).toEqual(['Pell']);
  });
});

describe('a pronoun whose nearest antecedent the quotation speaks of', () => {
  it('“I cannot believe Name …,” she said: the other woman', () => {
    const t =
      'Linda Pell lives in a retirement home. Susan Vance did not answer my emails. “I cannot believe Susan would not want his books back in print,” she said.';
    const [q] = findQuotes(t, []);
    expect(q!.speaker?.name).toBe('Linda Pell');
  });

  it('the nearest antecedent when the quotation does not name her', () => {
    const t =
      'Linda Pell lives in a retirement home. Susan Vance did not answer my emails. “I cannot believe it,” she said.';
    const [q] = findQuotes(t, []);
    expect(q!.speaker?.name).toBe('Susan Vance');
  });
});

describe('a pronoun for a person the article describes', () => {
  it('"one mother, who knew her daughter …, she said": the mother, not "her daughter"', () => {
    const t =
      'We spoke to one mother, who knew her teenage daughter had a public account. “I am ahead of every other parent I know,” she said.';
    expect(findQuotes(t, [])[0]!.speaker?.name).toBe('one mother');
  });

  it('"her mother" when no one else is described', () => {
    const t = 'The police spoke to the family. Later her mother arrived. “It was awful,” she said.';
    expect(findQuotes(t, [])[0]!.speaker?.name).toBe('her mother');
  });
});

describe('a quotation that completes a passive verb', () => {
  it('is the agent’s after "by", not the subject’s, which is what was described', () => {
    const t = 'The recent run of ferry delays has been described as “unacceptable” by the transport department.';
    expect(mentionsOf(t)).toEqual(['the transport department']);
  });
});
