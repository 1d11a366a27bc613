import { describe, expect, it } from 'vitest';
import { isPartialCopy } from '../../src/core/nlp/entities/partial-copies';
import type { NameMention } from '../../src/core/nlp/entities/aliases';

function person(...words: string[]): NameMention {
  return {
    type: 'PER',
    first: 0,
    last: words.length,
    titleFirst: 0,
    start: 0,
    end: 1,
    words,
    nick: null,
    allCaps: false,
    capsLine: false,
    titleOnly: false,
  };
}

describe('isPartialCopy', () => {
  const archer = [person('john', 'q', 'archer'), person('archer'), person('archer')];

  it('takes a play on a better-known name for no person', () => {
    const copy = [person('john', 'q', 'ponytails')];
    expect(isPartialCopy(copy, [archer, copy])).toBe(true);
  });

  it('keeps two people whose names share only the given name, or who are named as often', () => {
    const other = [person('john', 'archer')];
    expect(isPartialCopy(other, [archer, other])).toBe(false);
    const twin = [person('john', 'q', 'baker'), person('baker'), person('baker')];
    expect(isPartialCopy(twin, [archer, twin])).toBe(false);
    expect(isPartialCopy(archer, [archer, [person('john', 'q', 'ponytails')]])).toBe(false);
  });
});
