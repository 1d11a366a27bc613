/**
 * Who said it: cue verbs in any tense and order, same/adjacent sentence and across the
 * paragraph, appositives, pronouns by gender and salience, role nouns, turns continuing into the
 * next paragraph, letters read out by someone else, speakers who are not named entities, and
 * quotations with no speaker. Entities are built by hand where the test is about linking.
 */
import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../src/core/nlp/quotes';
import type { Entity } from '../../src/core/analysis/contract';
import { mentionText, speakerNames as who } from './quotes-helpers';

function person(id: string, name: string, text: string, role: string | null = null, forms: string[] = []): Entity {
  const mentions: Entity['mentions'] = [];
  for (const f of [name, ...forms]) {
    for (let at = text.indexOf(f); at >= 0; at = text.indexOf(f, at + 1)) {
      if (!mentions.some((m) => m.start < at + f.length && at < m.end))
        mentions.push({ start: at, end: at + f.length, text: f });
    }
  }
  return { id, name, type: 'person', aliases: forms, role, mentions, notes: [] };
}

describe('cue verbs and order', () => {
  // prettier-ignore
  it.each([
    ['“We will win,” Smith said.', 'Smith', 'said'],
    ['“We will win,” said Smith.', 'Smith', 'said'],
    ['Smith said: “We will win.”', 'Smith', 'said'],
    ['Smith told reporters on Monday that “the plan is dead.”', 'Smith', 'told'],
    ['According to Smith, “the plan is dead and buried.”', 'Smith', 'According to'],
    ['“The plan is dead,” Smith wrote in a letter.', 'Smith', 'wrote'],
    ['“And it will stay dead,” Smith added.', 'Smith', 'added'],
    ['Smith warned that the deal was “a disaster for everyone.”', 'Smith', 'warned'],
    ['Smith claims the vote was “rigged from the start.”', 'Smith', 'claims'],
    ['Smith: “We will not back down.”', 'Smith', ':'],
    ['“Go back to Univision,” Trump barked at the reporter.', 'Trump', 'barked'],
    ['“Is that so?” asked Smith.', 'Smith', 'asked'],
  ])('%s', (text, speaker, cue) => {
    const [q] = findQuotes(text, []);
    expect(q?.speaker?.name).toBe(speaker);
    expect(q?.cue).toBe(cue);
    expect(mentionText(text, q!)).toBe(speaker);
  });

  it('appositives and parentheses between the name and the cue', () => {
    const t =
      '“This is a disgusting day,” Rep. Gwen Moore (D-Wis.) said Friday. “It is a dog whistle,” Jorge Rodriguez, head of the legislature, said.';
    expect(who(t)).toEqual(['Gwen Moore', 'Jorge Rodriguez']);
  });

  it('the speaker named in an earlier sentence of the paragraph', () => {
    const t =
      'Smith spoke to the crowd in Ohio on Monday night. She said little about the race. “We are going to win this state.”';
    expect(who(t)).toEqual(['Smith']);
  });

  it('a non-entity speaker gets a name string and no entity id', () => {
    const t = '“We have no comment at this time,” a White House official said.';
    const [q] = findQuotes(t, []);
    expect(q!.speaker).toEqual({
      entityId: null,
      name: 'a White House official',
      mention: { start: t.indexOf('a White'), end: t.indexOf(' said') },
    });
  });

  it('no attributable speaker: speaker null, cue null', () => {
    const [q] = findQuotes(
      'The sign on the door read nothing. “We are closed until further notice, sorry for the trouble.”',
      [],
    );
    expect(q?.speaker).toBeNull();
    expect(q?.cue).toBeNull();
  });
});

describe('pronouns, roles, turns, letters', () => {
  it('he/she resolved by gender and salience; mention is the pronoun', () => {
    const t = 'Hillary Clinton met Donald Trump on the stage. “I am ready for this,” she said. “So am I,” he said.';
    const es = [
      person('hc', 'Hillary Clinton', t, null, ['Clinton']),
      person('dt', 'Donald Trump', t, null, ['Trump']),
    ];
    const qs = findQuotes(t, es);
    expect(qs.map((q) => q.speaker?.entityId)).toEqual(['hc', 'dt']);
    expect(qs.map((q) => mentionText(t, q))).toEqual(['she', 'he']);
  });

  it('the subject is preferred to an object of the same gender', () => {
    const t =
      'Although Trump has not threatened action against Maduro, he has warned that strikes would begin “very soon.”';
    expect(who(t)).toEqual(['Trump']);
  });

  it('"they" for an organisation', () => {
    const t = 'The Sierra Club sued the state on Monday. “This rule is illegal and we will stop it,” they said.';
    const org: Entity = {
      id: 'sc',
      name: 'Sierra Club',
      type: 'organization',
      aliases: [],
      role: null,
      mentions: [{ start: 4, end: 15, text: 'Sierra Club' }],
      notes: [],
    };
    expect(findQuotes(t, [org])[0]!.speaker).toMatchObject({ entityId: 'sc', name: 'Sierra Club' });
  });

  it('a role noun resolves to the entity with that role', () => {
    const t = 'Republican Senator Markwayne Mullin spoke first. Later, “we offered him a way out,” the senator said.';
    const es = [person('mm', 'Markwayne Mullin', t, 'Republican Senator')];
    const [q] = findQuotes(t, es);
    expect(q!.speaker).toMatchObject({ entityId: 'mm', name: 'Markwayne Mullin' });
    expect(mentionText(t, q!)).toBe('the senator');
  });

  it('a turn continues into the next paragraph', () => {
    const t =
      '“We will fight this in court,” said Jane Doe, the group’s lawyer.\n\n“And we expect to win, because the law is on our side.”\n\nThe state did not respond.';
    const qs = findQuotes(t, []);
    expect(qs.map((q) => q.speaker?.name)).toEqual(['Jane Doe', 'Jane Doe']);
  });

  it('the author of a letter read out by someone else is the speaker', () => {
    const t =
      'In a letter to OPEC, read by Vice President Delcy Rodriguez, Maduro wrote that Washington "is trying to seize the oil reserves by force".';
    expect(who(t)).toEqual(['Maduro']);
  });

  it('the reported clause’s subject is not the speaker', () => {
    const t = 'Trump spoke on Monday.\n\nHe added that War Secretary Pete Hegseth "was satisfied" with the strike.';
    expect(who(t)).toEqual(['Trump']);
  });

  it('a transcript turn names its speaker inside the quotation', () => {
    const t =
      'Partial transcript as follows:\n\n"WALLACE: Will she be there tomorrow night?\n\n"PENCE: She will not be attending the debate."';
    expect(who(t)).toEqual(['Wallace', 'Pence']);
  });

  it('"I" in a first-person turn: the author, as the article gives no byline', () => {
    const t = '“This is a big political win for me,” I confessed to the judge.';
    const [q] = findQuotes(t, []);
    expect(q!.speaker).toMatchObject({ entityId: null, name: 'the author' });
    expect(mentionText(t, q!)).toBe('I');
  });
});

describe('documents and coordinated cues', () => {
  it('a document that "read(s)" a quotation, before or after the verb', () => {
    const t1 = '“We are going to win this state and the next one,” read the statement.';
    const t2 = '“We are going to win this state and the next one,” the article read.';
    expect(who(t1)).toEqual(['the statement']);
    expect(who(t2)).toEqual(['the article']);
  });

  it('a cue coordinated with "and" takes the clause’s subject', () => {
    const t =
      'Eight years ago, Sharpton supported Barack Obama over Clinton and said, “Clinton has never done anything for us.”';
    expect(who(t)).toEqual(['Sharpton']);
  });

  it('a quotation paragraph signed on the next line with a dash', () => {
    const t =
      'Her bill went nowhere.\n\n"Boeing and other multinationals pay no taxes at all."\n\n- Sanders.\n\nThis is a complex issue.';
    expect(who(t)).toEqual(['Sanders']);
  });

  it('a participle cue after a sentence opener ("And then X …, saying")', () => {
    const t = 'And then Trump went fully on the attack, saying, “Is the president going to finally mention the words?”';
    expect(who(t)).toEqual(['Trump']);
  });

  it('a paragraph ending in a colon with no cue verb introduces the next one with its subject', () => {
    const t =
      'When Wallace died in 1998, President Clinton released the following statement:\n\n“Hillary and I offer our condolences to the family and friends of George Wallace.”';
    expect(who(t)).toEqual(['Clinton']);
  });
});
