// @vitest-environment jsdom
/**
 * src/page/page-watch.ts on its own, in jsdom with vitest's fake clock (setTimeout, setInterval,
 * requestAnimationFrame and performance.now all run on it; MutationObserver records still come
 * as microtasks, which advanceTimersByTimeAsync flushes). The browser tests (changing-pages)
 * cover the same module in real pages; these pin down its rules exactly:
 * - a same-document navigation (pushState, replaceState, popstate, hashchange with a new path)
 *   is reported once, after the DOM settled; a change of hash alone is not a navigation;
 * - mutations of the article's text nodes are batched: many in one task or over several frames
 *   give one callback, and callbacks are at least minIntervalMs apart;
 * - mutations of our own element never count (nor delay a navigation's settling);
 * - content appended around the article (infinite scroll) gives no callback at all;
 * - stop() leaves nothing running: no callback, no timer, no listener; history is never patched.
 * And remapArticle: a re-render with the same text maps onto the new nodes; a changed text is null.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createPageWatch, remapArticle, type PageWatch, type PageWatchOptions } from '../../src/page/page-watch';
import { collectParagraphs, joinParagraphs } from '../../src/core/article/text-builder';
import type { Segment } from '../../src/core/article/types';

const PARAS = [
  'Venezuela’s president said on Tuesday that talks with Washington had gone well.',
  '“We are ready to talk,” Nicolás Maduro told reporters in Caracas.',
  'The White House did not comment on the remarks, which came after a week of strikes.',
];

/** Builds the page: a nav, the article (an <h1> and paragraphs, one with inline markup), a footer. */
function buildPage(paras = PARAS): HTMLElement {
  document.body.replaceChildren();
  const nav = document.createElement('nav');
  nav.textContent = 'Home · World · Politics';
  const article = document.createElement('article');
  for (const [i, text] of paras.entries()) {
    const p = document.createElement('p');
    if (i === 1) {
      // A paragraph split over several text nodes.
      const cut = text.indexOf('Nicolás');
      p.append(text.slice(0, cut));
      const b = document.createElement('b');
      b.textContent = 'Nicolás Maduro';
      p.append(b, text.slice(cut + 'Nicolás Maduro'.length));
    } else p.textContent = text;
    article.appendChild(p);
  }
  const footer = document.createElement('footer');
  footer.textContent = 'Copyright';
  document.body.append(nav, article, footer);
  return article;
}

function textNodes(root: Node): Text[] {
  const out: Text[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) out.push(n as Text);
  return out;
}

/** Our own element, as the content app adds it (a host in <body>). */
function addOwnHost(): HTMLElement {
  const host = document.createElement('gloss-root');
  host.setAttribute('data-gloss', '');
  document.body.appendChild(host);
  return host;
}

interface Harness {
  watch: PageWatch;
  navigations: string[];
  changes: number;
}

let active: PageWatch | null = null;

function start(overrides: Partial<PageWatchOptions> = {}, article?: HTMLElement): Harness {
  const h = { navigations: [] as string[], changes: 0 } as Harness;
  h.watch = createPageWatch({
    document,
    isOwnNode: (n) => n.nodeType === 1 && (n as Element).hasAttribute('data-gloss'),
    onNavigate: (url) => h.navigations.push(url),
    onArticleNodesChanged: () => h.changes++,
    minIntervalMs: 500,
    ...overrides,
  });
  if (article) h.watch.setArticleNodes(textNodes(article));
  active = h.watch;
  return h;
}

/** Lets the MutationObserver deliver, then runs the fake clock forward. */
const advance = (ms: number) => vi.advanceTimersByTimeAsync(ms);

beforeEach(() => {
  vi.useFakeTimers();
  history.replaceState(null, '', '/article-a');
});

afterEach(() => {
  active?.stop();
  active = null;
  vi.useRealTimers();
});

describe('page-watch: navigation', () => {
  it('reports a pushState navigation once (found by the URL poll), after the DOM settled', async () => {
    const h = start();
    history.pushState({}, '', '/article-b');
    await advance(200);
    expect(h.navigations).toEqual([]); // the poll (400 ms) has not looked yet
    await advance(1000);
    expect(h.navigations).toEqual([`${location.origin}/article-b`]);
    await advance(5000);
    expect(h.navigations).toHaveLength(1);
    expect(h.watch.stats.navigations).toBe(1);
  });

  it('reports replaceState too, and each new URL once', async () => {
    const h = start();
    history.replaceState(null, '', '/article-c');
    await advance(1500);
    history.pushState(null, '', '/article-d');
    await advance(1500);
    expect(h.navigations).toEqual([`${location.origin}/article-c`, `${location.origin}/article-d`]);
  });

  it('reports a popstate at once (without waiting for the poll)', async () => {
    const h = start({ pollMs: 600_000 });
    // What Back does: the URL is already the previous one when popstate fires.
    history.replaceState(null, '', '/article-prev');
    await advance(2000);
    expect(h.navigations).toEqual([]); // no event, no poll yet: not seen
    window.dispatchEvent(new PopStateEvent('popstate'));
    await advance(400); // settleMs (300) after the event
    expect(h.navigations).toEqual([`${location.origin}/article-prev`]);
    await advance(5000);
    expect(h.navigations).toHaveLength(1);
  });

  it('a hashchange that comes with a new path is a navigation; a change of hash alone is not', async () => {
    const h = start({ pollMs: 600_000 });
    history.replaceState(null, '', '/article-a#section-2');
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    await advance(3000);
    expect(h.navigations).toEqual([]);
    history.replaceState(null, '', '/article-e#top');
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    await advance(400);
    expect(h.navigations).toEqual([`${location.origin}/article-e#top`]);
  });

  it('waits for the new page to render (DOM quiet for settleMs), at most maxSettleMs', async () => {
    const article = buildPage();
    const h = start({ settleMs: 300, maxSettleMs: 2500 });
    history.pushState(null, '', '/article-f');
    // The app keeps rendering every 100 ms for 1.5 s after the URL changed.
    for (let i = 0; i < 15; i++) {
      await advance(100);
      article.appendChild(document.createElement('p')).textContent = `more ${i}`;
    }
    expect(h.navigations).toEqual([]);
    await advance(400);
    expect(h.navigations).toHaveLength(1);

    // A page that never stops changing: reported once maxSettleMs after the URL changed.
    history.pushState(null, '', '/article-g');
    const timer = setInterval(() => article.appendChild(document.createElement('span')), 50);
    await advance(2000);
    expect(h.navigations).toHaveLength(1);
    await advance(1500);
    expect(h.navigations).toHaveLength(2);
    clearInterval(timer);
  });

  it('resetUrl: a URL the app has already read is not reported', async () => {
    const h = start();
    history.pushState(null, '', '/article-h');
    h.watch.resetUrl();
    await advance(3000);
    expect(h.navigations).toEqual([]);
  });
});

describe('page-watch: article nodes', () => {
  it('many mutations of the article in one task give one callback', async () => {
    const article = buildPage();
    const h = start({}, article);
    const nodes = textNodes(article);
    for (let round = 0; round < 20; round++) for (const t of nodes) t.data += '';
    for (const t of nodes) t.data = t.data.toUpperCase();
    await advance(1000);
    expect(h.changes).toBe(1);
    expect(h.watch.stats.frames).toBe(1);
  });

  it('a re-render (article nodes replaced) gives one callback; later changes at most once per minIntervalMs', async () => {
    const article = buildPage();
    const h = start({ minIntervalMs: 500 }, article);
    const copy = article.cloneNode(true) as HTMLElement;
    article.replaceWith(copy);
    await advance(50);
    expect(h.changes).toBe(1); // the first one is not held back
    h.watch.setArticleNodes(textNodes(copy));
    // A burst over several frames (every 30 ms for 300 ms): one more callback, no sooner than
    // minIntervalMs after the first.
    for (let i = 0; i < 10; i++) {
      textNodes(copy)[0]!.data += '!';
      await advance(30);
    }
    expect(h.watch.stats.frames).toBeGreaterThan(2);
    expect(h.changes).toBe(1);
    await advance(200);
    expect(h.changes).toBe(2);
    await advance(3000);
    expect(h.changes).toBe(2);
  });

  it('a frame is handled without animation frames too (a background tab)', async () => {
    const article = buildPage();
    const raf = vi.spyOn(window, 'requestAnimationFrame').mockImplementation(() => 0);
    const h = start({}, article);
    textNodes(article)[0]!.data = 'changed';
    await advance(600);
    expect(h.changes).toBe(1);
    raf.mockRestore();
  });

  it('ignores mutations of our own element', async () => {
    const article = buildPage();
    const host = addOwnHost();
    const h = start({}, article);
    for (let i = 0; i < 50; i++) {
      const div = host.appendChild(document.createElement('div'));
      div.textContent = `row ${i}`;
      (div.firstChild as Text).data = `row ${i}!`;
      if (i % 2) div.remove();
    }
    const style = document.createElement('style');
    style.setAttribute('data-gloss', 'highlights');
    document.head.appendChild(style);
    style.remove();
    host.remove();
    await advance(2000);
    expect(h.changes).toBe(0);
    expect(h.watch.stats.frames).toBe(0);
  });

  it('our own mutations do not hold back a navigation', async () => {
    const host = addOwnHost();
    const h = start({ settleMs: 300, maxSettleMs: 5000 });
    history.pushState(null, '', '/article-i');
    const timer = setInterval(() => host.appendChild(document.createElement('div')), 50);
    await advance(1000); // poll at 400, settled at 700
    expect(h.navigations).toHaveLength(1);
    clearInterval(timer);
  });

  it('content appended around the article (infinite scroll) gives no callback', async () => {
    const article = buildPage();
    const h = start({}, article);
    const feed = document.createElement('section');
    document.body.appendChild(feed);
    const spinner = document.createElement('div');
    for (let page = 0; page < 30; page++) {
      feed.appendChild(spinner);
      await advance(100);
      spinner.remove(); // a removal, but not of the article's nodes
      for (let i = 0; i < 10; i++) feed.appendChild(document.createElement('p')).textContent = `Teaser ${page}.${i}`;
      await advance(200);
    }
    await advance(2000);
    expect(h.changes).toBe(0);
  });

  it('a removal of unrelated nodes is checked but gives no callback; no nodes set, no callback', async () => {
    const article = buildPage();
    const h = start({}, article);
    document.querySelector('nav')!.remove();
    await advance(1000);
    expect(h.changes).toBe(0);
    h.watch.setArticleNodes(null);
    article.remove();
    await advance(1000);
    expect(h.changes).toBe(0);
  });
});

describe('page-watch: stop', () => {
  it('after stop(): no callback, no timer left, no listener; history never patched', async () => {
    const { pushState, replaceState } = history;
    const article = buildPage();
    // Spies that call through: which listeners the watch adds to and removes from the window.
    const add = vi.spyOn(window, 'addEventListener');
    const remove = vi.spyOn(window, 'removeEventListener');
    const h = start({}, article);
    expect(history.pushState).toBe(pushState);
    expect(history.replaceState).toBe(replaceState);

    // Work in flight when stop() comes: a mutation not yet handled, a navigation not yet settled.
    history.pushState(null, '', '/article-j');
    await advance(450); // the poll saw it; waiting for the DOM to settle
    textNodes(article)[0]!.data = 'changed';
    await advance(0); // the observer noted it; its frame is not run yet
    expect(vi.getTimerCount()).toBeGreaterThan(0);
    expect(h.watch.stats.frames).toBe(0);
    h.watch.stop();
    expect(vi.getTimerCount()).toBe(0);
    // Every listener added was removed again (the same type and the same function).
    expect(add.mock.calls.length).toBeGreaterThan(0);
    for (const [type, fn] of add.mock.calls)
      expect(remove.mock.calls.some(([t, f]) => t === type && f === fn)).toBe(true);
    add.mockRestore();
    remove.mockRestore();

    article.replaceWith(article.cloneNode(true));
    history.pushState(null, '', '/article-k');
    window.dispatchEvent(new PopStateEvent('popstate'));
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    await advance(10_000);
    expect(h.changes).toBe(0);
    expect(h.navigations).toEqual([]);
    expect(vi.getTimerCount()).toBe(0);
    expect(history.pushState).toBe(pushState);
    expect(history.replaceState).toBe(replaceState);
    h.watch.stop(); // twice is harmless
  });
});

describe('remapArticle', () => {
  const articleText = (root: Node) => joinParagraphs(collectParagraphs(root, (t) => t)).text;

  /** Every segment copies its node verbatim: text.slice(start, end) === node.data at nodeOffset. */
  const checkVerbatim = (text: string, segments: Segment[]) => {
    for (const s of segments)
      expect(s.node.data.slice(s.nodeOffset, s.nodeOffset + (s.end - s.start))).toBe(text.slice(s.start, s.end));
  };

  it('maps a re-rendered article (same text, new nodes) onto the new nodes', () => {
    const article = buildPage();
    const text = articleText(article);
    const before = remapArticle(document.body, text)!;
    expect(before).not.toBeNull();
    checkVerbatim(text, before);

    const copy = article.cloneNode(true) as HTMLElement;
    article.replaceWith(copy);
    const after = remapArticle(document.body, text)!;
    expect(after).not.toBeNull();
    checkVerbatim(text, after);
    const fresh = new Set(textNodes(copy));
    for (const s of after) expect(fresh.has(s.node)).toBe(true);
    // Every character of every paragraph is covered, in order.
    expect(after.map((s) => text.slice(s.start, s.end)).join('')).toBe(PARAS.join(''));
  });

  it("still maps with content added before and after the article (offsets stay the article's)", () => {
    const article = buildPage();
    const text = articleText(article);
    const teaser = document.createElement('aside');
    teaser.textContent = 'Read next: markets fall';
    document.body.prepend(teaser);
    for (let i = 0; i < 5; i++) document.body.appendChild(document.createElement('p')).textContent = `Teaser ${i}`;
    const segs = remapArticle(document.body, text)!;
    expect(segs).not.toBeNull();
    checkVerbatim(text, segs);
    expect(segs[0]!.start).toBe(0);
    expect(segs[segs.length - 1]!.end).toBe(text.length);
  });

  it("gives null when the article's text changed", () => {
    const article = buildPage();
    const text = articleText(article);
    article.querySelector('p')!.textContent = 'A correction was appended to this paragraph.';
    expect(remapArticle(document.body, text)).toBeNull();
    buildPage([PARAS[0]!, PARAS[2]!]); // a paragraph gone
    expect(remapArticle(document.body, text)).toBeNull();
    buildPage([PARAS[1]!, PARAS[0]!, PARAS[2]!]); // reordered
    expect(remapArticle(document.body, text)).toBeNull();
  });
});
