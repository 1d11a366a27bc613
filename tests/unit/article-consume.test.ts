/**
 * extractArticle's `consume` option (src/core/article/extract.ts): Readability runs on the given
 * document in place instead of on a copy, with the furniture checks' facts taken first. The
 * article must be the one found on a copy: the same text, metadata, boilerplate decisions and
 * segments, each segment on the text node at the same place in the page as it was before
 * Readability ran. Checked on the example, on pages made to hit each furniture rule, with small
 * element budgets (the in-place prefix), and on corpus pages when ../shared/corpora is present.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractArticle, type ExtractOptions } from '../../src/core/article/extract';
import { analyzeHtml, parseHtml, readInput } from '../../src/cli/run';
import { DEFAULT_MAX_ELEMENTS } from '../../src/core/article/words';
import type { ArticleText } from '../../src/core/article/types';
import { corpusPath, exampleHtml } from '../helpers/fixtures';

/** Every text node of `doc` in document order, numbered, before anything changes it. */
function textIndex(doc: Document): Map<Text, number> {
  const index = new Map<Text, number>();
  const walker = doc.createTreeWalker(doc, 4);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) index.set(n as Text, index.size);
  return index;
}

/** The article with each segment's node given as its place in the page's text nodes. */
function comparable(article: ArticleText | null, index: Map<Text, number>) {
  if (!article) return null;
  return { ...article, segments: article.segments.map((s) => [s.start, s.end, s.nodeOffset, index.get(s.node) ?? -1]) };
}

function both(
  html: string,
  opts: ExtractOptions = {},
  parse: (h: string) => Document = (h) => parseHtml(h, 'https://example.invalid/a'),
) {
  const page = parse(html);
  const copied = comparable(extractArticle(page, opts), textIndex(page));
  const given = parse(html);
  const index = textIndex(given);
  const consumed = comparable(extractArticle(given, { ...opts, consume: true }), index);
  return { copied, consumed };
}

const paragraphs = (
  n: number,
  words = 'The committee heard from witnesses about the budget and the schedule for the coming year.',
) => Array.from({ length: n }, (_, i) => `<p>${words} Paragraph ${i + 1}.</p>`).join('');

describe('extractArticle with consume', () => {
  it('finds the article a copy gives on the example page, and changes the page it was given', () => {
    const { copied, consumed } = both(exampleHtml());
    expect(copied).not.toBeNull();
    expect(consumed).toEqual(copied);
    const page = parseHtml(exampleHtml());
    const before = page.body.innerHTML;
    extractArticle(page);
    expect(page.body.innerHTML).toBe(before); // the default never modifies the page
  });

  it('drops the same furniture: kicker links, furniture class names, byline lines, credits', () => {
    const html = `<!doctype html><html lang="en"><head><title>Budget talks stall</title></head><body>
      <nav><a href="/">Home</a> <a href="/world">World</a></nav>
      <article>
        <p><a href="/politics">Politics</a></p>
        <h1>Budget talks stall</h1>
        <div class="story-byline"><span>Jane Roe</span> and <a rel="author" href="/x">John Doe</a></div>
        <p>By Jane Roe, 3 May 2024</p>
        ${paragraphs(12)}
        <div class="share-tools"><p>Share this on the usual networks today</p></div>
        <p><a href="/a">Read</a> <a href="/b">more</a></p>
        <p>(Reporting by Jane Roe)</p>
      </article>
      <aside class="related"><a href="/r1">Related one</a></aside>
    </body></html>`;
    const { copied, consumed } = both(html);
    expect(copied).not.toBeNull();
    expect(copied!.text).not.toContain('Share this');
    expect(copied!.text).not.toContain('Reporting by');
    expect(consumed).toEqual(copied);
  });

  it('reads the same prefix of a page over the element budget', () => {
    // prettier-ignore
    for (const budget of [1, 2, 5, 40, 120, 400]) {
      const html = `<!doctype html><html><head><title>t</title></head><body><div id="a">${paragraphs(60)}</div><div id="b"><section>${paragraphs(80)}</section>tail text</div></body></html>`;
      const { copied, consumed } = both(html, { maxElements: budget });
      expect(consumed, `budget ${budget}`).toEqual(copied);
    }
    const total = parseHtml(exampleHtml()).getElementsByTagName('*').length;
    const budget = Math.round(total * 0.8);
    const example = both(exampleHtml(), { maxElements: budget });
    expect(example.copied?.partial).toEqual({ elementsRead: budget, elementsTotal: total });
    expect(example.consumed).toEqual(example.copied);
  });

  it('analyze says when it read a page only in part, and not otherwise', () => {
    const big = `<!doctype html><html><head><title>t</title></head><body><article>${paragraphs(DEFAULT_MAX_ELEMENTS + 500)}</article></body></html>`;
    const line = analyzeHtml('big.html', big);
    expect(line.article?.partial).toEqual({
      elementsRead: DEFAULT_MAX_ELEMENTS,
      elementsTotal: DEFAULT_MAX_ELEMENTS + 500 + 5,
    });
    expect(line.article!.text).toContain(`Paragraph ${DEFAULT_MAX_ELEMENTS - 10}.`);
    expect(line.article!.text).not.toContain(`Paragraph ${DEFAULT_MAX_ELEMENTS + 10}.`);
    expect(analyzeHtml('example.html', exampleHtml()).article).not.toHaveProperty('partial');
  }, 60_000);

  const corpus = corpusPath('readability-test-pages');
  it.skipIf(!corpus)(
    'finds what a copy gives on every tenth readability test page',
    () => {
      // Every tenth page, and the largest (over the default element budget: the in-place prefix).
      const pages = readdirSync(corpus!)
        .sort()
        .filter((p, i) => i % 10 === 0 || p === 'wikipedia-2');
      expect(pages.length).toBeGreaterThan(10);
      let found = 0;
      for (const page of pages) {
        const html = readInput(join(corpus!, page, 'source.html'));
        const { copied, consumed } = both(html);
        expect(consumed, page).toEqual(copied);
        if (copied) found++;
      }
      expect(found).toBeGreaterThan(pages.length / 2);
      const largest = both(readInput(join(corpus!, 'wikipedia-2', 'source.html')));
      expect(largest.copied?.partial).toBeDefined();
    },
    300_000,
  );
});
