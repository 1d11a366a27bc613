// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { extractArticle, looksLikeArticle, rangeFor } from '../../src/core/article';

import { exampleExpected, exampleHtml } from '../helpers/fixtures';

const html = exampleHtml();
const expected = exampleExpected();

function load(markup: string): Document {
  return new DOMParser().parseFromString(markup, 'text/html');
}

describe('extractArticle on the example page', () => {
  const doc = load(html);
  const before = doc.body.outerHTML;
  const article = extractArticle(doc)!;

  it('finds the article and its metadata', () => {
    expect(article).not.toBeNull();
    expect(article.title).toBe(expected.article.title);
    expect(article.byline).toBe('World Desk');
    expect(article.siteName).toBe('Harbour Street Times');
    expect(article.publishedTime).toBe('2025-12-03T09:30:00Z');
    expect(article.lang).toBe('en');
    expect(article.text.startsWith(expected.article.firstParagraphStartsWith)).toBe(true);
    const paras = article.text.split('\n\n');
    expect(paras[paras.length - 1]!.startsWith(expected.article.lastParagraphStartsWith)).toBe(true);
    for (const s of expected.article.mustNotContain) expect(article.text).not.toContain(s);
    expect(article.excerpt).toMatch(/^Tensions between/);
  });

  it('keeps headings as their own paragraphs and separates paragraphs with a blank line', () => {
    const paras = article.text.split('\n\n');
    expect(paras).toContain('Phone call with Maduro');
    expect(paras).toContain('Venezuela takes its case to OPEC');
    expect(paras.every((p) => p.trim() === p && p.length > 0)).toBe(true);
  });

  it('maps every paragraph back to a live Range with exactly its text', () => {
    let offset = 0;
    const paras = article.text.split('\n\n');
    for (const p of paras) {
      const range = rangeFor(article, offset, offset + p.length)!;
      expect(range, p).not.toBeNull();
      expect(range.toString().replace(/[ \t\n\r\f]+/g, ' ')).toBe(p);
      // The Range lives in the page itself, not in a copy.
      expect(range.startContainer.getRootNode()).toBe(doc);
      offset += p.length + 2;
    }
    expect(offset - 2).toBe(article.text.length);
  });

  it('maps a name inside a paragraph to exactly that name', () => {
    const at = article.text.indexOf('Nicolas Maduro');
    expect(rangeFor(article, at, at + 'Nicolas Maduro'.length)!.toString()).toBe('Nicolas Maduro');
    const q = article.text.indexOf('“Mitch”');
    expect(rangeFor(article, q, q + 7)!.toString()).toBe('“Mitch”');
  });

  it('segments copy their live nodes verbatim', () => {
    for (const s of article.segments) {
      expect(article.text.slice(s.start, s.end)).toBe(s.node.data.slice(s.nodeOffset, s.nodeOffset + s.end - s.start));
    }
  });

  it('never modifies the page', () => {
    expect(doc.body.outerHTML).toBe(before);
  });

  it('is judged an article by the cheap first check', () => {
    expect(looksLikeArticle(doc)).toBe(true);
  });
});

describe('extractArticle on pages without an article', () => {
  it('returns null for a search page', () => {
    const doc = load(
      '<html><body><form><input name=q></form><ul><li><a href=/a>Result one</a></li><li><a href=/b>Result two</a></li></ul></body></html>',
    );
    expect(looksLikeArticle(doc)).toBe(false);
    expect(extractArticle(doc)).toBeNull();
  });

  it('returns null for an empty or malformed document without throwing', () => {
    expect(extractArticle(load(''))).toBeNull();
    expect(extractArticle(load('<p><b><i>unclosed <div></p></b>'))).toBeNull();
  });

  it('maps across inline markup, <br> and collapsed whitespace', () => {
    const words = Array.from({ length: 80 }, (_, i) => `word${i}`).join(' ');
    const doc = load(
      `<html><body><article><h1>T</h1><p>Alpha   <b>beta</b>\n gamma<br>delta ${words}.</p><p>Second paragraph with enough words to matter for the reader, ${words}.</p></article></body></html>`,
    );
    const a = extractArticle(doc)!;
    expect(a.text).toContain('Alpha beta gamma\ndelta word0');
    const at = a.text.indexOf('beta gamma');
    expect(rangeFor(a, at, at + 10)!.toString()).toBe('beta\n gamma');
  });

  it('returns null for a range whose nodes have left the page', () => {
    const doc = load(html);
    const a = extractArticle(doc)!;
    const at = a.text.indexOf('Caracas');
    doc.querySelector('article')!.remove();
    expect(rangeFor(a, at, at + 7)).toBeNull();
  });
});
