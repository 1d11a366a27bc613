import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Entity } from '../../src/core/analysis/contract';
import { findEntities } from '../../src/core/nlp/entities';
import { parseNerModel } from '../../src/core/nlp/ner/model';

const model = parseNerModel(JSON.parse(readFileSync(resolve(__dirname, '../../assets/model/ner-model.json'), 'utf8')));
const holder = (es: Entity[], name: string): Entity | undefined =>
  es.find((e) => e.name === name || e.mentions.some((m) => m.text === name));

describe('names and places: capitals lines and branches', () => {
  it('joins a place in a capitals dateline to the same place in the text', () => {
    const es = findEntities(
      'BAAR, SWITZERLAND\n\nAscom is headquartered in Baar (Switzerland), and sells its systems in many countries.',
      model,
    );
    expect(holder(es, 'BAAR')).toBe(holder(es, 'Baar'));
    expect(holder(es, 'SWITZERLAND')).toBe(holder(es, 'Switzerland'));
    expect(es.filter((e) => e.name.toLowerCase() === 'baar')).toHaveLength(1);
  });

  it('keeps a company apart from its branch named after a country', () => {
    const es = findEntities(
      'Microsoft India said on Monday that sales rose. Microsoft itself reported results later. Analysts at Microsoft were pleased.',
      model,
    );
    const parent = holder(es, 'Microsoft')!;
    expect(parent).toBeDefined();
    expect(parent).not.toBe(holder(es, 'Microsoft India'));
  });
});
