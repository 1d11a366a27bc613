import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findEntities } from '../../src/core/nlp/entities';
import { parseNerModel } from '../../src/core/nlp/ner/model';

const model = parseNerModel(JSON.parse(readFileSync(resolve(__dirname, '../../assets/model/ner-model.json'), 'utf8')));
const kinds = (text: string) => findEntities(text, model).map((e) => `${e.type} ${e.name}`);

describe('a place and a party member ("a Virginia Democrat")', () => {
  it('gives the place, not a person or an organisation named "<place> Democrat"', () => {
    for (const [text, place] of [
      ['Senator Mark Warner, a Virginia Democrat, said the budget would not pass.', 'Virginia'],
      ['Congressman Jim Holt, a Texas Republican, voted against the bill on Friday.', 'Texas'],
      ['The plan was backed by Ohio Democrats in the state legislature last week.', 'Ohio'],
    ] as const) {
      const got = kinds(text);
      expect(got, text).toContain(`place ${place}`);
      expect(
        got.some((k) => /(Democrat|Republican)s?$/.test(k)),
        text,
      ).toBe(false);
    }
  });

  it('leaves a member word after a name that is no place as it was read', () => {
    const got = kinds('The Young Republicans met in Denver on Saturday to choose a new chair.');
    expect(got).not.toContain('place Young');
  });
});
