/**
 * Short quoted fragments: the words someone used (described as “…”, called it “…”) are
 * quotations; names, defined terms, list items, modifiers and titles are not. A caption that sets
 * the writer's own sentence in marks is not a quotation. Invented sentences.
 */
import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../src/core/nlp/quotes';
import { isTitleLike } from '../../src/core/nlp/quotes/classify';

const texts = (text: string) => findQuotes(text, []).map((q) => q.text);

describe('short fragments that are speech', () => {
  it('what something was described as or called', () => {
    expect(texts('The flood was described as “unprecedented” by the river authority.')).toEqual(['unprecedented']);
    expect(texts('The closures have been described as “heartbreaking” by parents.')).toEqual(['heartbreaking']);
    expect(texts('Later the mayor called it “a disgrace” and left the hall.')).toEqual(['a disgrace']);
    expect(texts('Ortega, who would eulogize him as his “dear comrade,” had taken him in.')).toEqual(['dear comrade,']);
  });

  it('a short whole sentence going on with a turn of speech in the paragraph', () => {
    expect(texts('"Hands up! Show me your hands!" a guard shouted. "Step back."')).toEqual([
      'Hands up! Show me your hands!',
      'Step back.',
    ]);
  });
});

describe('short fragments that are not speech', () => {
  it('a name given by a noun', () => {
    expect(texts('The nurses used a method called “sleep banking” to plan the shifts.')).toEqual([]);
    expect(texts('The lights spell out the name “harold” in green script.')).toEqual([]);
  });

  it('a term the sentence defines, and an item of a list', () => {
    expect(texts('The crew would enter “torpor”—the term for a deep winter sleep, the engineer said.')).toEqual([]);
    expect(texts('Users can switch between being shops, “makers,” and ordinary people, Stier said.')).toEqual([]);
  });

  it('a fragment between a determiner and its noun', () => {
    expect(texts('We do not know when that truly satisfying "eureka!" moment takes place.')).toEqual([]);
  });

  it('a title that begins with "I’d" is a title; "I" with one more word is not', () => {
    expect(isTitleLike('I’d Sing Anything')).toBe(true);
    expect(isTitleLike('I Know')).toBe(false);
  });
});

describe('pull quotes', () => {
  it('a caption setting the writer’s own sentence in marks is not a quotation', () => {
    const body = 'Heavy rain and poor drainage have flooded the lower town, closing the market for a week.';
    const t = `‘${body}’ Photograph: Agency\n\nThe storm came at night.\n\n${body} Shops stayed shut.`;
    expect(texts(t)).toEqual([]);
  });

  it('the same words said by someone and repeated in marks stay quotations', () => {
    const said = 'We have flooded the lower town twice this year and nobody came to help us';
    const t = `“${said},” Ortega said.\n\nShe added later: “${said}.”`;
    expect(texts(t)).toHaveLength(2);
  });
});
