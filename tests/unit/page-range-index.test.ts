import { describe, expect, it } from 'vitest';
import {
  articleOffsetAt,
  buildRangeIndex,
  itemsAt,
  placePreview,
  pointInRects,
  segmentsByNode,
} from '../../src/page/range-index';
import { highlightCss, pageTone, parseCssColor } from '../../src/core/style/highlight-css';
import { firstLine } from '../../src/page/preview';
import { contrastRatio } from '../../src/ui/sidebar/styles/contrast';
import type { Segment } from '../../src/core/article/types';
import { ANALYSIS, ENTITIES, QUOTES, largeAnalysis } from './sidebar-fixtures';

describe('buildRangeIndex / itemsAt', () => {
  const index = buildRangeIndex(ANALYSIS);

  it('holds every mention and every quote span, sorted', () => {
    expect(index.mentions).toHaveLength(ENTITIES.reduce((n, e) => n + e.mentions.length, 0));
    expect(index.quotes).toHaveLength(QUOTES.length);
    for (const list of [index.mentions, index.quotes])
      for (let i = 1; i < list.length; i++) expect(list[i]!.start).toBeGreaterThanOrEqual(list[i - 1]!.start);
  });

  it('finds the mention under an offset, inside and at both edges', () => {
    const m = ENTITIES.find((e) => e.id === 'nicolas-maduro')!.mentions[1]!;
    for (const off of [m.start, m.start + 2, m.end]) {
      const hits = itemsAt(index, off);
      expect(hits[0]).toMatchObject({ kind: 'mention', entityId: 'nicolas-maduro', start: m.start });
    }
    expect(itemsAt(index, m.start - 1).filter((h) => h.kind === 'mention')).toEqual([]);
  });

  it('puts a name inside a quote before the quote', () => {
    const idx = buildRangeIndex({
      entities: [
        {
          id: 'x',
          name: 'X',
          type: 'place',
          aliases: [],
          role: null,
          notes: [],
          mentions: [{ start: 10, end: 15, text: 'Paris' }],
        },
      ],
      quotes: [
        { text: '…', start: 5, end: 30, spans: [{ start: 5, end: 30 }], kind: 'full', speaker: null, cue: null },
      ],
    });
    expect(itemsAt(idx, 12).map((h) => h.kind)).toEqual(['mention', 'quote']);
    expect(itemsAt(idx, 20).map((h) => h.kind)).toEqual(['quote']);
    expect(itemsAt(idx, 31)).toEqual([]);
  });

  it('indexes each span of a two-part quote', () => {
    const idx = buildRangeIndex({
      entities: [],
      quotes: [
        {
          text: 'A B',
          start: 0,
          end: 40,
          spans: [
            { start: 0, end: 10 },
            { start: 30, end: 40 },
          ],
          kind: 'full',
          speaker: null,
          cue: 'said',
        },
      ],
    });
    expect(itemsAt(idx, 5)).toHaveLength(1);
    expect(itemsAt(idx, 20)).toHaveLength(0);
    expect(itemsAt(idx, 35)[0]).toMatchObject({ quoteIndex: 0, start: 30 });
  });

  it('finds an outer quote past any number of quotes nested in it, innermost first', () => {
    const quote = (start: number, end: number) => ({
      text: 'q',
      start,
      end,
      spans: [{ start, end }],
      kind: 'full' as const,
      speaker: null,
      cue: null,
    });
    const nested = [10, 20, 30, 40].map((s) => ({ ...quote(s, s + 5), nestedIn: { start: 0, end: 100 } }));
    const idx = buildRangeIndex({ entities: [], quotes: [quote(0, 100), ...nested] });
    expect(itemsAt(idx, 50).map((h) => h.kind === 'quote' && h.quoteIndex)).toEqual([0]);
    expect(itemsAt(idx, 42).map((h) => h.kind === 'quote' && h.quoteIndex)).toEqual([4, 0]);
    expect(itemsAt(idx, 101)).toEqual([]);
  });

  // No timed assertion (shared, noisy machines): a linear scan per lookup would take minutes
  // here and hit the time-out; the binary search takes milliseconds.
  it('answers every offset of a large analysis', () => {
    const { analysis } = largeAnalysis(3000, 2000);
    const idx = buildRangeIndex(analysis);
    let found = 0;
    for (let off = 0; off < 200_000; off += 7) found += itemsAt(idx, off).length;
    expect(found).toBeGreaterThan(1000);
  });
});

describe('articleOffsetAt', () => {
  const a = { data: 'Hello  world' } as unknown as Text;
  const b = { data: 'Second' } as unknown as Text;
  // "Hello world\n\nSecond": the double space collapsed, so node a has two segments.
  const segments: Segment[] = [
    { start: 0, end: 6, node: a, nodeOffset: 0 },
    { start: 6, end: 11, node: a, nodeOffset: 7 },
    { start: 13, end: 19, node: b, nodeOffset: 0 },
  ];
  const map = segmentsByNode(segments);
  it('maps a caret in a node to the article offset, across collapsed whitespace', () => {
    expect(articleOffsetAt(map, a, 0)).toBe(0);
    expect(articleOffsetAt(map, a, 8)).toBe(7);
    expect(articleOffsetAt(map, a, 12)).toBe(11);
    expect(articleOffsetAt(map, b, 3)).toBe(16);
  });
  it('gives null for text outside the article', () => {
    expect(articleOffsetAt(map, { data: 'menu' } as unknown as Text, 1)).toBeNull();
  });
});

describe('geometry', () => {
  it('pointInRects with a pixel of slack', () => {
    const r = [{ left: 10, right: 50, top: 0, bottom: 20 }];
    expect(pointInRects(30, 10, r)).toBe(true);
    expect(pointInRects(50.5, 10, r)).toBe(true);
    expect(pointInRects(55, 10, r)).toBe(false);
    expect(pointInRects(30, 10, [])).toBe(false);
  });

  it('placePreview: below the text, above when no room, clamped, clear of the sidebar', () => {
    const box = { width: 200, height: 80 };
    const vp = { width: 1000, height: 700 };
    expect(placePreview({ left: 100, top: 100, bottom: 120 }, box, vp)).toEqual({ left: 100, top: 128 });
    expect(placePreview({ left: 100, top: 650, bottom: 670 }, box, vp)).toEqual({ left: 100, top: 562 });
    expect(placePreview({ left: 950, top: 100, bottom: 120 }, box, vp)).toEqual({ left: 792, top: 128 });
    // Sidebar on the right from x=620: the preview ends before it.
    expect(placePreview({ left: 600, top: 100, bottom: 120 }, box, { ...vp, right: 620 }).left).toBe(412);
    expect(placePreview({ left: 10, top: 100, bottom: 120 }, box, { ...vp, left: 380 }).left).toBe(388);
  });

  it('firstLine: the first sentence, cut at a word when long', () => {
    expect(firstLine('Nicolás Maduro is a Venezuelan politician. He has been president since 2013.')).toBe(
      'Nicolás Maduro is a Venezuelan politician.',
    );
    const long = firstLine('word '.repeat(100));
    expect(long.length).toBeLessThanOrEqual(161);
    expect(long.endsWith('…')).toBe(true);
    expect(long).not.toMatch(/wor…$/);
  });
});

describe('highlight colours', () => {
  it('one rule per type, a quieter quote rule and a flash, for each page tone', () => {
    for (const tone of ['light', 'dark'] as const) {
      const css = highlightCss(tone);
      // prettier-ignore
      for (const n of ['gloss-person', 'gloss-organization', 'gloss-place', 'gloss-other', 'gloss-quote', 'gloss-flash']) expect(css).toContain(`::highlight(${n})`);
      const quote = css.split('\n').find((l) => l.includes('gloss-quote'))!;
      expect(quote).not.toContain('background');
    }
    expect(highlightCss('dark')).not.toBe(highlightCss('light'));
  });

  it('keeps page text readable over every tint (AA on typical light and dark pages)', () => {
    const hex = (c: number[]) => `#${c.map((v) => Math.round(v).toString(16).padStart(2, '0')).join('')}`;
    const blend = (tint: [number, number, number, number], bg: number[]) =>
      bg.map((b, i) => tint[i]! * tint[3] + b * (1 - tint[3]));
    const pages = {
      light: [
        { bg: [255, 255, 255], fg: '#222222' },
        { bg: [250, 247, 240], fg: '#1a1a1a' },
      ],
      dark: [
        { bg: [18, 18, 18], fg: '#e8e8e8' },
        { bg: [32, 33, 36], fg: '#dddddd' },
      ],
    } as const;
    for (const tone of ['light', 'dark'] as const) {
      const tints = [...highlightCss(tone).matchAll(/background-color: (rgb\([^)]*\))/g)].map((m) =>
        parseCssColor(m[1]!)!,
      );
      expect(tints.length).toBeGreaterThanOrEqual(5);
      for (const page of pages[tone]) {
        for (const tint of tints) {
          // The flash sets its own text colour; the others keep the page's.
          const isFlash = tint[3] === 1;
          const fg = isFlash ? '#141414' : page.fg;
          const ratio = contrastRatio(fg, hex(blend(tint, [...page.bg])));
          expect(ratio, `${tone} page ${page.fg} on ${hex(blend(tint, [...page.bg]))}`).toBeGreaterThanOrEqual(4.5);
        }
      }
    }
  });

  it('reads the page tone from the first opaque background up the tree', () => {
    const chain = (colors: string[]) => {
      const els = colors.map((c) => ({ c, parentElement: null as unknown }));
      for (let i = 0; i < els.length - 1; i++) els[i]!.parentElement = els[i + 1];
      return { first: els[0] as unknown as Element, colorOf: (el: Element) => (el as unknown as { c: string }).c };
    };
    let t = chain(['rgba(0, 0, 0, 0)', 'rgb(18, 18, 18)']);
    expect(pageTone(t.first, t.colorOf)).toBe('dark');
    t = chain(['rgba(0, 0, 0, 0)', 'rgb(250, 250, 250)']);
    expect(pageTone(t.first, t.colorOf)).toBe('light');
    t = chain(['rgba(0, 0, 0, 0)', 'transparent']);
    expect(pageTone(t.first, t.colorOf)).toBe('light');
    expect(parseCssColor('rgb(10 20 30 / 50%)')).toEqual([10, 20, 30, 0.5]);
  });
});
