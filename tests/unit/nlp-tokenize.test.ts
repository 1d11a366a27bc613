import { describe, expect, it } from 'vitest';
import { splitSentences, tokenize } from '../../src/core/nlp/tokenize';

const words = (s: string): string[] => tokenize(s).map((t) => t.text);

describe('tokenize', () => {
  it('gives UTF-16 offsets that slice back to each token', () => {
    const s = 'Émilie’s café 🇻🇪 said “hi” — U.S. forces, 13,000 people.';
    for (const t of tokenize(s)) expect(s.slice(t.start, t.end)).toBe(t.text);
  });

  it('splits clitics and punctuation the way the recognizer was trained (CoNLL/Penn)', () => {
    // prettier-ignore
    expect(words("Trump's and Venezuela’s, didn't")).toEqual(['Trump', "'s", 'and', 'Venezuela', '’s', ',', 'did', "n't"]);
    // prettier-ignore
    expect(words('“It\'s called the fog of war," he said.')).toEqual(['“', 'It', "'s", 'called', 'the', 'fog', 'of', 'war', ',', '"', 'he', 'said', '.']);
  });

  it('keeps abbreviations, initials, numbers, hyphenated words and names with apostrophes whole', () => {
    // prettier-ignore
    expect(words('U.S. Mr. Smith met Frank M. Bradley on 1996-08-22 for $50.5 million (13,000 drug-trafficking O\'Neill AT&T)')).toEqual([
      'U.S.', 'Mr.', 'Smith', 'met', 'Frank', 'M.', 'Bradley', 'on', '1996-08-22', 'for', '$', '50.5', 'million', '(', '13,000', 'drug-trafficking', "O'Neill", 'AT&T', ')',
    ]);
  });

  it('handles empty and whitespace-only text', () => {
    expect(tokenize('')).toEqual([]);
    expect(tokenize(' \n\t\u00a0 ')).toEqual([]);
  });
});

describe('splitSentences', () => {
  const sents = (s: string): string[] => splitSentences(s, tokenize(s)).map((x) => s.slice(x.start, x.end));

  it('ends sentences at terminators before a capital, absorbing closing quotes', () => {
    expect(sents('He left. She stayed! "Why?" he asked. Mr. Smith met Gen. Jones in the U.S. yesterday.')).toEqual([
      'He left.',
      'She stayed!',
      '"Why?" he asked.',
      'Mr. Smith met Gen. Jones in the U.S. yesterday.',
    ]);
    expect(sents('“We know where they live.” Trump said so.')).toEqual([
      '“We know where they live.”',
      'Trump said so.',
    ]);
  });

  it('always ends a sentence at a line break (headlines, paragraphs)', () => {
    expect(sents('SOCCER - JAPAN GET LUCKY WIN\nJapan began the defence of their title')).toEqual([
      'SOCCER - JAPAN GET LUCKY WIN',
      'Japan began the defence of their title',
    ]);
  });

  it('covers every token exactly once', () => {
    const s = 'One. Two? Three!\n\nFour... five';
    const toks = tokenize(s);
    const ss = splitSentences(s, toks);
    let next = 0;
    for (const x of ss) {
      expect(x.first).toBe(next);
      next = x.last;
    }
    expect(next).toBe(toks.length);
  });
});
