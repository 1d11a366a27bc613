/**
 * A name right after a person's possessive, read as a person (possessed-names.ts), through the
 * whole entity stage. Invented sentences.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Entity } from '../../src/core/analysis/contract';
import { findEntities } from '../../src/core/nlp/entities';
import { parseNerModel } from '../../src/core/nlp/ner/model';

const model = parseNerModel(JSON.parse(readFileSync(resolve(__dirname, '../../assets/model/ner-model.json'), 'utf8')));
const find = (text: string): Entity[] => findEntities(text, model);
const typeOf = (text: string, name: string): string | undefined =>
  find(text).find((e) => e.name === name || e.aliases.includes(name))?.type;

describe("a name after a person's possessive", () => {
  it("makes an organisation of the person's company", () => {
    const text = "Lena Harwick's Blue Vantage launched a rocket on Tuesday. Lena Harwick founded it.";
    expect(typeOf(text, 'Blue Vantage')).toBe('organization');
  });

  it('keeps a relative named after a kin word a person', () => {
    expect(typeOf("Peter Harwick's son Eric spoke on Tuesday.", 'Eric')).toBe('person');
  });
});
