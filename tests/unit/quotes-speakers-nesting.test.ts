/**
 * Speakers of quotations inside a reported clause: PolNeAR annotates only the
 * outermost attribution ("Trump said he told them: “…”" is Trump's), and the outer subject is
 * the mention that names the speaker. Small constructed sentences.
 */
import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../src/core/nlp/quotes';

const mentionAt = (text: string) => findQuotes(text, []).map((q) => q.speaker?.mention?.start ?? null);

describe('a pronoun subject of a reported clause', () => {
  it('takes the subject of the speech verb that reports the clause', () => {
    const t = 'Trump said he told them: “We will build the wall and Mexico will pay for it.”';
    expect(mentionAt(t)).toEqual([t.indexOf('Trump')]);
  });

  it('past the verb’s object, a time and "that"', () => {
    const t =
      'Trump told reporters on Monday that he warned them, “We will build the wall and Mexico will pay for it.”';
    expect(mentionAt(t)).toEqual([t.indexOf('Trump')]);
  });

  it('the outer subject when it is a pronoun too', () => {
    const t = 'Clinton spoke in Ohio. She said she told him: “You are not going to be president, not this year.”';
    expect(mentionAt(t)).toEqual([t.indexOf('She')]);
  });

  it('not past a verb that reports no clause', () => {
    const t = 'Trump met the governors, and he told them: “We will build the wall and Mexico will pay for it.”';
    expect(mentionAt(t)).toEqual([t.indexOf('he told')]);
  });
});
