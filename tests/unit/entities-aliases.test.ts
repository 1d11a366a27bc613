import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Entity } from '../../src/core/analysis/contract';
import { findEntities } from '../../src/core/nlp/entities';
import { looseWord, withoutArticle } from '../../src/core/nlp/entities/name-keys';
import { parseNerModel } from '../../src/core/nlp/ner/model';

const model = parseNerModel(JSON.parse(readFileSync(resolve(__dirname, '../../assets/model/ner-model.json'), 'utf8')));
/** The entity that has `name` as its name or one of its mentions. */
const holder = (es: Entity[], name: string): Entity | undefined =>
  es.find((e) => e.name === name || e.mentions.some((m) => m.text === name));

describe('name keys', () => {
  it('meets transliterations and drops a glued article', () => {
    expect(looseWord('zelenskiy')).toBe(looseWord('zelensky'));
    expect(looseWord('zelenskyy')).toBe(looseWord('zelensky'));
    expect(looseWord('kadhafi')).toBe(looseWord('qaddafi'));
    expect(looseWord('miller')).not.toBe(looseWord('muller'));
    expect(withoutArticle('al-assad')).toBe('assad');
    expect(withoutArticle('al-ahram')).toBe('ahram');
  });
});

describe('aliases: one person under several written forms', () => {
  it('joins a surname with its particle, capitalised or not, to the full name', () => {
    const es = findEntities(
      'Osama bin Laden was killed in 2011. Bin Laden had hidden in Abbottabad. Officials said bin Laden lived there for years.',
      model,
    );
    const osama = holder(es, 'Osama bin Laden')!;
    expect(holder(es, 'Bin Laden')).toBe(osama);
    expect(holder(es, 'bin Laden')).toBe(osama);
    const es2 = findEntities(
      'The philosopher Luis de Miranda weaves a history of neon. De Miranda writes that shops were rare.',
      model,
    );
    expect(holder(es2, 'De Miranda')).toBe(holder(es2, 'Luis de Miranda'));
  });

  it('joins "Mr. X" to the full name with a glued article', () => {
    const es = findEntities(
      'Syrian President Bashar al-Assad spoke on Monday. Mr. Assad said the war was over.',
      model,
    );
    const assad = holder(es, 'Bashar al-Assad')!;
    expect(assad.type).toBe('person');
    expect(assad.aliases).toContain('Mr. Assad');
    expect(es.filter((e) => e.mentions.some((m) => m.text === 'Assad'))).toEqual([assad]);
  });

  it('joins transliterations of a surname', () => {
    const es = findEntities(
      'Ukrainian President Volodymyr Zelensky met allies. Zelenskiy said Kyiv would fight on.',
      model,
    );
    expect(holder(es, 'Zelenskiy')).toBe(holder(es, 'Volodymyr Zelensky'));
  });
});

describe('aliases: organisations and places', () => {
  it('joins an acronym opening a longer name to its expansion', () => {
    const es = findEntities(
      'The United Nations General Assembly voted on Tuesday. The U.N. General Assembly has 193 members.',
      model,
    );
    expect(holder(es, 'U.N. General Assembly')).toBe(holder(es, 'United Nations General Assembly'));
  });

  it('never merges a country’s code into an organisation named after it', () => {
    const es = findEntities(
      'The US Congress passed the bill. The US has long opposed it, and US officials said so.',
      model,
    );
    const congress = holder(es, 'US Congress')!;
    expect(congress.mentions.map((m) => m.text)).toEqual(['US Congress']);
  });
});
