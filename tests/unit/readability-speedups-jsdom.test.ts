/**
 * The jsdom speed-ups to Readability (src/cli/readability-jsdom.ts) decide as Readability
 * does. Two checks on real and generated pages:
 * - shadowing: Readability runs with its own methods deciding, and at every call of a replaced
 *   method that reads the tree (in the tree state of that moment, mid-run) the replacement is
 *   called too and must give the same answer (the same nodes in the same order for lists);
 * - whole runs: the article (Readability's content HTML, title, byline, excerpt...) and
 *   extractArticle's result are the same with the replacements as with Readability's own methods.
 */
import { Readability } from '@mozilla/readability';
import { JSDOM } from 'jsdom';
import { afterEach, describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/core/article';
import { originalMethods, replacementMethods } from '../../src/core/article/readability-speedups';
import { parseHtml } from '../../src/cli/run';
import { exampleHtml } from '../helpers/fixtures';

type Fn = (...args: unknown[]) => unknown;
const proto = Readability.prototype as unknown as Record<string, Fn>;
const URL = 'http://fakehost/test/page.html';

// parseHtml applies the jsdom group; keep what it installed to put back after each test.
parseHtml('<p>x</p>');
const installed = Object.fromEntries(Object.keys(replacementMethods).map((k) => [k, proto[k]!]));
afterEach(() => Object.assign(proto, installed));

// One window parses every page (a new jsdom window per page costs more than the page's run).
const window = new JSDOM('', { url: URL }).window;
const load = (html: string): Document => new window.DOMParser().parseFromString(html, 'text/html');

const READ_ONLY = [
  '_getAllNodesWithTag',
  '_isElementWithoutContent',
  '_hasChildBlockElement',
  '_getInnerText',
  '_getLinkDensity',
];

function useOriginals(): void {
  for (const k of Object.keys(originalMethods)) if (k !== '_isValidByline') proto[k] = originalMethods[k] as Fn;
}

/** The same elements (each once), in any order. */
function sameElements(a: unknown, b: unknown): boolean {
  const x = Array.from(a as ArrayLike<unknown>);
  const y = new Set(Array.from(b as ArrayLike<unknown>));
  return x.length === y.size && new Set(x).size === x.length && x.every((v) => y.has(v));
}

function sameAnswer(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a === 'object' && a !== null && typeof b === 'object' && b !== null && 'length' in a && 'length' in b) {
    const x = Array.from(a as ArrayLike<unknown>);
    const y = Array.from(b as ArrayLike<unknown>);
    return x.length === y.length && x.every((v, i) => v === y[i]);
  }
  return false;
}

/** Runs extractArticle on `doc` with the originals deciding and the replacements shadowing; the calls compared, by method. */
function shadow(doc: Document): { calls: Record<string, number>; mismatches: string[] } {
  const calls: Record<string, number> = {};
  const mismatches: string[] = [];
  for (const name of READ_ONLY) {
    const original = originalMethods[name] as Fn;
    const replacement = replacementMethods[name] as Fn;
    expect(original, name).toBeTypeOf('function');
    proto[name] = function (this: unknown, ...args: unknown[]) {
      const want = original.apply(this, args);
      const got = replacement.apply(this, args);
      calls[name] = (calls[name] ?? 0) + 1;
      // jsdom's querySelectorAll lists the elements below a root outside the document tag by
      // tag (see getAllNodesWithTag); Readability's uses of those lists do not depend on order.
      const outside = name === '_getAllNodesWithTag' && !(args[0] as Node).isConnected;
      if (!(outside ? sameElements(want, got) : sameAnswer(want, got)))
        mismatches.push(
          `${name}(${String(args[1] ?? '')}): ${String(want).slice(0, 60)} / ${String(got).slice(0, 60)}`,
        );
      return want;
    };
  }
  // parse stays the replacement: it bounds the text cache to the run.
  extractArticle(doc);
  Object.assign(proto, installed);
  return { calls, mismatches };
}

/** Readability's result and extractArticle's, with every field that can be compared as text. */
function wholeRun(doc: Document): string {
  const parsed = new Readability(doc.cloneNode(true) as Document).parse();
  const article = extractArticle(doc);
  return JSON.stringify({
    parsed,
    article: article && {
      ...article,
      segments: article.segments.map((s) => [s.start, s.end, s.nodeOffset, s.node.data]),
    },
  });
}

function expectSameRuns(doc: Document): void {
  const fast = wholeRun(doc);
  useOriginals();
  const slow = wholeRun(doc);
  Object.assign(proto, installed);
  expect(fast).toBe(slow);
}

/** A small seeded generator of pages with the structures Readability's replaced methods look at. */
function generatedPage(seed: number): string {
  let s = seed >>> 0 || 1;
  const rnd = () => (s = (Math.imul(s, 1103515245) + 12345) >>> 0) / 2 ** 32;
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  // prettier-ignore
  const WORDS = ['harbour', 'council', 'said', 'on', 'Tuesday', 'that', 'the', 'terminal', 'would', 'open', 'in', 'spring,', 'after', 'talks.', 'Maria', 'Lindqvist', 'added'];
  // prettier-ignore
  const text = (n: number) => Array.from({ length: n }, () => pick(WORDS)).join(pick([' ', ' ', '  ', '\n ', '\u00a0', ' \u2003 ']));
  // prettier-ignore
  const CLASSES = ['', '', 'content', 'article-body', 'comment', 'share-tools', 'sidebar', 'byline', 'caption', 'lazy', 'related', 'entry'];
  const attrs = () => {
    const c = pick(CLASSES);
    const hidden = rnd() < 0.04 ? ' style="display:none"' : rnd() < 0.03 ? ' hidden' : '';
    return `${c ? ` class="${c}"` : ''}${rnd() < 0.2 ? ` id="n${Math.floor(rnd() * 1000)}"` : ''}${hidden}`;
  };
  const inline = (): string =>
    pick([
      () => text(1 + Math.floor(rnd() * 12)),
      () =>
        `<a href="${pick(['#top', '#', '/story', 'https://example.org/x', ''])}">${text(1 + Math.floor(rnd() * 4))}</a>`,
      () => `<span${attrs()}>${text(2)}</span>`,
      () => `<em>${text(2)}</em>, `,
      () => '<br>',
      () => '<br> <br>',
      () =>
        `<img src="${pick(['a.jpg', 'data:image/gif;base64,R0lGOD', ''])}"${rnd() < 0.5 ? ' data-src="b.png"' : ''}>`,
      () => `<svg><a href="#s">${text(1)}</a><foreignObject><p>${text(3)}</p></foreignObject></svg>`,
      () => ' ',
    ])();
  const block = (depth: number): string => {
    const kids = () =>
      Array.from({ length: 1 + Math.floor(rnd() * 3) }, () =>
        depth > 0 && rnd() < 0.6 ? block(depth - 1) : inline(),
      ).join('');
    return pick([
      () => `<div${attrs()}>${kids()}</div>`,
      () => `<div${attrs()}><p>${text(20 + Math.floor(rnd() * 40))}</p></div>`,
      () => `<p${attrs()}>${Array.from({ length: 1 + Math.floor(rnd() * 5) }, inline).join('')}</p>`,
      () => `<section${attrs()}>${kids()}</section>`,
      () => `<div${attrs()}> <br> <hr> </div>`,
      () => `<div${attrs()}>\u00a0 </div>`,
      () => `<h${1 + Math.floor(rnd() * 3)}${attrs()}>${text(4)}</h${1 + Math.floor(rnd() * 3)}>`,
      () =>
        `<ul${attrs()}>${Array.from({ length: 1 + Math.floor(rnd() * 5) }, () => `<li>${inline()}</li>`).join('')}</ul>`,
      () =>
        `<table${rnd() < 0.3 ? ' summary="s"' : ''}><tr><td>${kids()}</td><td>${text(3)}</td></tr>${rnd() < 0.5 ? `<tr><th>${text(1)}</th></tr>` : ''}</table>`,
      () => `<form${attrs()}><input type="text">${text(3)}<button>${text(1)}</button></form>`,
      () => `<figure${attrs()}><img data-src="x.jpg"><figcaption>${text(5)}</figcaption></figure>`,
      () => `<blockquote>${text(15)}</blockquote>`,
      () => `<iframe src="${pick(['https://www.youtube.com/embed/x', 'https://ads.example/x'])}"></iframe>`,
      () => `<noscript><img src="real.jpg"></noscript>`,
      () => `<pre>${text(8)}</pre>`,
      () => `<font>${text(6)}</font>`,
    ])();
  };
  const body = Array.from({ length: 5 + Math.floor(rnd() * 8) }, () => block(2 + Math.floor(rnd() * 2))).join('\n');
  return `<!doctype html><html lang="en"><head><title>${text(6)}</title><meta name="author" content="${rnd() < 0.5 ? 'Ann Lee' : ''}"></head><body>${body}</body></html>`;
}

describe('the jsdom speed-ups to Readability', () => {
  it('are installed by parseHtml, each over a Readability method', () => {
    for (const name of [...READ_ONLY, 'parse']) {
      expect(originalMethods[name], name).toBeTypeOf('function');
      expect(proto[name], name).toBe(replacementMethods[name]);
    }
  });

  it('answer as the originals at every call on the example page', () => {
    const { calls, mismatches } = shadow(load(exampleHtml()));
    expect(mismatches).toEqual([]);
    for (const name of READ_ONLY) expect(calls[name] ?? 0, name).toBeGreaterThan(0);
    expect(calls._getInnerText).toBeGreaterThan(50);
  });

  it('give the same article as the originals on the example page', () => {
    expectSameRuns(load(exampleHtml()));
  });

  it('answer as the originals at every call, and give the same article, on generated pages', () => {
    const total: Record<string, number> = {};
    for (let seed = 1; seed <= 16; seed++) {
      const doc = load(generatedPage(seed));
      const { calls, mismatches } = shadow(doc);
      expect(mismatches, `seed ${seed}`).toEqual([]);
      for (const [k, v] of Object.entries(calls)) total[k] = (total[k] ?? 0) + v;
      expectSameRuns(doc);
    }
    for (const name of READ_ONLY) expect(total[name] ?? 0, name).toBeGreaterThan(16);
    // Five Readability runs per page: more than the default 30 s on a busy machine (a hang guard, not a timing).
  }, 120_000);
});

describe('_getAllNodesWithTag', () => {
  const doc = load(
    `<div id=r><h2>a</h2><h1>b</h1><p><span>x</span></p><li>y</li><svg><a>q</a><foreignObject><p>in</p></foreignObject></svg>
     <math><mi>p</mi></math><table><tr><td><div><p>t</p></div></td></tr></table><template><p>no</p></template></div>`,
  );
  const root = doc.getElementById('r')!;
  const self = Readability.prototype as unknown as Record<string, unknown>;
  // prettier-ignore
  const lists = [['h1', 'h2'], ['p'], ['a'], ['SPAN', 'LI', 'TD', 'DIV', 'P'], ['foreignObject', 'foreignobject', 'p'], ['mi', 'p'], ['img', 'picture']];
  it.each(lists)('selects as querySelectorAll does: %s', (...names) => {
    const want = Array.from(root.querySelectorAll(names.join(',')));
    const got = (replacementMethods._getAllNodesWithTag as Fn).call(self, root, names) as Element[];
    expect(got).toEqual(want);
    expect(got.every((el, i) => el === want[i])).toBe(true);
    const fromDoc = (replacementMethods._getAllNodesWithTag as Fn).call(self, doc, names) as Element[];
    expect(fromDoc.every((el, i) => el === Array.from(doc.querySelectorAll(names.join(',')))[i])).toBe(true);
  });
});

describe('_getAllNodesWithTag below a root outside the document', () => {
  it('gives the elements querySelectorAll gives, in document order', () => {
    const doc = load('<p>x</p>');
    const root = doc.createElement('div');
    root.innerHTML =
      '<ul><li><span>1</span></li><li><div><span>2</span></div></li></ul><h2>a</h2><section><h1>b</h1></section>';
    const self = Readability.prototype as unknown as Record<string, unknown>;
    for (const names of [
      ['SPAN', 'LI', 'DIV', 'UL'],
      ['h1', 'h2'],
    ]) {
      const want = Array.from(root.querySelectorAll(names.join(',')));
      const got = (replacementMethods._getAllNodesWithTag as Fn).call(self, root, names) as Element[];
      expect(sameElements(want, got)).toBe(true);
      for (let i = 1; i < got.length; i++) expect(got[i - 1]!.compareDocumentPosition(got[i]!) & 4).toBeTruthy(); // following
    }
  });
});

describe('the text cache', () => {
  it('sees insertions, removals and changed text between calls within one parse', () => {
    const doc = load('<div id=a><p id=p>one <b>two</b></p></div>');
    const self = Readability.prototype as unknown as Record<string, unknown>;
    const text = (el: Element) => (replacementMethods._getInnerText as Fn).call(self, el) as string;
    const a = doc.getElementById('a')!;
    const p = doc.getElementById('p')!;
    expect(text(a)).toBe('one two');
    p.querySelector('b')!.remove();
    expect(text(a)).toBe('one');
    p.appendChild(doc.createTextNode(' three'));
    expect(text(a)).toBe('one three');
    (p.firstChild as Text).data = 'zero ';
    expect(text(a)).toBe('zero three');
    const detached = doc.createElement('div');
    detached.append(p);
    expect(text(detached)).toBe('zero three');
    expect(text(a)).toBe('');
    p.append(' four');
    expect(text(detached)).toBe('zero three four');
    doc.body.append(detached);
    detached.append(doc.createElement('span'));
    (detached.lastChild as Element).textContent = 'five';
    expect(text(detached)).toBe('zero three fourfive');
  });
});
