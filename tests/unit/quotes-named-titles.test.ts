/**
 * A title the article names after a naming verb ("entitled ‘…’") is no quotation, nor are the
 * same words set in marks again without a cue; with a cue they are speech. Invented sentences.
 */
import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../src/core/nlp/quotes';
import { namedTitleKeys } from '../../src/core/nlp/quotes/named-titles';

const texts = (text: string) => findQuotes(text, []).map((q) => q.text);

describe('titles named in the article', () => {
  it('a title on a line of its own that the body names with "entitled" is no quotation', () => {
    const t =
      'The show opened on Monday.\n\nThe installation, entitled ‘Rain after Rain after Rain’, shows the new lamps.\n\n' +
      'The public can also try them.\n\n‘Rain after Rain after Rain’';
    expect(texts(t)).toEqual([]);
  });

  it('the same words with a cue are still speech', () => {
    const t = 'Her essay was titled “We must act now.”\n\n“We must act now,” Okafor said on Monday.';
    expect(texts(t)).toEqual(['We must act now,']);
  });

  it('finds the words after a naming verb, with or without an article', () => {
    expect([...namedTitleKeys('a plan dubbed the “Clean Sweep” and a film titled "Low Tide"')]).toEqual([
      ' clean sweep ',
      ' low tide ',
    ]);
  });
});
