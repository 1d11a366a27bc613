// @vitest-environment jsdom
/**
 * Blocks of the article text (contract: ArticleMeta.blocks): what each paragraph is on the page,
 * from its markup and, where the markup is silent, from its text; and that blocks cover the text
 * in order with "\n\n" between two.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/core/article';
import { plainTextBlocks } from '../../src/core/article/block-kinds';
import { collectParagraphs, joinParagraphs } from '../../src/core/article/text-builder';
import { expectBlocksCover } from './blocks-helpers';

/** [kind, text] of every block of `html` read by the text builder (no Readability). */
function kindsOf(html: string): [string, string][] {
  const doc = document.implementation.createHTMLDocument('t');
  doc.body.innerHTML = html;
  const { text, blocks } = joinParagraphs(collectParagraphs(doc.body, (t) => t));
  expectBlocksCover(text, blocks);
  return blocks.map((b) => [b.kind, text.slice(b.start, b.end)]);
}

const kindOf = (html: string, line: string) => kindsOf(html).find(([, t]) => t === line)?.[0];

describe('block kinds from markup', () => {
  it('paragraphs, and text in a plain div', () => {
    expect(kindsOf('<p>One sentence here.</p><div>Loose text in a div.</div>')).toEqual([
      ['paragraph', 'One sentence here.'],
      ['paragraph', 'Loose text in a div.'],
    ]);
  });

  it('headings: h1-h6 and role=heading', () => {
    expect(kindOf('<h1>Big news</h1><p>Body.</p>', 'Big news')).toBe('heading');
    expect(kindOf('<h4><span>Small heading</span></h4>', 'Small heading')).toBe('heading');
    expect(kindOf('<div role="heading" aria-level="2">A role heading</div>', 'A role heading')).toBe('heading');
  });

  it('block quotations, a paragraph inside one, a figure holding one', () => {
    const html =
      '<blockquote><p>First quoted paragraph.</p><p>Second quoted paragraph.</p></blockquote><figure><blockquote>Figure quote.</blockquote><figcaption>Who said it</figcaption></figure>';
    expect(kindsOf(html)).toEqual([
      ['blockquote', 'First quoted paragraph.'],
      ['blockquote', 'Second quoted paragraph.'],
      ['blockquote', 'Figure quote.'],
      ['caption', 'Who said it'],
    ]);
  });

  it('captions: figcaption and caption-like class names', () => {
    expect(
      kindOf('<figure><img src="a.jpg"><figcaption>The harbour at dawn.</figcaption></figure>', 'The harbour at dawn.'),
    ).toBe('caption');
    expect(
      kindOf(
        '<div class="wp-caption"><img src="a.jpg"><p class="wp-caption-text">Crowds in the square.</p></div>',
        'Crowds in the square.',
      ),
    ).toBe('caption');
    expect(kindOf('<div class="image-caption__text">Crowds on a bridge.</div>', 'Crowds on a bridge.')).toBe('caption');
  });

  it('list items: li, dt, dd; a list in a nav is other', () => {
    expect(
      kindsOf('<ul><li>First point.</li><li>Second point.</li></ul><dl><dt>Term</dt><dd>Meaning.</dd></dl>').map(
        ([k]) => k,
      ),
    ).toEqual(['list-item', 'list-item', 'list-item', 'list-item']);
    expect(kindOf('<nav><ul><li>Home</li></ul></nav>', 'Home')).toBe('other');
    expect(kindOf('<blockquote><ul><li>A quoted list.</li></ul></blockquote>', 'A quoted list.')).toBe('blockquote');
  });

  it('tables: cells and a table caption', () => {
    const html =
      '<table><caption>Results by region</caption><tr><th>Region</th><th>Votes</th></tr><tr><td>North</td><td>1,204</td></tr></table>';
    expect(kindsOf(html)).toEqual([
      ['table', 'Results by region'],
      ['table', 'Region'],
      ['table', 'Votes'],
      ['table', 'North'],
      ['table', '1,204'],
    ]);
  });

  it('bylines: rel=author, itemprop=author, address, byline classes', () => {
    expect(kindOf('<p><a rel="author" href="/a">Jane Doe</a></p>', 'Jane Doe')).toBe('byline');
    expect(kindOf('<div itemprop="author">Jane Doe, Staff Writer</div>', 'Jane Doe, Staff Writer')).toBe('byline');
    expect(kindOf('<address>Jane Doe in Lisbon</address>', 'Jane Doe in Lisbon')).toBe('byline');
    expect(kindOf('<div class="article-byline">Jane Doe and John Roe</div>', 'Jane Doe and John Roe')).toBe('byline');
  });

  it('a class on a container says nothing about a long paragraph in it', () => {
    const body =
      'The council met on Tuesday and voted to close the bridge for repairs that will last until spring, officials said in a statement. '
        .repeat(3)
        .trim();
    expect(kindOf(`<div class="author-jane story"><p>${body}</p><p>${body}</p></div>`, body)).toBe('paragraph');
  });

  it('datelines: dateline class, a time element, itemprop datePublished', () => {
    expect(kindOf('<div class="dateline">LISBON</div>', 'LISBON')).toBe('dateline');
    expect(kindOf('<p><time datetime="2024-03-03">March 3, 2024</time></p>', 'March 3, 2024')).toBe('dateline');
    expect(kindOf('<div itemprop="datePublished">Published 3 March 2024</div>', 'Published 3 March 2024')).toBe(
      'dateline',
    );
  });

  it('credits: a credit class, inside a caption too', () => {
    expect(
      kindOf(
        '<figure><img src="a.jpg"><figcaption><span>The harbour.</span></figcaption><p class="photo-credit">Jane Doe</p></figure>',
        'Jane Doe',
      ),
    ).toBe('credit');
    expect(
      kindOf(
        '<figcaption><p>The harbour.</p><p class="caption-credit">Jane Doe for the Globe</p></figcaption>',
        'Jane Doe for the Globe',
      ),
    ).toBe('credit');
  });

  it('other: asides and navigation', () => {
    expect(kindOf('<aside><p>Read more about this.</p></aside>', 'Read more about this.')).toBe('other');
    expect(kindOf('<div role="navigation">Sections</div>', 'Sections')).toBe('other');
  });
});

describe('block kinds from the text where the markup is silent', () => {
  it('a short "By …" line is a byline; a sentence starting "By" is not', () => {
    expect(kindOf('<p>By Jane Doe and John Roe, Reuters</p><p>Body.</p>', 'By Jane Doe and John Roe, Reuters')).toBe(
      'byline',
    );
    expect(kindOf('<p>BY JANE DOE</p>', 'BY JANE DOE')).toBe('byline');
    const long =
      'By the end of the week the council had voted to close the bridge for repairs that will last until spring.';
    expect(kindOf(`<p>${long}</p>`, long)).toBe('paragraph');
    expect(
      kindOf('<p>Reporting by Jane Doe; Editing by John Roe</p>', 'Reporting by Jane Doe; Editing by John Roe'),
    ).toBe('byline');
  });

  it('a dateline on its own line is a dateline block; one opening a paragraph stays in it', () => {
    const html =
      '<p>LISBON (Reuters) —</p><p>The council met on Tuesday.</p><p>PORTO, March 3 — The mayor said the bridge would close.</p>';
    expect(kindsOf(html)).toEqual([
      ['dateline', 'LISBON (Reuters) —'],
      ['paragraph', 'The council met on Tuesday.'],
      ['paragraph', 'PORTO, March 3 — The mayor said the bridge would close.'],
    ]);
    expect(kindOf('<p>Updated March 3, 2024 at 5:02 p.m. ET</p>', 'Updated March 3, 2024 at 5:02 p.m. ET')).toBe(
      'dateline',
    );
    expect(kindOf('<p>In March 2024 the bridge closed.</p>', 'In March 2024 the bridge closed.')).toBe('paragraph');
    expect(kindOf('<p>KYIV, Ukraine —</p>', 'KYIV, Ukraine —')).toBe('dateline');
    expect(kindOf('<p>Post Comment (+)</p>', 'Post Comment (+)')).toBe('paragraph');
  });

  it('a photo credit after an image or a caption; the same words elsewhere are a paragraph', () => {
    const html =
      '<div><img src="a.jpg"></div><p>(Jane Doe/AFP/Getty Images)</p><p>The mayor spoke.</p><p>Jane Doe/Reuters</p>';
    expect(kindsOf(html)).toEqual([
      ['credit', '(Jane Doe/AFP/Getty Images)'],
      ['paragraph', 'The mayor spoke.'],
      ['paragraph', 'Jane Doe/Reuters'],
    ]);
    expect(
      kindOf(
        '<figure><img src="a.jpg"><figcaption>The harbour at dawn.</figcaption></figure><p>Jane Doe/Reuters</p>',
        'Jane Doe/Reuters',
      ),
    ).toBe('credit');
    expect(kindOf('<p>Photo: Jane Doe</p>', 'Photo: Jane Doe')).toBe('credit');
    expect(kindOf('<p>(AP Photo/Jane Doe)</p>', '(AP Photo/Jane Doe)')).toBe('credit');
    expect(kindOf('<div><img src="a.jpg"></div><p>He told Reuters</p>', 'He told Reuters')).toBe('paragraph');
  });
});

describe('blocks of an extracted article', () => {
  const sentence =
    'The council met on Tuesday and voted to close the old bridge for repairs that will last until the spring, officials said.';
  const page = `<!doctype html><html lang="en"><head><title>Bridge to close</title></head><body>
    <header><nav><a href="/">Home</a> <a href="/news">News</a></nav></header>
    <article><h1>Bridge to close for repairs</h1>
      <div class="story-body">
        <p>LISBON, March 3 — ${sentence}</p>
        <figure><img src="bridge.jpg" alt=""><p class="media-caption">The old bridge at dawn.</p></figure>
        <p>${sentence} ${sentence}</p>
        <h2>What happens next</h2>
        <p>${sentence}</p>
        <blockquote><p>We have no choice but to close it now, before winter comes.</p></blockquote>
        <ul><li>${sentence}</li><li>${sentence}</li></ul>
        <p>${sentence} ${sentence} ${sentence}</p>
      </div></article></body></html>`;

  it('carries the kinds through Readability (class names kept) and covers the text', () => {
    const doc = new DOMParser().parseFromString(page, 'text/html');
    const article = extractArticle(doc)!;
    expect(article).not.toBeNull();
    expectBlocksCover(article.text, article.blocks);
    const kinds = article.blocks!.map((b) => [b.kind, article.text.slice(b.start, Math.min(b.end, b.start + 24))]);
    // Only its class says so: Readability's output keeps the page's class names.
    expect(kinds).toContainEqual(['caption', 'The old bridge at dawn.']);
    expect(kinds).toContainEqual(['heading', 'What happens next']);
    expect(kinds).toContainEqual(['blockquote', 'We have no choice but to']);
    expect(kinds.filter(([k]) => k === 'list-item')).toHaveLength(2);
    // The dateline opening the first paragraph stays in that paragraph's block.
    expect(kinds).toContainEqual(['paragraph', 'LISBON, March 3 — The co']);
  });

  it('plain text: every "\\n\\n"-separated stretch is a paragraph block', () => {
    const text = 'One.\n\nTwo.\nStill two.\n\nThree.';
    const blocks = plainTextBlocks(text);
    expectBlocksCover(text, blocks);
    expect(blocks.map((b) => text.slice(b.start, b.end))).toEqual(['One.', 'Two.\nStill two.', 'Three.']);
  });
});
