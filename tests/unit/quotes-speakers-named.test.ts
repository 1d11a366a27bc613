/**
 * The speaker the text names rather than the nearest word: an organisation for its statement, the
 * name in an apposition, the subject of the sentence before, a turn running past a caption.
 */
import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../src/core/nlp/quotes';

describe('the speaker the text names, not the nearest word', () => {
  it('"the statement read": the organisation named before it', () => {
    const t = 'Big Machine Label Group said the claims were false.\n\n“We have worked diligently,” the statement read.';
    const ents = [
      {
        id: 'e1',
        name: 'Big Machine Label Group',
        type: 'organization' as const,
        aliases: [],
        role: null,
        notes: [],
        mentions: [{ start: 0, end: 23, text: 'Big Machine Label Group' }],
      },
    ];
    const [q] = findQuotes(t, ents);
    expect(q!.speaker?.entityId).toBe('e1');
  });

  it('"according to his aunt, Jane Starner, “…”": the name in the apposition', () => {
    const t =
      'Ford was born in 1957. According to his aunt, Jane Starner, “He was brilliant from the start.” He played chess.';
    const [q] = findQuotes(t, []);
    expect(q!.speaker?.name).toBe('Jane Starner');
  });

  it('a quotation standing as its own sentence after one whose subject is a person', () => {
    const t =
      'NASA chief Jim Bridenstine spoke on Tuesday.\n\nBridenstine expects to build three rockets by 2024. “Adding another into the mix could happen.”';
    const [q] = findQuotes(t, []);
    expect(q!.speaker?.name).toBe('Jim Bridenstine');
  });

  it('a turn running on past a photo caption left in the text', () => {
    const t =
      '“The ocean is hurting the whales,” says Hori Parata, an elder.\n\nHori Parata at his farm, the place where he grew up\n\n“We’re having to put up with a lot of stuff today.”';
    const qs = findQuotes(t, []);
    expect(qs.map((q) => q.speaker?.name ?? null)).toEqual(['Hori Parata', 'Hori Parata']);
  });
});
