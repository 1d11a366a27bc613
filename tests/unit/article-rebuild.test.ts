// @vitest-environment jsdom
/**
 * Pages whose article Readability finds only on a second attempt, after rebuilding its copy of the
 * page from saved HTML (readability-rebuilds.ts): the article's text still maps to the live page,
 * on the direct path and through a snapshot.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle, rangeFor } from '../../src/core/article';
import { articleFromRemote, extractFromSnapshot } from '../../src/core/article/extract';
import { pairInOrder } from '../../src/core/article/readability-rebuilds';
import type { PageSnapshot } from '../../src/core/article/snapshot';
import { takeSnapshot } from '../../src/page/take-snapshot';

const load = (markup: string): Document => new DOMParser().parseFromString(markup, 'text/html');

const PARAS = [
  'The river board said on Monday that the new flood gates would be finished by the autumn, a year later than it had promised, after the steel for the gates arrived late from the mill.',
  '“Nobody wants the town to wait another winter,” said Petra Holm, who leads the board, adding that the crews would work through the summer to make up some of the lost time.',
  'The mill said in a statement that its furnaces had been shut for repairs in the spring and that every order placed before then had been delayed by at least three months.',
];

// The article sits in a block whose class Readability's first attempt strips as unlikely
// ("extra"), so that attempt finds too little text and Readability rebuilds its page.
const PAGE = `<!doctype html><html lang="en"><head><title>Flood gates late</title>
<script>var x = "<p>not text</p>";</script><style>p { color: black }</style></head>
<body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
<div class="extra"><h1>Flood gates late</h1>${PARAS.map((p) => `<p>${p}</p>`).join('\n')}</div>
<script>var y = 1;</script></body></html>`;

describe('an article found after Readability rebuilt its page', () => {
  it('maps the article into the live page', () => {
    const doc = load(PAGE);
    const article = extractArticle(doc)!;
    expect(article).not.toBeNull();
    expect(article.text).toContain(PARAS[1]);
    const mapped = article.segments.filter((s) => s.node.ownerDocument === doc && s.node.isConnected);
    expect(mapped.length).toBe(article.segments.length);
    for (const s of mapped) {
      expect(s.node.data.slice(s.nodeOffset, s.nodeOffset + s.end - s.start)).toBe(article.text.slice(s.start, s.end));
    }
    const at = article.text.indexOf('Petra Holm');
    expect(rangeFor(article, at, at + 'Petra Holm'.length)?.toString()).toBe('Petra Holm');
  });

  it('maps it through a snapshot too, to the same live nodes', async () => {
    const doc = load(PAGE);
    const direct = extractArticle(doc)!;
    const taken = await takeSnapshot(doc, {});
    const snapshot = JSON.parse(JSON.stringify(taken.snapshot)) as PageSnapshot;
    const remote = extractFromSnapshot(snapshot, () => document.implementation.createHTMLDocument(''))!;
    const article = articleFromRemote(remote, taken.texts)!;
    expect(article.text).toBe(direct.text);
    expect(article.segments.map((s) => s.node)).toEqual(direct.segments.map((s) => s.node));
    expect(article.segments.length).toBeGreaterThan(0);
  });

  it('leaves the page Readability was given untouched', () => {
    const doc = load(PAGE);
    const before = doc.documentElement.outerHTML;
    extractArticle(doc);
    expect(doc.documentElement.outerHTML).toBe(before);
    expect(Object.prototype.hasOwnProperty.call(doc.body, 'innerHTML')).toBe(false);
  });
});

describe('pairInOrder', () => {
  const texts = (doc: Document, ...data: string[]) => data.map((d) => doc.createTextNode(d));
  it('passes over nodes the saved HTML lacks and leaves joined ones unpaired', () => {
    const doc = load('<p></p>');
    const before = texts(doc, 'head', 'a', 'script body', 'b', 'c', 'd');
    const after = texts(doc, 'a', 'b', 'cd', 'd');
    const into = new Map<Text, Text>();
    pairInOrder(before, after, into);
    expect(into.get(after[0]!)).toBe(before[1]);
    expect(into.get(after[1]!)).toBe(before[3]);
    expect(into.has(after[2]!)).toBe(false);
    expect(into.get(after[3]!)).toBe(before[5]);
  });
});
