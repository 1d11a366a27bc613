/**
 * Speakers named by the structure of the quotation's own sentence: the subject of the
 * clause a quotation stands in when no cue verb is there, relative pronouns as the mention
 * (PolNeAR marks "who" and "which", never resolved), and passive participles that are no cue.
 * Small constructed sentences.
 */
import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../src/core/nlp/quotes';
import { speakerMentions as mentionsOf, speakerNames as namesOf } from './quotes-helpers';

describe('the subject of the quotation’s clause, whatever its verb', () => {
  it('before a cue in an earlier sentence of the paragraph', () => {
    const t =
      'Clinton criticized the plan on Monday. In an August speech, Trump attacked “the hateful ideology of radical Islam and its oppression of women.”';
    expect(namesOf(t)).toEqual(['Trump']);
  });

  it('a pronoun subject, before the speaker of an earlier quotation', () => {
    const t =
      '“It was an attack on our country,” Trump said of the shooting. Later, he offered “my thoughts and prayers for all of the victims’ families.”';
    expect(mentionsOf(t)).toEqual(['Trump', 'he']);
  });

  it('after the conjunction that opens the clause ("When Trump used the words, “…”")', () => {
    const t =
      'Ryan declined to endorse him in May, aides said. When Trump used the words, “I am not quite there yet,” the crowd laughed.';
    expect(mentionsOf(t)).toEqual(['Trump']);
  });

  it('a pronoun after a verb that takes no reported clause ("When he returned he began")', () => {
    const t =
      'Judge Berman took a short recess. When he returned he began by saying, “I don’t think that it is necessary for him to go to jail.”';
    const [q] = findQuotes(t, []);
    expect(q?.speaker?.mention?.start).toBe(t.indexOf('he began'));
  });
});

describe('relative pronouns', () => {
  it('"which" before the cue is the mention, its antecedent the speaker', () => {
    const t =
      'The press release linked to the Associated Press report, which notes, “More than half the people who met with her gave money to the foundation.”';
    expect(mentionsOf(t)).toEqual(['which']);
    expect(namesOf(t)).toEqual(['the Associated Press report']);
  });

  it('"who" with a passive participle ("when asked") between the cue and the quotation', () => {
    const t =
      'Any decision would involve Attorney General Loretta Lynch, who told Congress when asked last month about the inquiry: “That matter is being handled by career agents.”';
    expect(mentionsOf(t)).toEqual(['who']);
    expect(namesOf(t)).toEqual(['Loretta Lynch']);
  });
});

describe('the subject past what stands between it and the cue', () => {
  it('a cue word after a possessive is a noun ("the IG’s report")', () => {
    const t = 'Maher said the IG’s report “was not good for her at all and should worry the campaign.”';
    expect(mentionsOf(t)).toEqual(['Maher']);
  });

  it('a determined phrase with a prepositional phrase, before "but said"', () => {
    const t =
      'A spokesman for the firm declined to comment on the report but said, “We did not treat the server differently.”';
    expect(mentionsOf(t)).toEqual(['A spokesman']);
    // (a short fragment is speech only with a cue and its subject in its own sentence)
    const t2 = 'A spokesman for the firm declined to comment but said the report was “deeply misleading.”';
    expect(mentionsOf(t2)).toEqual(['A spokesman']);
  });

  it('a determined phrase as the clause subject of a quotation without a cue', () => {
    const t =
      'Sanders questioned her judgment on Monday. The ad targets a “corrupt political system that keeps in place a rigged economy.”';
    expect(mentionsOf(t)).toEqual(['The ad']);
  });

  it('a name and its parenthesis before the comma ("Gov. John Kasich (R-OH), said")', () => {
    const t =
      'In Berea, Ohio, after winning the primary, Gov. John Kasich (R-OH), said, “I’m getting ready to rent a covered wagon.”';
    expect(namesOf(t)).toEqual(['John Kasich']);
  });

  it('not the object of a participle’s preposition ("source speaking to Fox News said")', () => {
    const t = 'Another intelligence source speaking to Fox News said, “The agents are investigating the foundation.”';
    expect(mentionsOf(t)).toEqual(['Another intelligence source']);
  });

  it('a colon introduction whose subject has an appositive ("McConnell, R-Ky., delivered … to Trump:")', () => {
    const t =
      'Senate Majority Leader Mitch McConnell, R-Ky., delivered a blunt message to Trump: “It is time to quit attacking people.”';
    expect(mentionsOf(t)).toEqual(['Senate Majority Leader Mitch McConnell']);
  });

  it('a name after a dash before the colon, not the cue before the dash', () => {
    const t = 'Pollsters agree - Carl Bialik: “One of the biggest lessons was a simple one.”';
    expect(mentionsOf(t)).toEqual(['Carl Bialik']);
  });
});

describe('transcript turns quoted over several paragraphs', () => {
  it('one quotation per turn, each with its own speaker label', () => {
    const t =
      'Pence spoke with Wallace on Sunday.\n\n"PENCE: I was in North Carolina earlier this week, in the pouring rain.\n\n"And the truth is that we had a great crowd there.\n\n"WALLACE: Governor, I don’t want to interrupt, but I want to try to get to the point.\n\n"PENCE: And that’s why Donald Trump is on his way to the White House."';
    expect(mentionsOf(t)).toEqual(['PENCE', 'WALLACE', 'PENCE']);
    expect(findQuotes(t, [])[0]?.spans).toHaveLength(2);
  });
});

describe('documents that speak', () => {
  it('a noun phrase and an adverb before the cue after the quotation (“…,” the editorial board recently wrote)', () => {
    const t =
      'The paper has run a string of negative editorials. "Obsequious pandering to Trump belies his reputation as a maverick," the editorial board recently wrote.';
    expect(mentionsOf(t)).toEqual(['the editorial board']);
  });

  it('a prepositional phrase before "reads" (“…” a welcome message on the website reads)', () => {
    const t =
      '“Hi Americans! Donald Trump may become the President of your country!” a welcome message on the website reads.';
    expect(mentionsOf(t)).toEqual(['a welcome message']);
  });

  it('"reads" with a comma or colon before the quotation it introduces', () => {
    const t =
      'The email includes a photo of Cruz. At the bottom it reads, “P.S. You can further support the cause by chipping in $35.”';
    expect(mentionsOf(t)).toEqual(['it']);
  });

  it('"which" without its comma is no relative subject ("added the caption which reads")', () => {
    const t = 'Henry added the caption which reads, “Sanders aide Jeff Weaver told me the photo violates the rules.”';
    expect(mentionsOf(t)).not.toEqual(['which']);
  });
});

describe('colon introductions', () => {
  it('"the following comment:" is a noun, not a cue with "the following" as its subject', () => {
    const t =
      'On July 6, 2015, Sanders made the following comment:\n\n“For young people who have graduated high school, the unemployment rate is 33 percent.”';
    expect(mentionsOf(t)).toEqual(['Sanders']);
  });
});

describe('a cue inside an opening subordinate clause', () => {
  it('does not reach the quotation of the main clause ("After X criticized Y, Hillary shot back, “…”")', () => {
    const t =
      'After former California Gov. Jerry Brown criticized Bill Clinton during a debate, Hillary shot back, “I suppose I could have chosen to bake cookies and have teas.”';
    expect(mentionsOf(t)).toEqual(['Hillary']);
  });
});

describe('a colon introduction past an appositive with a title in it', () => {
  it('"Buckley, who phoned in from the set of “Fargo,” had a similar experience: “…”": Buckley', () => {
    const t =
      'Tom Harper directed the film.\n\nAt the last minute, a sample came in. “It grabbed me by the heart,” he said. Buckley, who phoned in from the Chicago set of “Fargo,” had a similar experience: “It was just that immediate feeling.”';
    const qs = findQuotes(t, []);
    expect(qs.map((q) => q.speaker?.name ?? null)).toEqual(['Tom Harper', 'Buckley']);
  });
});
