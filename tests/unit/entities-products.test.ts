/** A maker's product read as a person (products.ts). Invented sentences. */
import { describe, expect, it } from 'vitest';
import { makerNameType } from '../../src/core/nlp/entities/products';
import type { NameMention } from '../../src/core/nlp/entities/aliases';
import { tokenize } from '../../src/core/nlp/tokenize';

const FIRST_NAMES = new Set(['gerald', 'jane']);

/**
 * makerNameType for the person's name `name` in `text`; `orgWords` are the words the recognizer
 * read as one-word organisations wherever they stand alone.
 */
function makerType(text: string, name: string, orgWords: string[] = []): string | null {
  const tokens = tokenize(text);
  const parts = name.split(' ');
  const spanType: string[] = tokens.map((t) => (orgWords.includes(t.text) ? 'ORG' : ''));
  const list: NameMention[] = [];
  tokens.forEach((t, i) => {
    if (!parts.every((p, k) => tokens[i + k]?.text === p)) return;
    for (let k = 0; k < parts.length; k++) spanType[i + k] = 'PER';
    list.push({
      type: 'PER',
      first: i,
      last: i + parts.length,
      titleFirst: i,
      start: t.start,
      end: tokens[i + parts.length - 1]!.end,
      words: parts.map((p) => p.toLowerCase()),
      nick: null,
      allCaps: false,
      capsLine: false,
      titleOnly: false,
    });
  });
  return makerNameType(list, { tokens, spanType, isFirstName: (w) => FIRST_NAMES.has(w) });
}

describe('makerNameType: a product named after its maker', () => {
  it('drops a product whose first word the company list holds', () => {
    expect(makerType('Shoppers liked the Kroger Fresh Hub this year.', 'Kroger Fresh Hub')).toBe('MISC');
  });

  it('drops a product whose first word the article reads as a business where it stands alone', () => {
    const text = 'Zorbatek says the Zorbatek Nova is fast. Zorbatek ships it in May.';
    expect(makerType(text, 'Zorbatek Nova', ['Zorbatek'])).toBe('MISC');
  });

  it('reads a maker with a business word after it as the business', () => {
    const text = 'Zorbatek says so. Zorbatek Holdings filed the papers.';
    expect(makerType(text, 'Zorbatek Holdings', ['Zorbatek'])).toBe('ORG');
  });

  it('keeps a person whose first name is a given name, or whose first word is no business', () => {
    expect(makerType('Ford said sales rose, and Gerald Ford spoke.', 'Gerald Ford', ['Ford'])).toBeNull();
    expect(makerType('Zorbatek says so, said Mira Zorbatek.', 'Mira Zorbatek', [])).toBeNull();
  });
});
