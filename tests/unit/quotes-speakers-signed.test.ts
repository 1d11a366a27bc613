/**
 * A quotation signed on the line after it: "“…\nDean Baker, Center for Economic and
 * Policy Research.”", the closing mark after the name. Small constructed texts.
 */
import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../src/core/nlp/quotes';

const speakersOf = (text: string) =>
  findQuotes(text, []).map((q) =>
    q.speaker?.mention ? [q.speaker.name, text.slice(q.speaker.mention.start, q.speaker.mention.end)] : null,
  );

describe('a signature line before the closing mark', () => {
  it('a name and an affiliation', () => {
    const t =
      'Economists worry.\n\n"I worry that we may see a resurgence of Democrats singing the virtues of balanced budgets.\nDean Baker, Center for Economic and Policy Research."\n\nMore follows.';
    expect(speakersOf(t)).toEqual([['Dean Baker', 'Dean Baker']]);
  });

  it('a name alone, without the sentence’s period', () => {
    const t =
      'He said it.\n\n"He was going to win the lion’s share of the vote and I never begrudged it.\nBill Clinton."\n\nMore follows.';
    expect(speakersOf(t)).toEqual([['Bill Clinton', 'Bill Clinton']]);
  });

  it('not a line with a verb, nor one without the stray closing mark', () => {
    const t =
      'He said it.\n\n"He was going to win the lion’s share of the vote and I never begrudged it.\nBill Clinton said that too.\n\n"We will win this state and then the next one," Sanders said.';
    const got = speakersOf(t);
    expect(got[0]?.[1]).not.toBe('Bill Clinton');
    expect(got[1]).toEqual(['Sanders', 'Sanders']);
  });
});

describe('a signature line after the quotation, with the name masked', () => {
  it('each review takes the masked name signed under it, not the one above', () => {
    const t =
      'Readers left their reviews.\n\n“The staff were kind and the rooms were clean.”\n\n– Tom**\n\n“Lovely view from the balcony, would come again.”\n\n– Ada***\n\n“Breakfast was slow but the coffee was good.”\n\n– Jo** Re****';
    expect(speakersOf(t).map((s) => s?.[1] ?? null)).toEqual(['Tom**', 'Ada***', 'Jo** Re****']);
  });
});
