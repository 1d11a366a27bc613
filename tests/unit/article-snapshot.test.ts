// @vitest-environment jsdom
/**
 * Page snapshots (src/core/article/snapshot.ts): the article found from a snapshot, rebuilt elsewhere,
 * is the article extractArticle finds on the page itself, mapped to the same live text nodes;
 * shadow DOM and slots are read as rendered; a page that changed is noticed; bad input is refused.
 */
import { Readability } from '@mozilla/readability';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/core/article';
import { articleFromRemote, extractFromSnapshot } from '../../src/core/article/extract';
import { originalIsValidByline, speedUpReadability } from '../../src/core/article/readability-speedups';
import { buildSnapshot, type PageSnapshot } from '../../src/core/article/snapshot';
import { takeSnapshot } from '../../src/page/take-snapshot';
import { exampleHtml } from '../helpers/fixtures';

const load = (markup: string): Document => new DOMParser().parseFromString(markup, 'text/html');
const fresh = () => document.implementation.createHTMLDocument('');

const PARAS = [
  'The harbour authority said on Tuesday that the new container terminal would open in the spring, two years later than planned, after a dispute with the builders over the cost of the sea wall.',
  '“We are not going to pay for mistakes that were not ours,” said Maria Lindqvist, who chairs the authority, adding that talks with the builders would continue through the winter months.',
  'The builders, a consortium led by Nordhavn Construction, said in a statement that the delays came from changes the authority had asked for after the work began in the autumn of last year.',
];

/** The live text node of each segment, and the text it carries. */
const nodesOf = (a: { segments: { node: Text }[] }) => a.segments.map((s) => s.node);

async function viaSnapshot(doc: Document, opts: Parameters<typeof takeSnapshot>[1] = {}) {
  const taken = await takeSnapshot(doc, opts);
  // Through JSON, as a runtime message carries it.
  const snapshot = JSON.parse(JSON.stringify(taken.snapshot)) as PageSnapshot;
  const remote = extractFromSnapshot(snapshot, fresh);
  return { taken, remote, article: remote ? articleFromRemote(remote, taken.texts) : null };
}

describe('the example page through a snapshot', () => {
  it('gives the same article as extractArticle, on the same live nodes', async () => {
    const doc = load(exampleHtml());
    const direct = extractArticle(doc)!;
    const { article } = await viaSnapshot(doc);
    expect(article).not.toBeNull();
    const { segments: a, ...metaA } = article!;
    const { segments: b, ...metaB } = direct;
    expect(metaA).toEqual(metaB);
    expect(a.map((s) => [s.start, s.end, s.nodeOffset])).toEqual(b.map((s) => [s.start, s.end, s.nodeOffset]));
    expect(nodesOf(article!).every((n, i) => n === nodesOf(direct)[i])).toBe(true);
    for (const s of a)
      expect(s.node.data.slice(s.nodeOffset, s.nodeOffset + s.end - s.start)).toBe(article!.text.slice(s.start, s.end));
  });

  it('takes the same snapshot in slices as in one go, and pauses when slices are tiny', async () => {
    const doc = load(exampleHtml());
    const whole = await takeSnapshot(doc);
    let pauses = 0;
    const sliced = await takeSnapshot(doc, { sliceMs: 0, pause: async () => void pauses++ });
    expect(pauses).toBeGreaterThan(0);
    expect(sliced.snapshot).toEqual(whole.snapshot);
    expect(sliced.texts).toEqual(whole.texts);
  });

  it('leaves scripts, styles and event handlers behind but keeps JSON-LD metadata', async () => {
    const doc = load(`<html lang="en"><head><title>T</title><style>p{color:red}</style>
      <script>window.secret = 1</script><script type="application/ld+json">{"headline":"H"}</script></head>
      <body><p onclick="evil()" class="lead" data-x="1">Hello</p></body></html>`);
    const { snapshot } = await takeSnapshot(doc);
    const json = JSON.stringify(snapshot);
    expect(json).not.toContain('window.secret');
    expect(json).not.toContain('color:red');
    expect(json).not.toContain('evil()');
    expect(json).not.toContain('onclick');
    expect(json).not.toContain('data-x');
    expect(json).toContain('{\\"headline');
    expect(json).toContain('"lead"');
    expect(snapshot.lang).toBe('en');
  });
});

describe('web components', () => {
  it('finds an article whose text is inside an open shadow root', async () => {
    const doc = load(
      `<html lang="en"><head><title>Terminal delayed</title></head><body><nav><a href="/">Home</a></nav><news-story></news-story></body></html>`,
    );
    const host = doc.querySelector('news-story')!;
    const root = host.attachShadow({ mode: 'open' });
    const article = doc.createElement('article');
    const h1 = doc.createElement('h1');
    h1.textContent = 'Terminal delayed';
    article.appendChild(h1);
    for (const t of PARAS) {
      const p = doc.createElement('p');
      p.textContent = t;
      article.appendChild(p);
    }
    root.appendChild(article);
    expect(extractArticle(doc)).toBeNull(); // a clone of the document does not hold shadow roots
    const { article: found } = await viaSnapshot(doc);
    expect(found).not.toBeNull();
    expect(found!.text).toContain(PARAS[1]);
    const node = found!.segments.find((s) => found!.text.slice(s.start, s.end).includes('Lindqvist'))!.node;
    expect(node.getRootNode()).toBe(root);
  });

  it('finds an article inside a closed shadow root when told how to reach it, and only then', async () => {
    const doc = load(
      `<html lang="en"><head><title>Terminal delayed</title></head><body><nav><a href="/">Home</a></nav><news-story></news-story></body></html>`,
    );
    const host = doc.querySelector('news-story')!;
    const root = host.attachShadow({ mode: 'closed' });
    const article = doc.createElement('article');
    for (const t of PARAS) {
      const p = doc.createElement('p');
      p.textContent = t;
      article.appendChild(p);
    }
    root.appendChild(article);
    expect(host.shadowRoot).toBeNull();
    expect((await viaSnapshot(doc)).article).toBeNull();
    // What a content script can do (chrome.dom.openOrClosedShadowRoot, Firefox's openOrClosedShadowRoot).
    const { article: found } = await viaSnapshot(doc, { shadowRootOf: (el) => (el === host ? root : el.shadowRoot) });
    expect(found!.text).toContain(PARAS[1]);
    expect(found!.segments[0]!.node.getRootNode()).toBe(root);
  });

  it('reads slotted light-DOM paragraphs where the slot renders them', async () => {
    const doc = load(
      `<html lang="en"><head><title>Terminal delayed</title></head><body><story-card>${PARAS.map((t) => `<p>${t}</p>`).join('')}</story-card></body></html>`,
    );
    const host = doc.querySelector('story-card')!;
    const root = host.attachShadow({ mode: 'open' });
    const wrap = doc.createElement('article');
    const kicker = doc.createElement('p');
    kicker.textContent =
      'A paragraph the component itself renders before the story, long enough to count as prose for the reader here.';
    wrap.appendChild(kicker);
    wrap.appendChild(doc.createElement('slot'));
    root.appendChild(wrap);
    const { article } = await viaSnapshot(doc);
    expect(article).not.toBeNull();
    const paras = article!.text.split('\n\n');
    expect(paras.indexOf(PARAS[0]!)).toBeGreaterThan(paras.indexOf(kicker.textContent!));
    // The slotted paragraphs map to the light-DOM nodes the reader sees.
    const seg = article!.segments.find((s) => article!.text.slice(s.start, s.end).startsWith('The harbour'))!;
    expect(seg.node.parentElement!.parentElement).toBe(host);
  });
});

describe('a page that changes, and bad input', () => {
  it('notices when the page changed after the snapshot', async () => {
    const doc = load(exampleHtml());
    const taken = await takeSnapshot(doc);
    const remote = extractFromSnapshot(taken.snapshot, fresh)!;
    expect(articleFromRemote(remote, taken.texts)).not.toBeNull();
    const target = taken.texts[remote.segments[3]!.index]!;
    target.data = `${target.data} (updated)`.replace(/^./, 'X');
    expect(articleFromRemote(remote, taken.texts)).toBeNull();
    target.data = 'gone';
    target.remove();
    expect(articleFromRemote(remote, taken.texts)).toBeNull();
  });

  it('reads only the first elements of a huge page and says so', async () => {
    const doc = load(
      `<html><body><article>${Array.from({ length: 400 }, (_, i) => `<p>${PARAS[i % 3]}</p>`).join('')}</article></body></html>`,
    );
    const { taken, article } = await viaSnapshot(doc, { maxElements: 100 });
    expect(taken.snapshot.partial).toEqual({ elementsRead: 100, elementsTotal: doc.getElementsByTagName('*').length });
    expect(article).not.toBeNull();
    expect(article!.partial).toEqual(taken.snapshot.partial);
    expect(article!.text.split('\n\n').length).toBeLessThan(100);
  });

  it('refuses what is not a snapshot, and builds inert elements from odd names', () => {
    for (const bad of [
      null,
      {},
      { root: 'x' },
      { root: ['html'] },
      { root: ['html', [], 5] },
      { root: ['html', [], ['p', 'x']] },
    ]) {
      expect(() => buildSnapshot(bad as unknown as PageSnapshot, fresh)).toThrow(/snapshot/);
    }
    const { doc, texts } = buildSnapshot(
      {
        root: ['html', [], ['body', ['on load', 'x', 'onclick', 'y'], ['bad tag!', [], 'text']]],
        title: 'T',
        lang: null,
      },
      fresh,
    );
    expect(texts.map((t) => t.data)).toEqual(['text']);
    expect(doc.body.firstElementChild!.localName).toBe('div');
  });
});

describe('the Readability byline speed-up', () => {
  it('decides as Readability does for every element of the example and of byline-like markup', () => {
    speedUpReadability();
    const patched = (Readability.prototype as unknown as { _isValidByline: (n: Element, m: string) => boolean })
      ._isValidByline;
    expect(originalIsValidByline).toBeTypeOf('function');
    expect(patched).not.toBe(originalIsValidByline);
    const doc =
      load(`${exampleHtml()}<div class="byline">By Ann Lee</div><a rel="author">Ann</a><span itemprop="author"> </span>
      <p class="author-bio">${'long '.repeat(40)}</p><div id="dateline">Oslo</div><div class="x">byline</div>`);
    const self = { REGEXPS: (Readability.prototype as unknown as { REGEXPS: unknown }).REGEXPS };
    let agreed = 0;
    let trues = 0;
    for (const el of Array.from(doc.getElementsByTagName('*'))) {
      const match = `${el.className} ${el.id}`;
      const want = originalIsValidByline!.call(self, el, match);
      expect(patched.call(self, el, match)).toBe(want);
      agreed++;
      if (want) trues++;
    }
    expect(agreed).toBeGreaterThan(80);
    expect(trues).toBeGreaterThanOrEqual(3);
  });
});
