// @vitest-environment jsdom
/**
 * What the block kinds read once and reuse (block-kinds.ts, text-builder.ts): an element's class
 * marks are read once for all the paragraphs inside it, yet the kind still depends on each
 * paragraph's length; the element holding a paragraph is the nearest one above both its first and
 * its last text, however deep those sit.
 */
import { describe, expect, it } from 'vitest';
import { MarkupKinds } from '../../src/core/article/block-kinds';
import { collectParagraphs, joinParagraphs } from '../../src/core/article/text-builder';
import { expectBlocksCover } from './blocks-helpers';

function blocksOf(html: string): [string, string][] {
  const doc = document.implementation.createHTMLDocument('t');
  doc.body.innerHTML = html;
  const { text, blocks } = joinParagraphs(collectParagraphs(doc.body, (t) => t));
  expectBlocksCover(text, blocks);
  return blocks.map((b) => [b.kind, text.slice(b.start, b.end)]);
}

describe('class marks read once per element', () => {
  it('the same element gives a short line its kind and a long paragraph none, in either order', () => {
    const doc = document.implementation.createHTMLDocument('t');
    doc.body.innerHTML = '<div class="story-byline"><span>By Ann Lee</span></div>';
    const span = doc.body.querySelector('span')!;
    const first = new MarkupKinds(doc.body);
    expect(first.kindOf(span, 10, 3)).toBe('byline');
    expect(first.kindOf(span, 10, 30)).toBe('paragraph');
    const second = new MarkupKinds(doc.body);
    expect(second.kindOf(span, 10, 30)).toBe('paragraph');
    expect(second.kindOf(span, 10, 3)).toBe('byline');
  });

  it('rel, itemprop, class and id each still speak', () => {
    expect(blocksOf('<p><a rel="author">Ann Lee</a></p><p>Body text of the story.</p>')[0]![0]).toBe('byline');
    expect(blocksOf('<p><time itemprop="datePublished">3 March</time></p><p>Body.</p>')[0]![0]).toBe('dateline');
    expect(blocksOf('<p id="photo-credit">Ann Lee</p><p>Body.</p>')[0]![0]).toBe('credit');
    expect(blocksOf('<p class="Image_Caption">A harbour at dawn.</p><p>Body.</p>')[0]![0]).toBe('caption');
  });
});

describe('the element holding a paragraph', () => {
  it('is the nearest above its first and last text, when those sit in different inline elements', () => {
    // The caption class is one level above the <p>: it speaks only if the <p> is the element found.
    const html =
      '<div class="caption"><p><span><i>Boats</i></span> in the <span><b>harbour</b></span></p></div><p>Body text.</p>';
    expect(blocksOf(html)).toEqual([
      ['caption', 'Boats in the harbour'],
      ['paragraph', 'Body text.'],
    ]);
  });

  it('is the parent when the text is one node or siblings', () => {
    const html = '<div class="caption"><span><i>Boats</i> <i>at sea</i></span></div><p>Body text.</p>';
    expect(blocksOf(html)).toEqual([
      ['caption', 'Boats at sea'],
      ['paragraph', 'Body text.'],
    ]);
  });
});
