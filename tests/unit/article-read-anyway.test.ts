/**
 * What the reader points Gloss at when it found no article (src/core/article/read-anyway.ts): the
 * page's whole text or the selection, with the headline and site name a found article would get.
 */
import { describe, expect, it } from 'vitest';
import { pageAsArticle, selectionAsArticle } from '../../src/core/article/read-anyway';
import { parseHtml } from '../../src/cli/run';

const page = (head: string, body: string, url = 'https://www.harbourtimes.example/notes/ferry') =>
  parseHtml(`<!doctype html><html lang="en"><head>${head}</head><body>${body}</body></html>`, url);

const BODY =
  '<h1>Ferry timetable changes</h1><p>The ferry will leave at seven from Monday.</p><p>Tickets stay the same price.</p>';

describe('pageAsArticle', () => {
  it('takes the page headline over a <title> with the site name, and the declared site name', () => {
    const doc = page(
      '<title>Ferry timetable changes | The Harbour Times</title><meta property="og:site_name" content="The Harbour Times">',
      BODY,
    );
    const a = pageAsArticle(doc)!;
    expect(a.title).toBe('Ferry timetable changes');
    expect(a.siteName).toBe('The Harbour Times');
    expect(a.lang).toBe('en');
    expect(a.text).toContain('The ferry will leave at seven from Monday.');
  });

  it('names the site by its host when the page declares no name', () => {
    const a = pageAsArticle(page('<title>Ferry timetable changes</title>', BODY))!;
    expect(a.siteName).toBe('harbourtimes.example');
    expect(a.title).toBe('Ferry timetable changes');
  });

  it('gives null for a page without text', () => {
    expect(pageAsArticle(page('<title>Empty</title>', '<div> </div>'))).toBeNull();
  });
});

describe('selectionAsArticle', () => {
  it('keeps the selected words only, with the page headline and site name', () => {
    const doc = page('<title>Ferry timetable changes - The Harbour Times</title>', BODY);
    const p = doc.getElementsByTagName('p')[0]!.firstChild as Text;
    const range = doc.createRange();
    range.setStart(p, 4);
    range.setEnd(p, 9);
    const a = selectionAsArticle(doc, range)!;
    expect(a.text).toBe('ferry');
    expect(a.segments[0]).toMatchObject({ start: 0, end: 5, node: p, nodeOffset: 4 });
    expect(a.title).toBe('Ferry timetable changes');
    expect(a.siteName).toBe('harbourtimes.example');
  });
});
