// @vitest-environment jsdom
/**
 * Property tests for the offset-to-DOM mapping: random HTML-ish documents (nested blocks and
 * inlines, <br>, <pre>, scripts and styles, whitespace runs, entities, unicode) in jsdom.
 * - every segment copies its live node verbatim, segments are sorted and disjoint, and every
 *   character of the text outside segments is whitespace Gloss inserted (breaks, collapsed runs);
 * - rangeFor(start, end).toString() equals the text's slice modulo whitespace;
 * - round trips: article offset -> (node, offset) -> article offset, and the Range's ends map
 *   back to the first and last mapped characters of the slice.
 * Both on the text builder over the whole body (no Readability: every node kept) and through
 * extractArticle (Readability on a clone) on article-sized documents.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { extractArticle, rangeFor, type ArticleText } from '../../src/core/article';
import { collectParagraphs, joinParagraphs } from '../../src/core/article/text-builder';
import { articleOffsetAt, segmentsByNode } from '../../src/page/range-index';
import { remapArticle } from '../../src/page/page-watch';
import { onCodePointBoundary } from './prop-helpers';
import { removeInvisible } from '../../src/core/article/invisible';

type Tree = { tag: string; kids: Tree[] } | { text: string };

// prettier-ignore
const TEXTS = [
  'Nicolás Maduro said', ' the talks ', 'went  well', '\n  indented\n', '😀 emoji', 'مرحبا', 'zero\u200Bwidth', 'e\u0301t\u00E9',
  '&lt;img src=x onerror=alert(1)&gt;', ' ', '\t', '“quoted,” he said', 'a\u00A0b', 'x', '🇻🇪 flag', 'end.',
];
// prettier-ignore
const INLINE = ['span', 'b', 'i', 'a', 'em', 'strong', 'code', 'small'];
// prettier-ignore
const BLOCK = ['p', 'div', 'section', 'blockquote', 'li', 'h2', 'pre', 'article'];
// prettier-ignore
const SKIPPED = ['script', 'style', 'noscript', 'template', 'button', 'textarea'];

const textLeaf = fc
  .oneof(fc.constantFrom(...TEXTS), fc.string({ unit: 'grapheme', minLength: 1, maxLength: 12 }))
  .map((text) => ({ text }));

const tree = (withSkipped: boolean): fc.Arbitrary<Tree> =>
  fc.letrec<{ node: Tree }>((tie) => ({
    node: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      { weight: 4, arbitrary: textLeaf },
      { weight: 1, arbitrary: fc.constant<Tree>({ tag: 'br', kids: [] }) },
      ...(withSkipped
        ? [
            {
              weight: 1,
              arbitrary: fc
                .tuple(fc.constantFrom(...SKIPPED), textLeaf)
                .map(([tag, t]) => ({ tag, kids: [t] as Tree[] })),
            },
          ]
        : []),
      {
        weight: 3,
        arbitrary: fc
          .tuple(fc.constantFrom(...INLINE, ...BLOCK), fc.array(tie('node'), { maxLength: 5 }))
          .map(([tag, kids]) => ({ tag, kids })),
      },
    ),
  })).node;

function build(doc: Document, parent: Node, t: Tree): void {
  if ('text' in t) {
    parent.appendChild(doc.createTextNode(t.text));
    return;
  }
  const el = doc.createElement(t.tag);
  if (t.tag === 'script') el.setAttribute('type', 'text/plain');
  for (const k of t.kids) build(doc, el, k);
  parent.appendChild(el);
}

function docOf(trees: Tree[]): Document {
  const doc = document.implementation.createHTMLDocument('t');
  for (const t of trees) build(doc, doc.body, t);
  return doc;
}

const squash = (s: string) => removeInvisible(s).replace(/\s+/g, '');
const isWs = (c: string) => /\s/.test(c);

function checkSegments(text: string, article: Pick<ArticleText, 'segments'>, doc: Document): void {
  let prev = 0;
  const covered = new Uint8Array(text.length);
  for (const s of article.segments) {
    expect(s.start).toBeGreaterThanOrEqual(prev);
    expect(s.end).toBeGreaterThan(s.start);
    expect(s.end).toBeLessThanOrEqual(text.length);
    // Verbatim copy of a live node of this document.
    expect(s.node.ownerDocument).toBe(doc);
    expect(s.node.isConnected).toBe(true);
    expect(text.slice(s.start, s.end)).toBe(s.node.data.slice(s.nodeOffset, s.nodeOffset + (s.end - s.start)));
    covered.fill(1, s.start, s.end);
    prev = s.end;
  }
  for (let i = 0; i < text.length; i++)
    if (!covered[i] && !isWs(text[i]!)) throw new Error(`unmapped non-space ${JSON.stringify(text[i])} at ${i}`);
}

/** Round trips for one slice [a, b) of the text. */
function checkSlice(
  text: string,
  article: Pick<ArticleText, 'segments'>,
  a: number,
  b: number,
  exactToString: boolean,
): void {
  const range = rangeFor(article, a, b);
  const mapped = article.segments.filter((s) => s.end > a && s.start < b);
  if (!mapped.length) {
    expect(range).toBeNull();
    return;
  }
  expect(range).not.toBeNull();
  const firstMapped = Math.max(a, mapped[0]!.start);
  const lastMapped = Math.min(b, mapped[mapped.length - 1]!.end);
  if (exactToString) expect(squash(range!.toString())).toBe(squash(text.slice(a, b)));
  else expect(range!.toString().startsWith(text.slice(firstMapped, Math.min(lastMapped, mapped[0]!.end)))).toBe(true);
  const byNode = segmentsByNode(article.segments);
  expect(articleOffsetAt(byNode, range!.startContainer, range!.startOffset)).toBe(firstMapped);
  // The end may sit where two segments of one node touch: map it from the last segment's side.
  const last = mapped[mapped.length - 1]!;
  expect(range!.endContainer).toBe(last.node);
  expect(last.start + (range!.endOffset - last.nodeOffset)).toBe(lastMapped);
}

describe('offset <-> DOM mapping properties', () => {
  it('text builder over random documents: verbatim segments, toString modulo whitespace, round trips', () => {
    fc.assert(
      fc.property(
        fc.array(tree(false), { minLength: 1, maxLength: 6 }),
        fc.array(fc.tuple(fc.nat(), fc.nat()), { minLength: 1, maxLength: 8 }),
        (trees, cuts) => {
          const doc = docOf(trees);
          const before = doc.body.outerHTML;
          const { text, segments } = joinParagraphs(collectParagraphs(doc.body, (t) => t));
          const article = { segments };
          checkSegments(text, article, doc);
          for (const [x, y] of cuts) {
            if (!text.length) break;
            let a = x % text.length;
            let b = a + 1 + (y % (text.length - a));
            while (!onCodePointBoundary(text, a)) a--;
            while (!onCodePointBoundary(text, b)) b++;
            checkSlice(text, article, a, b, true);
          }
          // Every offset inside a segment maps to its node and back.
          const byNode = segmentsByNode(segments);
          for (const s of segments) {
            const mid = s.start + ((s.end - s.start) >> 1);
            expect(articleOffsetAt(byNode, s.node, s.nodeOffset + (mid - s.start))).toBe(mid);
          }
          expect(doc.body.outerHTML).toBe(before);
        },
      ),
      { numRuns: 60 },
    );
  }, 30_000);

  it('skipped elements (script, style, button...) never reach the text, mapping still holds', () => {
    fc.assert(
      fc.property(fc.array(tree(true), { minLength: 1, maxLength: 6 }), (trees) => {
        const doc = docOf(trees);
        const { text, segments } = joinParagraphs(collectParagraphs(doc.body, (t) => t));
        checkSegments(text, { segments }, doc);
        for (const s of segments) expect(s.node.parentElement?.closest(SKIPPED.join(','))).toBeNull();
      }),
      { numRuns: 60 },
    );
  }, 30_000);

  it('extractArticle on article-sized random documents: segments point into the live page, slices round-trip', () => {
    const para = fc
      .array(
        fc.oneof(
          fc.constantFrom(
            'The minister said the talks would resume in Geneva next week.',
            'Nicolás Maduro told reporters: “We will not give in.”',
            'Officials in Caracas declined to comment on the report.',
          ),
          textLeaf.map((t) => t.text),
        ),
        { minLength: 3, maxLength: 8 },
      )
      .map((xs) => xs.join(' '));
    let found = 0;
    let remapped = 0;
    fc.assert(
      fc.property(
        fc.array(fc.tuple(para, fc.array(tree(true), { maxLength: 2 })), { minLength: 4, maxLength: 10 }),
        fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 6 }),
        (paras, cuts) => {
          const doc = document.implementation.createHTMLDocument('Random article');
          const art = doc.createElement('article');
          const h1 = doc.createElement('h1');
          h1.textContent = 'Random article';
          art.appendChild(h1);
          for (const [p, extras] of paras) {
            const el = doc.createElement('p');
            el.appendChild(doc.createTextNode(p));
            for (const t of extras) build(doc, el, t);
            art.appendChild(el);
          }
          doc.body.appendChild(art);
          const before = doc.body.outerHTML;
          const article = extractArticle(doc);
          expect(doc.body.outerHTML).toBe(before);
          if (!article) return;
          found++;
          checkSegments(article.text, article, doc);
          const text = article.text;
          for (const [x, y] of cuts) {
            let a = x % text.length;
            let b = a + 1 + (y % (text.length - a));
            while (!onCodePointBoundary(text, a)) a--;
            while (!onCodePointBoundary(text, b)) b++;
            // Readability may drop furniture between paragraphs: whole-slice equality only within one segment run.
            checkSlice(text, article, a, b, false);
          }
          // remapArticle (page-watch): never a wrong mapping; null only when Readability's paragraph
          // breaks differ from the page's (a block inside an inline). When it maps the page, it also
          // maps a re-render (the article's nodes replaced by copies) onto the new nodes.
          const same = remapArticle(doc.body, article.text);
          if (!same) return;
          remapped++;
          checkSegments(article.text, { segments: same }, doc);
          art.replaceWith(art.cloneNode(true));
          const moved = remapArticle(doc.body, article.text);
          expect(moved).not.toBeNull();
          checkSegments(article.text, { segments: moved! }, doc);
          for (const s of moved!) expect(s.node.isConnected).toBe(true);
          expect(moved!.map((s) => article.text.slice(s.start, s.end)).join('|')).toBe(
            same.map((s) => article.text.slice(s.start, s.end)).join('|'),
          );
        },
      ),
      { numRuns: 15 },
    );
    expect(found).toBeGreaterThan(8);
    expect(remapped).toBeGreaterThan(found / 3);
  }, 30_000);
});
