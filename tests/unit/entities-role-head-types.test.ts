/**
 * The type the article's description of a name gives it (role-head-types.ts), alone and through
 * the whole entity stage. Invented sentences.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Entity } from '../../src/core/analysis/contract';
import { findEntities } from '../../src/core/nlp/entities';
import { typeFromRoleHead } from '../../src/core/nlp/entities/role-head-types';
import { parseNerModel } from '../../src/core/nlp/ner/model';

const model = parseNerModel(JSON.parse(readFileSync(resolve(__dirname, '../../assets/model/ner-model.json'), 'utf8')));
const find = (text: string): Entity[] => findEntities(text, model);
const typeOf = (text: string, name: string): string | undefined =>
  find(text).find((e) => e.name === name || e.aliases.includes(name))?.type;

describe('typeFromRoleHead', () => {
  it('reads the head noun before a phrase end', () => {
    expect(typeFromRoleHead('a market town in Essex', 'ORG')).toBe('LOC');
    expect(typeFromRoleHead('a small software company based in Ohio', 'PER')).toBe('ORG');
  });

  it('keeps the type where the head fits it or no head speaks', () => {
    expect(typeFromRoleHead('founder of the company', 'PER')).toBe('PER');
    expect(typeFromRoleHead('a decision maker', 'PER')).toBe('PER');
    expect(typeFromRoleHead(null, 'ORG')).toBe('ORG');
  });

  it('takes no evidence from a definite description, which may name another thing', () => {
    expect(typeFromRoleHead('the icy moon', 'ORG')).toBe('ORG');
  });

  it('changes nothing where the parts of the role disagree', () => {
    expect(typeFromRoleHead('a small town; a band', 'PER')).toBe('PER');
  });
});

describe('the description overrides the reading', () => {
  it('makes a place of a moon read as an organisation', () => {
    const text =
      "Scientists want to study Europa, Jupiter's moon, for signs of life. Europa has an ocean under its ice.";
    expect(typeOf(text, 'Europa')).toBe('place');
  });
});
