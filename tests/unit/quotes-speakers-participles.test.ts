/**
 * Speakers of quotations introduced by a participle ("…, saying “…”"): the subject of
 * the clause the participle belongs to. Small constructed sentences.
 */
import { describe, expect, it } from 'vitest';
import { speakerMentions as mentionsOf } from './quotes-helpers';

describe('the subject of a participle cue', () => {
  it('"with X calling": an absolute phrase has its own subject', () => {
    const t =
      'Teachers unions were among the earliest supporters of Clinton, with the American Federation of Teachers calling her “the champion working families need” in a statement.';
    expect(mentionsOf(t)).toEqual(['American Federation of Teachers']);
  });

  it('"with X tweeting … and asking": also through a coordinated participle', () => {
    const t =
      'Republicans were quick to chime in, with Donald Trump tweeting that it was bad for Clinton and asking, “How can someone with such bad judgement be our next president?”';
    expect(mentionsOf(t)).toEqual(['Donald Trump']);
  });

  it('past an adverb before the subject ("even a top strategist")', () => {
    const t =
      'Alongside the calls for action, even a top GOP strategist said Clinton will have to choose, saying, “At some point, she is going to have to come out on this.”';
    expect(mentionsOf(t)).toEqual(['a top GOP strategist']);
  });

  it('after a dash ("Washington (AFP) – Clinton has …")', () => {
    const t =
      'Washington (AFP) – Democrat Hillary Clinton has taken a swipe at her rival’s stance on Brexit, saying that “bombastic comments do more harm than good during such times.”';
    expect(mentionsOf(t)).toEqual(['Democrat Hillary Clinton']);
  });

  it('in a clause opened by "where" or "as" inside the sentence', () => {
    const t1 =
      'Clinton spoke down the street from the casino, where about 50 protesters had gathered on Wednesday, chanting “no contract, no peace” for an hour.';
    expect(mentionsOf(t1)).toEqual(['50 protesters']);
    const t2 =
      'Gov. Chris Christie, a staunch Trump ally, acknowledged some plagiarism even as he defended Melania Trump and the campaign, saying, “Ninety-three percent of the speech is completely different.”';
    expect(mentionsOf(t2)).toEqual(['he']);
  });

  it('not after "as" before a phrase and a participle ("her years as senator representing")', () => {
    const t =
      'Clinton beamed on the stage. She quickly noted her years as senator representing the state, saying “we faced difficult challenges together, and we won.”';
    expect(mentionsOf(t)).toEqual(['She']);
  });

  it('not a verb phrase after an appositive ("X, a lawyer, endorsed Sanders’ approach")', () => {
    const t =
      'Erin Brockovich, the environmental activist and lawyer, endorsed Sanders’ approach Saturday, saying “we need to focus all of our energy on helping the people of Flint.”';
    expect(mentionsOf(t)).toEqual(['Erin Brockovich']);
  });

  it('a phrase ends before its past-tense verb ("several groups granted Mr. Clarke")', () => {
    const t =
      'In August, several environmental groups granted Mr. Clarke an extension on a court order, saying his “start-up capital was less than expected by everyone.”';
    expect(mentionsOf(t)).toEqual(['several environmental groups']);
  });
});
