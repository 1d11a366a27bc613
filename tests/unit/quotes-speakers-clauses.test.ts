/**
 * Speakers found through the structure of the sentence: the clause a participle cue
 * belongs to, objects that are not speakers, coordinated cues, colon introductions, long
 * appositives, and organisations and documents as speakers. Small constructed sentences.
 */
import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../src/core/nlp/quotes';
import type { Entity } from '../../src/core/analysis/contract';
import { mentionText, speakerMentions as mentions, speakerNames as who } from './quotes-helpers';

describe('participle cues take the subject of their clause', () => {
  it('the clause with a verb, not an introductory phrase ("Hours later, X returned …, telling")', () => {
    const t =
      'Hours later, Trump returned the compliment to Adelson, telling Reuters, “Sheldon and I have been friends for a long time.”';
    expect(who(t)).toEqual(['Trump']);
  });

  it('the nearest clause after ", when" ("…, when protesters interrupted her, shouting")', () => {
    const t =
      'The first incident came during a speech in Purchase, when Sanders protesters interrupted her speech, shouting “she wins, we lose!”';
    expect(mentions(t)).toEqual(['Sanders protesters']);
  });

  it('an aside between dashes is not the clause', () => {
    const t =
      'The protesters walked the streets around the stadium - where the Panthers played the Vikings - while chanting, “Hands up, don’t shoot.”';
    expect(mentions(t)).toEqual(['The protesters']);
  });

  it('a name before its verb ends at the name ("Trump attacked Clinton for …, saying")', () => {
    const t =
      'During a speech earlier in the day, Trump attacked Clinton for her support of the war in Iraq, saying, “She is trigger-happy and very unstable.”';
    expect(who(t)).toEqual(['Trump']);
  });

  it('the object of the verb before the participle is not the speaker ("emailed supporters saying")', () => {
    const t = 'The Vermont senator emailed supporters saying: “The struggle continues.”';
    expect(mentions(t)).toEqual(['The Vermont senator']);
    const t2 = 'Trump posted a message on Twitter reading “Thank you Georgia and thank you all.”';
    expect(who(t2)).toEqual(['Trump']);
  });

  it('a sign, a banner, a message that bears the words is their speaker', () => {
    const t = 'Lori Bernstein held up a sign saying “Jews Against Trump - Because We Have Seen This Before.”';
    expect(mentions(t)).toEqual(['a sign']);
  });
});

describe('coordinated cues share their clause’s subject', () => {
  it('after "but", with an auxiliary before the first verb', () => {
    const t =
      'Carson did not mention any of his opponents by name, but told his supporters, “Our nation is in horrible trouble.”';
    expect(who(t)).toEqual(['Carson']);
  });

  it('an adverb between the subject and its verb ("He then adopted … and joked")', () => {
    const t =
      'Beck spoke for an hour. He then adopted a fake Southern accent and joked, “I am just going to make it easier for them.”';
    expect(mentions(t)).toEqual(['He']);
  });

  it('a subject pronoun inside the clause, not the one of an earlier cue', () => {
    const t =
      'Mary Hayes met her friend in 1990. Over the years, she said, email has kept them close, although at the mention of her friend she laughed and admitted “emails have been wonderful, although that can be a curse also.”';
    const [q] = findQuotes(t, []);
    expect(q?.speaker?.mention?.start).toBe(t.indexOf('she laughed'));
  });

  it('not the subject of a reported clause ("X confirmed she had been and said")', () => {
    const t = 'Hayek confirmed she had been and said, “America has a very severe problem with discrimination.”';
    expect(who(t)).toEqual(['Hayek']);
  });
});

describe('after the quotation: inverted cues, long appositives, prepositional phrases', () => {
  it('any finite cue verb inverts after a quotation left open ("…,” declares X / opined the paper)', () => {
    const t = '“I am a voter,” declares Stephanie Acs, 27, a Navy veteran.';
    expect(mentions(t)).toEqual(['Stephanie Acs']);
    const t2 = '“Gun owners should leave their weapons at home,” opined the Plain Dealer.';
    expect(who(t2)).toEqual(['Plain Dealer']);
  });

  it('not a title followed by a verb and its object (“Guardians of the Galaxy,” posted the clip)', () => {
    const t = 'Serafinowicz, who starred in “Guardians of the Galaxy,” posted the clip to YouTube on Thursday.';
    expect(findQuotes(t, []).filter((q) => q.speaker !== null)).toEqual([]);
  });

  it('several appositives between the name and the cue', () => {
    const t = '“If I have a view on something, I say it,” Stephanie Acs, 27, a Navy veteran from Albuquerque, said.';
    expect(mentions(t)).toEqual(['Stephanie Acs']);
  });

  it('a prepositional phrase after the head ("chief of staff, Joe Kasper, told"; "a spokesman for the campaign said")', () => {
    const t =
      '“Eventually, positions are gonna soften on him,” California Rep. Duncan Hunter’s chief of staff, Joe Kasper, told reporters.';
    expect(findQuotes(t, [])[0]?.cue).toBe('told');
    const t2 = '“We will win this fight,” a spokesman for the campaign said.';
    expect(mentions(t2)).toEqual(['a spokesman']);
  });
});

describe('before the cue: long appositives', () => {
  it('an age and a long appositive between the name and the cue', () => {
    const t =
      'Clinton, 35, the daughter of former President Bill Clinton and Democratic presidential candidate Hillary Clinton, said on Twitter, “Next summer, Charlotte is going to be a big sister!”';
    expect(mentions(t)).toEqual(['Clinton']);
  });
});

function entity(id: string, name: string, type: Entity['type'], text: string, form = name): Entity {
  const at = text.indexOf(form);
  return {
    id,
    name,
    type,
    aliases: [],
    role: null,
    mentions: [{ start: at, end: at + form.length, text: form }],
    notes: [],
  };
}

describe('colon introductions without a cue verb', () => {
  it('a person named just before the colon when the sentence has no subject to take', () => {
    const t =
      'The timing of the surge does not surprise Republican pollster Daron Shaw: “Lesser-known candidates who win early contests see the biggest boost.”';
    const [q] = findQuotes(t, [entity('p1', 'Daron Shaw', 'person', t)]);
    expect(mentionText(t, q)).toBe('Daron Shaw');
  });

  it('"More from X:" names the person quoted', () => {
    const t =
      'What that means for this year - More from Jones: “The partisanship of the state population is a starting point.”';
    const [q] = findQuotes(t, [entity('p1', 'Jeffrey Jones', 'person', t, 'Jones')]);
    expect(q?.speaker?.name).toBe('Jeffrey Jones');
  });

  it('not a place or an organisation named before the colon', () => {
    const t =
      'The timing of the surge does not surprise anyone in Iowa: “Lesser-known candidates who win early contests see the biggest boost.”';
    const [q] = findQuotes(t, [entity('g1', 'Iowa', 'place', t)]);
    expect(q?.speaker ?? null).toBeNull();
  });
});

describe('documents and groups that introduce a quotation with a colon', () => {
  it.each([
    [
      'A footnote in the report makes that clear: “Most of those emails should have been captured already.”',
      'A footnote',
    ],
    ['The piece used one of the woman’s quotes as its headline: “Finally. Someone who thinks like me.”', 'The piece'],
    [
      'Hoff’s letter makes a libertarian-style case:\n\n“Followers of radical Islam hate everything we stand for as Americans.”',
      'Hoff’s letter',
    ],
  ])('%s', (t, speaker) => {
    expect(mentions(t)).toEqual([speaker]);
  });

  it('a cue word after a determiner is the noun that speaks ("The email goes on to say:")', () => {
    const t = 'The email goes on to say: “Trump wants to literally write racism into our law books.”';
    expect(mentions(t)).toEqual(['The email']);
  });
});
