import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findEntities } from '../../src/core/nlp/entities';
import { parseNerModel } from '../../src/core/nlp/ner/model';

const model = parseNerModel(JSON.parse(readFileSync(resolve(__dirname, '../../assets/model/ner-model.json'), 'utf8')));

describe('names that ran on into the next sentence', () => {
  it('ends a name before a word that opens a sentence', () => {
    const es = findEntities(
      'The game runs at the same level seen on the Xbox One X. So, a little better than before.',
      model,
    );
    expect(es.some((e) => /\bSo\b/.test(e.name))).toBe(false);
    expect(es.some((e) => e.name.startsWith('Xbox One X'))).toBe(true);
  });
});

describe('a name after an office only people hold', () => {
  it('is a person even when read as an organisation', () => {
    const es = findEntities(
      'Senator Dino Melaye and Senator Ben Murray-Bruce have sued. The police had invited only Melaye and Murray-Bruce to appear.',
      model,
    );
    const melaye = es.find((e) => e.mentions.some((m) => m.text === 'Dino Melaye'));
    expect(melaye?.type).toBe('person');
    expect(melaye?.mentions.some((m) => m.text === 'Melaye')).toBe(true);
  });
});

describe('"The" opening a sentence before a body', () => {
  it('is no part of the name', () => {
    const es = findEntities('The Ministry of Fisheries and Oceans has unveiled a plan.', model);
    expect(es.map((e) => e.name)).toContain('Ministry of Fisheries and Oceans');
  });

  it('stays in a name that is no body', () => {
    const es = findEntities('The New York Times reported it.', model);
    expect(es.map((e) => e.name)).toContain('The New York Times');
  });
});
