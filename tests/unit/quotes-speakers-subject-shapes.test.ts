/**
 * Subjects that are not one plain phrase: a person coordinated with their own group ("Ruiz and
 * her team wrote"), a description ending in a count ("the mother of three replied"), a name after
 * an inverted cue that follows a comma ("…” announced in May, said Ann Ode, a scholar"), and a
 * sentence opened by a participle ("Moving forward, …:"), whose capitalised first word is no
 * name; a heading line brings in no speaker. Small constructed sentences.
 */
import { describe, expect, it } from 'vitest';
import type { Entity } from '../../src/core/analysis/contract';
import { speakerNames as namesOf } from './quotes-helpers';

/** A person entity with a mention at each place `name` stands in `text`. */
function person(name: string, text: string): Entity {
  const mentions = [...text.matchAll(new RegExp(name, 'g'))].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    text: m[0],
  }));
  return { id: name.toLowerCase(), name, type: 'person', aliases: [], role: null, notes: [], mentions };
}

describe('a person and their group', () => {
  it('after the quotation: the person speaks, not "her team"', () => {
    const t = '“The samples show a clear seasonal pattern,” Ruiz and her team wrote in the paper.';
    expect(namesOf(t)).toEqual(['Ruiz']);
  });

  it('before the quotation', () => {
    const t = 'Okafor and his colleagues wrote in the report: “The bridge needs repair within a year.”';
    expect(namesOf(t)).toEqual(['Okafor']);
  });
});

describe('a participle opening the sentence', () => {
  it('is not the speaker of a colon introduction', () => {
    const t =
      'Moving forward, the league has a new broadcast partner, and fans are left to wonder: “what did we do to deserve this?”';
    expect(namesOf(t)[0]).not.toBe('Moving');
  });

  it('a name ending in -ing before its verb still speaks', () => {
    const t = 'Fleming went further: “We will never accept a deal like this one.”';
    expect(namesOf(t)).toEqual(['Fleming']);
  });
});

describe('a description ending in a count', () => {
  it('before the quotation, with a comma', () => {
    const t =
      'Asked why the plan leaves out fathers, the 41-year-old mother of three replied, “It is meant to help the parent who gave birth.”';
    expect(namesOf(t)).toEqual(['the 41-year-old mother of three']);
  });
});

describe('a cue after a comma, inverted', () => {
  it('names the speaker of a quotation whose sentence runs on past it', () => {
    const t =
      'Two aides said Morrow has decided to wait.\n\n“The governor wants a bigger deal. Bigger than the small deal” announced in May, said Ann Ode, a scholar at the Fiscal Institute.';
    expect(namesOf(t)).toEqual(['Ann Ode']);
  });

  it('not a name after "said that"', () => {
    const t = 'Ode, via the Tribune, said that Morrow “cannot start a fight and then cry foul.”';
    expect(namesOf(t)).toEqual(['Ode']);
  });
});

describe('a heading line before a quotation', () => {
  it('gives the quotation no speaker', () => {
    const t =
      'This is a small price to pay.\n\nNew Release: Last Chance to Buy Star Rally or Comet and Get $10 Store Credit\n\n“Star Rally and Comet are the best games in the series, adding features without losing any charm.” Read our review.';
    expect(namesOf(t, [person('Comet', t)])).toEqual([null]);
  });
});

describe('a title after "the" the article also writes in lower case', () => {
  it('is shown, and carried by "it" to the next quotation', () => {
    const t =
      'Sales fell three times in two years.\n\n“After the crash the firm was left holding debt,” the Times wrote.\n\n“But since then its fortunes have changed,” it further wrote.';
    expect(namesOf(t)).toEqual(['Times', 'Times']);
  });
});

describe('a colon after a clause joined by ", and"', () => {
  it('the joined clause’s subject speaks, not the sentence’s first', () => {
    const t =
      'Later, Okafor signed a new deal with a rival label, and the Harbor Group will be left to wonder: “what did we do wrong?”';
    expect(namesOf(t)).toEqual(['Harbor Group']);
  });
});
