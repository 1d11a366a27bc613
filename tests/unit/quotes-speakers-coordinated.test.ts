/**
 * Subjects that are not one plain phrase: a person coordinated with their own group ("Ruiz and
 * her team wrote"), and a sentence opened by a participle ("Moving forward, …:"), whose
 * capitalised first word is no name. Small constructed sentences.
 */
import { describe, expect, it } from 'vitest';
import { speakerNames as namesOf } from './quotes-helpers';

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
