import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { countWords } from '../../src/core/article/words';
import { FIXTURES } from '../helpers/fixtures';

/** What countWords counts, as a pattern: the definition the loop must keep. */
const byPattern = (text: string) => (text.match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu) ?? []).length;

// Letters and digits of several scripts, apostrophes, an astral letter and digit, a lone surrogate.
// prettier-ignore
const PIECES = ['a', 'Z', 'é', 'ß', 'ж', '中', '7', '٣', "'", '’', ' ', '-', '.', '\n', '𝐀', '𝟙', '\ud800', '\u0301', '_'];

describe('countWords', () => {
  it('counts like the pattern on words that join and words that do not', () => {
    // prettier-ignore
    for (const text of ["don't", "rock'n'roll", "1990's", "a'1", "a'b1", "'tis", "it''s", "O’Brien’s", "x' y", '3.5 km', '', '   ', 'naïve café'])
      expect(countWords(text), text).toBe(byPattern(text));
  });

  it('counts like the pattern on arbitrary strings of letters, digits and apostrophes', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }), (pieces) => {
        const text = pieces.join('');
        expect(countWords(text)).toBe(byPattern(text));
      }),
      { numRuns: 3000 },
    );
  });

  it('counts like the pattern on arbitrary Unicode text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 80 }), (text) => {
        expect(countWords(text)).toBe(byPattern(text));
      }),
      { numRuns: 500 },
    );
  });

  it('counts like the pattern on the example page', () => {
    const html = readFileSync(resolve(FIXTURES, 'pages/us-venezuela.html'), 'utf8');
    expect(countWords(html)).toBe(byPattern(html));
  });
});
