import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../src/core/analysis/analyze';

describe('analyzeText', () => {
  it('reports non-English text as unsupported instead of guessing', () => {
    const res = analyzeText(
      'Hola',
      { ner: { version: 0 } as never /* language check runs before the model (NER helper) */ },
      { declaredLang: 'es' },
    );
    expect(res.entities).toEqual([]);
    expect(res.unsupported?.reason).toMatch(/not supported/);
  });
});
