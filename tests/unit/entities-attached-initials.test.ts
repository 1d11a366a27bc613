import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findEntities } from '../../src/core/nlp/entities';
import { parseNerModel } from '../../src/core/nlp/ner/model';

const model = parseNerModel(JSON.parse(readFileSync(resolve(__dirname, '../../assets/model/ner-model.json'), 'utf8')));

describe('initials glued to "-based"', () => {
  it('name the place the article gives in full', () => {
    const es = findEntities(
      'The firm hired the L.A.-based painter Dora Vint to make the signs. Vint grew up in Los Angeles and still works there.',
      model,
    );
    const place = es.find((e) => e.name === 'Los Angeles')!;
    expect(place.aliases).toContain('L.A.');
    expect(es.filter((e) => e.name === 'L.A.')).toHaveLength(0);
  });

  it('stay a word when the article never gives the full name', () => {
    const es = findEntities('The L.A.-based painter Dora Vint made the signs for the shop.', model);
    expect(es.some((e) => e.name === 'L.A.' || e.aliases.includes('L.A.'))).toBe(false);
  });
});
