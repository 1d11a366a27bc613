import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../src/core/analysis/analyze';
import { parseNerModel } from '../../src/core/nlp/ner/model';

const ner = parseNerModel(JSON.parse(readFileSync(resolve(__dirname, '../../assets/model/ner-model.json'), 'utf8')));

describe('a speaker named by the role the article gave', () => {
  it('takes "her mother" for the person the article calls her mother', () => {
    const text =
      'Eloise Parry, 21, died in April after taking pills bought online. Her mother, Fiona Parry, issued a plea on Monday.\n\n“She was burning up from within,” her mother said.';
    const [q] = analyzeText(text, { ner }, { declaredLang: 'en' }).quotes;
    expect(q?.speaker?.name).toBe('Fiona Parry');
    expect(q?.speaker?.entityId).toBe('fiona-parry');
  });
});
