/**
 * Quoted words as a key (src/core/nlp/quotes/word-key.ts): case, marks and spacing do not
 * matter, apostrophes inside a word do, and keys match whole words only.
 */
import { describe, expect, it } from 'vitest';
import { hasWords, wordsKey } from '../../src/core/nlp/quotes/word-key';

describe('wordsKey', () => {
  it('keeps lower-case words, one space apart and at both ends', () => {
    expect(wordsKey('“We will NOT back down,” she said.')).toBe(' we will not back down she said ');
    expect(wordsKey('  ...  ')).toBe('');
  });

  it('keeps an apostrophe inside a word, whichever mark, and drops one at a word’s edge', () => {
    expect(wordsKey('Don’t')).toBe(wordsKey("don't"));
    expect(wordsKey("rock 'n' roll")).toBe(' rock n roll ');
    expect(wordsKey('the workers’ union')).toBe(' the workers union ');
  });

  it('reads letters beyond ASCII, astral ones too', () => {
    expect(wordsKey('Ngātiwai élus 𝐀lpha')).toBe(' ngātiwai élus 𝐀lpha ');
  });

  it('matches whole words only', () => {
    expect(wordsKey('she said it was over').includes(wordsKey('he said it'))).toBe(false);
    expect(wordsKey('and he said it was over').includes(wordsKey('He said it'))).toBe(true);
  });

  it('counts words', () => {
    expect(hasWords(wordsKey('one two three four'), 4)).toBe(true);
    expect(hasWords(wordsKey('one two three'), 4)).toBe(false);
    expect(hasWords('', 1)).toBe(false);
  });
});
