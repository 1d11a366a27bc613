/**
 * Property tests for the quote scanner (findQuotes), with no entities and with random entities:
 * arbitrary and adversarial strings never throw, every offset stays inside the text on a
 * code-point boundary, spans are ordered and inside the quote, speakers point at given entities.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { findQuotes } from '../../src/core/nlp/quotes';
import type { Entity, Quote } from '../../src/core/analysis/contract';
import { adversarialText, anyString, assertSpan, onCodePointBoundary } from './prop-helpers';

function checkQuotes(text: string, quotes: Quote[], entities: Entity[]): void {
  const ids = new Set(entities.map((e) => e.id));
  for (const q of quotes) {
    assertSpan(text, q, 'quote');
    expect(['full', 'partial']).toContain(q.kind);
    expect(typeof q.text).toBe('string');
    expect(q.spans.length).toBeGreaterThan(0);
    let prevEnd = q.start;
    for (const s of q.spans) {
      assertSpan(text, s, 'quote span');
      expect(s.start).toBeGreaterThanOrEqual(prevEnd);
      prevEnd = s.end;
    }
    expect(q.spans[0]!.start).toBe(q.start);
    expect(q.spans[q.spans.length - 1]!.end).toBe(q.end);
    if (q.speaker) {
      expect(typeof q.speaker.name).toBe('string');
      if (q.speaker.entityId !== null) expect(ids.has(q.speaker.entityId)).toBe(true);
      if (q.speaker.mention) assertSpan(text, q.speaker.mention, 'speaker mention');
    }
    if (q.cue !== null) expect(typeof q.cue).toBe('string');
  }
}

/** Random entities over `text`: mentions at random code-point-aligned places, random types. */
function randomEntities(text: string, seed: fc.Arbitrary<number[]>): fc.Arbitrary<Entity[]> {
  return seed.map((nums) => {
    const entities: Entity[] = [];
    for (let i = 0; i + 2 < nums.length; i += 3) {
      if (text.length < 2) break;
      let a = nums[i]! % text.length;
      let b = a + 1 + (nums[i + 1]! % 20);
      b = Math.min(b, text.length);
      while (a > 0 && !onCodePointBoundary(text, a)) a--;
      while (b < text.length && !onCodePointBoundary(text, b)) b++;
      const mentionText = text.slice(a, b);
      entities.push({
        id: `e${i / 3}`,
        name: mentionText,
        type: (['person', 'organization', 'place', 'other'] as const)[nums[i + 2]! % 4]!,
        aliases: [],
        role: null,
        mentions: [{ start: a, end: b, text: mentionText }],
        notes: [],
      });
    }
    return entities;
  });
}

const textAndEntities = adversarialText.chain((text) =>
  randomEntities(text, fc.array(fc.nat({ max: 1_000_000 }), { maxLength: 30 })).map((entities) => ({ text, entities })),
);

describe('findQuotes properties', () => {
  it('any string, no entities: never throws, offsets in the text on code-point boundaries', () => {
    fc.assert(
      fc.property(anyString, (text) => {
        checkQuotes(text, findQuotes(text, []), []);
      }),
      { numRuns: 300 },
    );
  });

  it('adversarial article text, no entities', () => {
    fc.assert(
      fc.property(adversarialText, (text) => {
        checkQuotes(text, findQuotes(text, []), []);
      }),
      { numRuns: 150 },
    );
  });

  it('adversarial article text with random entities: speakers only name given entities', () => {
    fc.assert(
      fc.property(textAndEntities, ({ text, entities }) => {
        checkQuotes(text, findQuotes(text, entities), entities);
      }),
      { numRuns: 150 },
    );
  });

  it('a quotation with an emoji at each edge keeps the surrogate pairs whole', () => {
    fc.assert(
      fc.property(fc.constantFrom('😀', '🇻🇪', '𝔘'), fc.constantFrom('"', '“', '‘'), (emoji, open) => {
        const close = open === '"' ? '"' : open === '“' ? '”' : '’';
        const text = `The minister spoke on Monday. ${open}${emoji}We will not give in${emoji},${close} Donald Trump said ${emoji}.`;
        const quotes = findQuotes(text, []);
        checkQuotes(text, quotes, []);
        // A single mark before a non-letter is read as an apostrophe or stray mark (’90s, ‘…’):
        // only double marks must still give the quotation.
        if (open !== '‘') {
          expect(quotes.length).toBeGreaterThan(0);
          expect(quotes[0]!.text).toContain('We will not give in');
        }
      }),
      { numRuns: 9 },
    );
  });
});
