/**
 * Block quotations: a summary, tip or note box set as a blockquote is the page's own voice, not a
 * quotation (a blockquote of someone's words is still one); a paragraph leading into a block with
 * an ellipsis or a full stop names its speaker when it has a cue. Invented sentences.
 */
import { describe, expect, it } from 'vitest';
import { findQuotes, type QuoteBlocks } from '../../src/core/nlp/quotes';
import { isLabelledBox } from '../../src/core/nlp/quotes/box-labels';

function blockOf(text: string, line: string): QuoteBlocks {
  const at = text.indexOf(line);
  return { skip: [], headings: [], blockquotes: [{ start: at, end: at + line.length }] };
}

describe('labelled boxes set as blockquotes', () => {
  it('a summary box whose bold label ran into its text is no quotation', () => {
    const box = 'Summary Eating slowly can help you notice when you are full.';
    const t = `Try to eat slowly at every meal.\n\n${box}\n\nDrink water as well.`;
    expect(findQuotes(t, [], blockOf(t, box))).toEqual([]);
  });

  it('an editor’s note or a tip with a colon is no quotation', () => {
    const box = 'Editor’s note: This story was changed to correct the date of the vote.';
    const t = `The council met on Monday.\n\n${box}`;
    expect(findQuotes(t, [], blockOf(t, box))).toEqual([]);
  });

  it('a marked quotation inside a labelled box is still read', () => {
    const box = 'Update: “We will reopen the bridge on Friday,” the mayor said.';
    const t = `The bridge was closed.\n\n${box}`;
    expect(findQuotes(t, [], blockOf(t, box)).map((q) => q.text)).toEqual(['We will reopen the bridge on Friday,']);
  });

  it('a block quotation that merely begins with such a word stays one', () => {
    const box = 'Summary judgment was the wrong tool here, and the court knew it.';
    const t = `The brief put it plainly:\n\n${box}`;
    expect(findQuotes(t, [], blockOf(t, box)).map((q) => q.text)).toEqual([box]);
    expect(isLabelledBox('Update the map before you leave.')).toBe(false);
    expect(isLabelledBox('Note Studies show this.')).toBe(true);
    expect(isLabelledBox('Updated: the times were changed.')).toBe(true);
  });
});

describe('a paragraph leading into a block quotation', () => {
  it('ending with an ellipsis or a full stop, with a cue, names the speaker', () => {
    const block = 'We will keep the ferry running through the winter for everyone on the island.';
    for (const lead of ['Ana Ruiz confirmed this in a statement…', 'Ana Ruiz said in a statement.']) {
      const t = `The ferry was to stop in October.\n\n${lead}\n\n${block}`;
      const out = findQuotes(t, [], blockOf(t, block));
      expect(out.map((q) => [q.text, q.speaker?.name])).toEqual([[block, 'Ana Ruiz']]);
    }
  });

  it('a sentence without a cue before the block names no one', () => {
    const block = 'We will keep the ferry running through the winter for everyone on the island.';
    const t = `The ferry was to stop in October.\n\nAna Ruiz lives on the island.\n\n${block}`;
    expect(findQuotes(t, [], blockOf(t, block)).map((q) => q.speaker)).toEqual([null]);
  });

  it('a full stop leads in only where the speech tag closes the sentence', () => {
    const block = 'We are closed until further notice and we apologise to our patients for the trouble.';
    const lead = 'Nobody knows who wrote the note, which was found taped to the door of the clinic.';
    const t = `The clinic shut on Monday.\n\n${lead}\n\n${block}`;
    expect(findQuotes(t, [], blockOf(t, block)).map((q) => q.speaker)).toEqual([null]);
  });
});

describe('a callout in the writer’s own voice', () => {
  const callout = 'I help small shops sell their bread online.';

  it('a one-line block speaking as "I", in a text where the writer says "I", is no quotation', () => {
    const t = `My name is Ana and I have baked for ten years.\n\n${callout}\n\nIn this post I show you how.`;
    expect(findQuotes(t, [], blockOf(t, callout))).toEqual([]);
  });

  it('the same block in a report that does not speak as "I" stays a quotation', () => {
    const t = `The bakery posted a note on its door on Monday.\n\n${callout}\n\nThe note was signed by the owner.`;
    expect(findQuotes(t, [], blockOf(t, callout)).map((q) => q.text)).toEqual([callout]);
  });

  it('on a page that introduces its other blocks, an unintroduced one is a quotation too', () => {
    const other = 'We close on Sundays from now on.';
    const t = `The owner, Ana Ruiz, wrote to us:\n\n${other}\n\nI was not sure at first.\n\n${callout}\n\nI believed her.`;
    const a = t.indexOf(other);
    const b = t.indexOf(callout);
    const blocks: QuoteBlocks = {
      skip: [],
      headings: [],
      blockquotes: [
        { start: a, end: a + other.length },
        { start: b, end: b + callout.length },
      ],
    };
    expect(findQuotes(t, [], blocks).map((q) => q.text)).toEqual([other, callout]);
  });

  it('a block a colon introduces keeps its speaker, whatever the voice', () => {
    const t = `I asked the owner, Ana Ruiz, why. She said:\n\n${callout}\n\nI believed her.`;
    expect(findQuotes(t, [], blockOf(t, callout)).map((q) => q.text)).toEqual([callout]);
  });
});
