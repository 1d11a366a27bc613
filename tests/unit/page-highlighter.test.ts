// @vitest-environment jsdom
/**
 * createPageHighlighter in jsdom, with the browser parts jsdom lacks simulated: the Highlight
 * registry, caretPositionFromPoint and client rects (a monospace layout: 10 px a character,
 * one 20 px line per paragraph). The real-browser tests cover painting.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createPageHighlighter, type PageHighlighter } from '../../src/page/highlighter';
import type { Segment } from '../../src/core/article/types';
import { ANALYSIS, ENTITIES, QUOTES, TEXT } from './sidebar-fixtures';
import { largeAnalysis } from './sidebar-large-fixture';

const CH = 10;
const LINE = 20;
let paras: HTMLParagraphElement[] = [];
let segments: Segment[] = [];
let registry: Map<string, Set<Range> & { priority: number }>;
let h: PageHighlighter | null = null;
let host: HTMLElement;
let uiRoot: ShadowRoot;
let scrolled: Element[] = [];

function paraOf(node: Node): number {
  return paras.findIndex((p) => p.firstChild === node);
}
function rectsOf(r: Range) {
  const p = paraOf(r.startContainer);
  if (p < 0 || r.startContainer !== r.endContainer) return [];
  return [
    {
      left: r.startOffset * CH,
      right: r.endOffset * CH,
      top: p * LINE,
      bottom: p * LINE + LINE,
      width: (r.endOffset - r.startOffset) * CH,
      height: LINE,
      x: r.startOffset * CH,
      y: p * LINE,
    },
  ];
}
/** Viewport point of the middle of article offset `off`. */
function pointAt(off: number) {
  const s = segments.find((g) => g.start <= off && off < g.end)!;
  const p = paraOf(s.node);
  return { x: (s.nodeOffset + off - s.start) * CH + CH / 2, y: p * LINE + LINE / 2 };
}

beforeEach(() => {
  vi.useFakeTimers();
  document.body.textContent = '';
  const article = document.createElement('article');
  paras = TEXT.split('\n\n').map((t) => {
    const p = document.createElement('p');
    p.textContent = t;
    article.appendChild(p);
    return p;
  });
  const link = document.createElement('a');
  link.href = 'https://example.com/';
  link.textContent = 'Maduro link';
  document.body.append(article, link);
  let off = 0;
  segments = paras.map((p) => {
    const node = p.firstChild as Text;
    const s = { start: off, end: off + node.data.length, node, nodeOffset: 0 };
    off = s.end + 2;
    return s;
  });
  host = document.createElement('gloss-root');
  document.body.appendChild(host);
  uiRoot = host.attachShadow({ mode: 'open' });

  registry = new Map();
  class FakeHighlight extends Set<Range> {
    priority = 0;
    constructor(...ranges: Range[]) {
      super(ranges);
    }
  }
  (window as unknown as Record<string, unknown>).Highlight = FakeHighlight;
  (window as unknown as { CSS: Record<string, unknown> }).CSS = { ...(window.CSS ?? {}), highlights: registry };
  (document as unknown as Record<string, unknown>).caretPositionFromPoint = (x: number, y: number) => {
    const p = paras[Math.floor(y / LINE)];
    const node = p?.firstChild as Text | undefined;
    if (!node) return null;
    return { offsetNode: node, offset: Math.max(0, Math.min(node.data.length, Math.round(x / CH))) };
  };
  Range.prototype.getClientRects = function (this: Range) {
    return rectsOf(this) as unknown as DOMRectList;
  };
  Range.prototype.getBoundingClientRect = function (this: Range) {
    return (rectsOf(this)[0] ?? { left: 0, right: 0, top: 0, bottom: 0, width: 0, height: 0 }) as DOMRect;
  };
  scrolled = [];
  Element.prototype.scrollIntoView = function (this: Element) {
    scrolled.push(this);
  };
});

afterEach(() => {
  h?.destroy();
  h = null;
  vi.useRealTimers();
});

function make(extra: Partial<Parameters<typeof createPageHighlighter>[0]> = {}) {
  const calls: Array<[string, unknown]> = [];
  h = createPageHighlighter({
    document,
    article: { segments },
    analysis: ANALYSIS,
    uiRoot,
    onEntityClick: (id) => calls.push(['entity', id]),
    onQuoteClick: (i) => calls.push(['quote', i]),
    previewFor: (id) => {
      const e = ENTITIES.find((x) => x.id === id)!;
      return { name: e.name, role: e.role, note: e.notes[0]?.text ?? null };
    },
    ...extra,
  });
  return calls;
}

function fire(type: string, p: { x: number; y: number }, init: MouseEventInit = {}, target: EventTarget = paras[0]!) {
  target.dispatchEvent(
    new MouseEvent(type, { bubbles: true, composed: true, clientX: p.x, clientY: p.y, button: 0, detail: 1, ...init }),
  );
}
function click(p: { x: number; y: number }, init: MouseEventInit = {}, target?: EventTarget) {
  fire('pointerdown', p, init, target);
  fire('click', p, init, target);
}
const maduro = ENTITIES.find((e) => e.id === 'nicolas-maduro')!;
const maduroBare = maduro.mentions[1]!; // "Maduro told supporters…"

describe('highlights', () => {
  it('registers one highlight per entity type, one for quotes and one for the flash', () => {
    make();
    // prettier-ignore
    expect([...registry.keys()].sort()).toEqual(['gloss-flash', 'gloss-organization', 'gloss-other', 'gloss-person', 'gloss-place', 'gloss-quote']);
    const people = ENTITIES.filter((e) => e.type === 'person').reduce((n, e) => n + e.mentions.length, 0);
    expect(registry.get('gloss-person')!.size).toBe(people);
    expect(registry.get('gloss-quote')!.size).toBe(QUOTES.length);
    expect(registry.get('gloss-person')!.priority).toBeGreaterThan(registry.get('gloss-quote')!.priority);
    const r = [...registry.get('gloss-person')!].find((x) => x.toString() === 'Maduro');
    expect(r).toBeTruthy();
  });

  it('setVisible hides and shows names and quotes; the flash stays', () => {
    make();
    h!.setVisible(false);
    expect([...registry.keys()]).toEqual(['gloss-flash']);
    expect(h!.visible).toBe(false);
    h!.setVisible(true);
    expect(registry.size).toBe(6);
  });

  it('starts hidden when asked', () => {
    make({ visible: false });
    expect([...registry.keys()]).toEqual(['gloss-flash']);
  });

  it('never modifies the page body; its ::highlight rules go into the document, not the body', () => {
    const before = document.body.innerHTML;
    make();
    click(pointAt(maduroBare.start + 1));
    h!.reveal(maduroBare);
    vi.advanceTimersByTime(5000);
    expect(document.body.innerHTML).toBe(before);
    const style = document.head.querySelector('style[data-gloss="highlights"]');
    expect(h!.stylePath === 'adopted' || style !== null).toBe(true);
    expect(style?.textContent ?? '').toContain('::highlight(gloss-person)');
    h!.destroy();
    h = null;
    expect(document.head.querySelector('style[data-gloss]')).toBeNull();
    expect(registry.size).toBe(0);
    // The hover preview and its styles leave our shadow root too.
    expect(uiRoot.querySelector('.gl-hover-preview')).toBeNull();
    expect(uiRoot.querySelector('style')).toBeNull();
  });
});

describe('clicks', () => {
  it('a click on a highlighted name gives its entity id', () => {
    const calls = make();
    click(pointAt(maduroBare.start + 2));
    expect(calls).toEqual([['entity', 'nicolas-maduro']]);
    expect(h!.hitTest(pointAt(maduroBare.end - 1).x, pointAt(maduroBare.end - 1).y)).toMatchObject({
      kind: 'mention',
      entityId: 'nicolas-maduro',
    });
  });

  it('a click on a quote (not on a name) gives the quote index', () => {
    const calls = make();
    const q = QUOTES[1]!;
    click(pointAt(q.start + 5));
    expect(calls).toEqual([['quote', 1]]);
  });

  it('a name inside a quote wins over the quote', () => {
    const q = QUOTES[0]!;
    const land = TEXT.indexOf('land', q.start);
    const calls = make({
      analysis: {
        entities: [
          ...ENTITIES,
          {
            id: 'land',
            name: 'land',
            type: 'place',
            aliases: [],
            role: null,
            notes: [],
            mentions: [{ start: land, end: land + 4, text: 'land' }],
          },
        ],
        quotes: QUOTES,
      },
    });
    click(pointAt(land + 1));
    click(pointAt(q.start + 3));
    expect(calls).toEqual([
      ['entity', 'land'],
      ['quote', 0],
    ]);
  });

  it('nothing happens past the end of a line, on plain text, or on the gap between words', () => {
    const calls = make();
    click({ x: 5000, y: 1 * LINE + 5 });
    const plain = TEXT.indexOf('rose on Tuesday');
    click(pointAt(plain));
    expect(calls).toEqual([]);
  });

  it('a drag (text selection) across highlights does not act', () => {
    const calls = make();
    const a = pointAt(maduroBare.start);
    fire('pointerdown', { x: a.x - 60, y: a.y });
    fire('click', a);
    expect(calls).toEqual([]);
  });

  it('a click that ends with a selection, a modifier, a double-click or on a page link does not act', () => {
    const calls = make();
    const p = pointAt(maduroBare.start + 1);
    const range = document.createRange();
    range.setStart(paras[0]!.firstChild!, 0);
    range.setEnd(paras[0]!.firstChild!, 5);
    document.getSelection()!.addRange(range);
    click(p);
    document.getSelection()!.removeAllRanges();
    click(p, { ctrlKey: true });
    click(p, { detail: 2 });
    click(p, {}, document.querySelector('a')!);
    expect(calls).toEqual([]);
    click(p);
    expect(calls).toEqual([['entity', 'nicolas-maduro']]);
  });

  it('clicks are ignored while highlights are hidden, and after destroy', () => {
    const calls = make();
    h!.setVisible(false);
    click(pointAt(maduroBare.start + 1));
    h!.setVisible(true);
    h!.destroy();
    h = null;
    click(pointAt(maduroBare.start + 1));
    expect(calls).toEqual([]);
  });
});

describe('hover preview', () => {
  const preview = () => uiRoot.querySelector<HTMLElement>('.gl-hover-preview')!;
  const move = (p: { x: number; y: number }) => {
    fire('mousemove', p);
    vi.advanceTimersByTime(20); // one animation frame
  };

  it('appears after 400 ms on a name, with name, role and first line of background; goes when the pointer leaves', () => {
    make();
    move(pointAt(maduroBare.start + 1));
    vi.advanceTimersByTime(350);
    expect(preview().hidden).toBe(true);
    move(pointAt(maduroBare.start + 3)); // still the same name: the timer keeps running
    vi.advanceTimersByTime(60);
    expect(preview().hidden).toBe(false);
    expect(preview().querySelector('.gl-hover-name')!.textContent).toBe('Nicolas Maduro');
    expect(preview().querySelector('.gl-hover-role')!.textContent).toBe('Venezuelan President');
    expect(preview().querySelector('.gl-hover-note')!.textContent).toBe('Nicolás Maduro has led Venezuela since 2013.');
    expect(preview().getAttribute('role')).toBe('tooltip');
    move(pointAt(TEXT.indexOf('supporters')));
    expect(preview().hidden).toBe(true);
  });

  it('shows nothing on a quick pass-over', () => {
    make();
    move(pointAt(maduroBare.start + 1));
    vi.advanceTimersByTime(150);
    move(pointAt(TEXT.indexOf('supporters')));
    vi.advanceTimersByTime(2000);
    expect(preview().hidden).toBe(true);
  });

  it('drops an async answer that arrives after the pointer moved on', async () => {
    let resolve!: (v: { name: string; role: string | null; note: string | null }) => void;
    make({ previewFor: () => new Promise((r) => (resolve = r)) });
    move(pointAt(maduroBare.start + 1));
    vi.advanceTimersByTime(420);
    expect(preview().hidden).toBe(false);
    expect(preview().querySelector('.gl-hover-name')!.textContent).toBe('Nicolas Maduro');
    move(pointAt(TEXT.indexOf('supporters')));
    resolve({ name: 'STALE', role: null, note: 'stale' });
    await Promise.resolve();
    expect(preview().hidden).toBe(true);
    expect(preview().textContent).not.toContain('STALE');
  });

  it('hides on scroll', () => {
    make();
    move(pointAt(maduroBare.start + 1));
    vi.advanceTimersByTime(420);
    expect(preview().hidden).toBe(false);
    window.dispatchEvent(new Event('scroll'));
    expect(preview().hidden).toBe(true);
  });
});

describe('reveal', () => {
  it('scrolls the mention into view and flashes it briefly', () => {
    make({ flashMs: 1000 });
    expect(h!.reveal({ start: maduroBare.start, end: maduroBare.end })).toBe(true);
    expect(scrolled).toEqual([paras[3]]);
    const flash = registry.get('gloss-flash')!;
    expect([...flash].map((r) => r.toString())).toEqual(['Maduro']);
    vi.advanceTimersByTime(1001);
    expect(flash.size).toBe(0);
  });

  it('returns false for a span with no text on the page', () => {
    make();
    expect(h!.reveal({ start: 100000, end: 100005 })).toBe(false);
  });
});

describe('a long article', () => {
  /** A page holding largeAnalysis's text, a paragraph each, and its segments. */
  function largePage(n: number, q: number) {
    const { text, analysis } = largeAnalysis(n, q);
    const article = document.createElement('article');
    let off = 0;
    const segs: Segment[] = text.split('\n\n').map((t) => {
      const p = document.createElement('p');
      p.textContent = t;
      article.appendChild(p);
      const s = { start: off, end: off + t.length, node: p.firstChild as Text, nodeOffset: 0 };
      off = s.end + 2;
      return s;
    });
    document.body.appendChild(article);
    return { analysis, segs, items: n + q };
  }
  const total = () => [...registry].filter(([name]) => name !== 'gloss-flash').reduce((a, [, set]) => a + set.size, 0);

  beforeEach(() => {
    // A clock that moves 1 ms each time it is read: slices end at the same place on any machine.
    let t = 0;
    vi.spyOn(performance, 'now').mockImplementation(() => ++t);
  });

  it("with a pause, fills its highlights in slices after the caller's task, top of the article first, and all of them in the end", async () => {
    const { analysis, segs, items } = largePage(700, 100);
    const atPause: number[] = [];
    const shownAtPause: boolean[] = [];
    h = createPageHighlighter({
      document,
      article: { segments: segs },
      analysis,
      onEntityClick: () => {},
      onQuoteClick: () => {},
      pause: async () => {
        atPause.push(total());
        shownAtPause.push(registry.has('gloss-person'));
      },
    });
    // Nothing is built in the caller's task, and nothing is shown before the first slice is in.
    expect(total()).toBe(0);
    expect(registry.has('gloss-person')).toBe(false);
    await h.ready;
    expect(total()).toBe(items);
    expect(atPause[0]).toBe(0);
    expect(shownAtPause[0]).toBe(false);
    // The first slice: at least 256 ranges, not all of them, shown from then on.
    expect(atPause[1]).toBeGreaterThanOrEqual(256);
    expect(atPause[1]).toBeLessThan(items);
    expect(shownAtPause[1]).toBe(true);
    const people = [...registry.get('gloss-person')!].map((r) => r.toString());
    expect(people.slice(0, 3)).toEqual(['Name0 Surname0', 'Name3 Surname3', 'Name6 Surname6']);
  });

  it('hidden before its first slice is in: never shown', async () => {
    const { analysis, segs } = largePage(700, 100);
    h = createPageHighlighter({
      document,
      article: { segments: segs },
      analysis,
      onEntityClick: () => {},
      onQuoteClick: () => {},
      pause: async () => {},
    });
    h.setVisible(false);
    await h.ready;
    expect(registry.has('gloss-person')).toBe(false);
    h.setVisible(true);
    expect(registry.get('gloss-person')!.size).toBeGreaterThan(0);
  });

  it('without a pause, every range is in when createPageHighlighter returns', () => {
    const { analysis, segs, items } = largePage(700, 100);
    h = createPageHighlighter({
      document,
      article: { segments: segs },
      analysis,
      onEntityClick: () => {},
      onQuoteClick: () => {},
    });
    expect(total()).toBe(items);
  });

  it('stops filling once destroyed', async () => {
    const { analysis, segs } = largePage(700, 100);
    let pauses = 0;
    h = createPageHighlighter({
      document,
      article: { segments: segs },
      analysis,
      onEntityClick: () => {},
      onQuoteClick: () => {},
      pause: async () => void pauses++,
    });
    const ready = h.ready;
    h.destroy();
    h = null;
    await ready;
    expect(pauses).toBeLessThanOrEqual(1);
  });
});
