// @vitest-environment jsdom
/**
 * What the content script shows of a reading (src/platform/content/article-view.ts): the article's
 * facts for the sidebar, the hover preview's note, whether a stretch holds any name or quote, a
 * partly read page, and which open card and quote survive a new reading.
 */
import { describe, expect, it } from 'vitest';
import type { ArticleText } from '../../src/core/article';
import {
  articleInfo,
  coversAny,
  keptSelection,
  markedPartial,
  previewOf,
  visibleTextLength,
} from '../../src/platform/content/article-view';
import { SAMPLE_TEXT, sampleAnalysis } from './content-helpers';

const article = (over: Partial<ArticleText> = {}): ArticleText =>
  ({
    title: 'T',
    byline: null,
    siteName: null,
    lang: 'en',
    publishedTime: null,
    text: SAMPLE_TEXT,
    excerpt: null,
    segments: [],
    ...over,
  }) as ArticleText;

describe('article view', () => {
  it('counts words where the article has no count, and gives reading minutes', () => {
    expect(articleInfo(article()).wordCount).toBe(9);
    const long = articleInfo(article({ wordCount: 2300 }));
    expect(long.wordCount).toBe(2300);
    expect(long.readingMinutes).toBe(10);
    expect(articleInfo(article()).readingMinutes).toBe(1);
  });

  it('previews an entity with its role and its bundled note before others, never a note that repeats the role', () => {
    const a = sampleAnalysis();
    a.entities[0]!.notes = [
      { source: 'article', text: 'a mayor' },
      { source: 'article', text: 'Elected in 2020.' },
    ];
    expect(previewOf(a, 'ana-lima', document)).toEqual({ name: 'Ana Lima', role: 'a mayor', note: 'Elected in 2020.' });
    // In the words the article notes give it.
    a.entities[0]!.notes[0] = { source: 'article', text: 'Role in the article: a mayor' };
    expect(previewOf(a, 'ana-lima', document)?.note).toBe('Elected in 2020.');
    a.entities[0]!.notes.push({ source: 'bundled', text: 'Mayor of a city.' });
    expect(previewOf(a, 'ana-lima', document)?.note).toBe('Mayor of a city.');
    expect(previewOf(a, 'bo-chen', document)?.note).toBeNull();
    expect(previewOf(a, 'nobody', document)).toBeNull();
  });

  it('tells whether a stretch holds a name or a quote', () => {
    const a = sampleAnalysis();
    const said = SAMPLE_TEXT.indexOf('said');
    expect(coversAny(a, said, said + 4)).toBe(false);
    expect(coversAny(a, 0, 1)).toBe(true);
    const wait = SAMPLE_TEXT.indexOf('wait');
    expect(coversAny(a, wait, wait + 1)).toBe(true);
  });

  it('marks a partial reading against the page, never claiming the whole', () => {
    expect(markedPartial(sampleAnalysis(), 100, 5000).truncated).toEqual({ analysedChars: 100, totalChars: 5000 });
    expect(markedPartial(sampleAnalysis(), 100, 50).truncated).toEqual({ analysedChars: 100, totalChars: 101 });
    const cut = { ...sampleAnalysis(), truncated: { analysedChars: 80, totalChars: 9000 } };
    expect(markedPartial(cut, 100, 5000).truncated).toEqual({ analysedChars: 80, totalChars: 9000 });
  });

  it('measures the page’s text with whitespace runs counted once', () => {
    document.body.replaceChildren();
    const p = document.createElement('p');
    p.textContent = '  one \n\n two  ';
    document.body.append(p);
    expect(visibleTextLength(document)).toBe('one two'.length);
  });

  it('keeps the open card and quote only where the new reading still has them', () => {
    const before = sampleAnalysis();
    const same = sampleAnalysis();
    expect(keptSelection({ focusEntityId: 'bo-chen', selectedQuote: 0 }, before, same)).toEqual({
      focusEntityId: 'bo-chen',
      selectedQuote: 0,
    });
    const changed = sampleAnalysis();
    changed.entities.pop();
    changed.quotes[0]!.text = 'We will not wait.';
    expect(keptSelection({ focusEntityId: 'bo-chen', selectedQuote: 0 }, before, changed)).toEqual({
      focusEntityId: null,
      selectedQuote: null,
    });
  });
});
