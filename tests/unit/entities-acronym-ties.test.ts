import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Entity } from '../../src/core/analysis/contract';
import { findEntities } from '../../src/core/nlp/entities';
import { parseNerModel } from '../../src/core/nlp/ner/model';

const model = parseNerModel(JSON.parse(readFileSync(resolve(__dirname, '../../assets/model/ner-model.json'), 'utf8')));
const holder = (es: Entity[], name: string): Entity | undefined =>
  es.find((e) => e.name === name || e.mentions.some((m) => m.text === name));

describe('an acronym in brackets after the name', () => {
  it('joins when a small word of the name gives a letter', () => {
    const es = findEntities(
      'The Ministry of Fisheries and Oceans (MOFO) has unveiled a plan. Targets set by MOFO include cleaner harbours.',
      model,
    );
    const body = es.find((e) => e.name.endsWith('Ministry of Fisheries and Oceans'));
    expect(body).toBeDefined();
    expect(holder(es, 'MOFO')).toBe(body);
    const es2 = findEntities('The Department of Energy (DOE) said on Monday that DOE staff would help.', model);
    expect(holder(es2, 'DOE')).toBe(es2.find((e) => e.name.endsWith('Department of Energy')));
  });
});
