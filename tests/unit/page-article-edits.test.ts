/**
 * Small edits to the article's text nodes: applied to the text, its map to the DOM and the
 * analysis's offsets without reading the page again, and judged material or not.
 */
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import type { Analysis } from '../../src/core/analysis/contract';
import type { Segment } from '../../src/core/article/types';
import { applyNodeEdits, isMaterial, shiftAnalysis, shiftBlocks, textChange } from '../../src/page/article-edits';
import { createBackoff } from '../../src/page/backoff';
import { countWords } from '../../src/core/article/words';

const doc = new JSDOM('<p>x</p>').window.document;
const t = (s: string) => doc.createTextNode(s);

/** "Maduro spoke. Watched by 12 people. Trump replied." over three nodes, the middle one a counter's paragraph. */
function setup() {
  const a = t('Maduro spoke.');
  const b = t('Watched by 12 people.');
  const c = t('Trump replied.');
  const text = 'Maduro spoke.\n\nWatched by 12 people.\n\nTrump replied.';
  const segments: Segment[] = [
    { start: 0, end: 13, node: a, nodeOffset: 0 },
    { start: 15, end: 36, node: b, nodeOffset: 0 },
    { start: 38, end: 52, node: c, nodeOffset: 0 },
  ];
  const analysis = {
    entities: [
      {
        id: 'maduro',
        name: 'Maduro',
        type: 'person',
        aliases: [],
        role: null,
        notes: [],
        mentions: [{ start: 0, end: 6, text: 'Maduro' }],
      },
      {
        id: 'trump',
        name: 'Trump',
        type: 'person',
        aliases: [],
        role: null,
        notes: [],
        mentions: [{ start: 38, end: 43, text: 'Trump' }],
      },
    ],
    quotes: [],
  } as unknown as Analysis;
  return { a, b, c, text, segments, analysis };
}

describe('applyNodeEdits', () => {
  it('a counter replaced in place: the text, the later segments and the offsets after it shift', () => {
    const { b, text, segments, analysis } = setup();
    const edited = applyNodeEdits(text, segments, [
      { old: b, now: b, oldData: 'Watched by 12 people.', newData: 'Watched by 1,204 people.' },
    ]);
    expect(edited).not.toBeNull();
    expect(edited!.text).toBe('Maduro spoke.\n\nWatched by 1,204 people.\n\nTrump replied.');
    expect(edited!.segments.map((s) => [s.start, s.end])).toEqual([
      [0, 13],
      [15, 39],
      [41, 55],
    ]);
    expect(edited!.changes).toEqual([{ start: 27, end: 28, removed: '2', inserted: ',204' }]);
    expect(isMaterial(edited!.changes, analysis, countWords(text))).toBe(false);
    const shifted = shiftAnalysis(analysis, edited!.changes);
    expect(shifted.entities[1]!.mentions[0]).toEqual({ start: 41, end: 46, text: 'Trump' });
    expect(edited!.text.slice(41, 46)).toBe('Trump');
    expect(shifted.entities[0]!.mentions[0]).toEqual({ start: 0, end: 6, text: 'Maduro' });
  });

  it('a node the page swapped for a new one: the segment points at the new node', () => {
    const { b, text, segments } = setup();
    const fresh = t('Watched by 13 people.');
    const edited = applyNodeEdits(text, segments, [
      { old: b, now: fresh, oldData: 'Watched by 12 people.', newData: 'Watched by 13 people.' },
    ]);
    expect(edited!.segments[1]!.node).toBe(fresh);
    expect(edited!.text).toContain('Watched by 13 people.');
  });

  it('whitespace the text builder would collapse, or an edit at a segment edge, is left to a fresh read', () => {
    const { b, text, segments } = setup();
    expect(
      applyNodeEdits(text, segments, [
        { old: b, now: b, oldData: 'Watched by 12 people.', newData: 'Watched by 12\n\npeople.' },
      ]),
    ).toBeNull();
    expect(
      applyNodeEdits(text, segments, [
        { old: b, now: b, oldData: 'Watched by 12 people.', newData: 'Watched by 12 people. More' },
      ]),
    ).toBeNull();
  });

  it('an invisible character the text builder leaves out is left to a fresh read', () => {
    const { b, text, segments } = setup();
    expect(
      applyNodeEdits(text, segments, [
        { old: b, now: b, oldData: 'Watched by 12 people.', newData: 'Watched by 12 peo\u00ADple.' },
      ]),
    ).toBeNull();
  });

  it('the blocks move with the text: a change inside a block moves its end and the blocks after it', () => {
    const { b, text, segments } = setup();
    const blocks = [
      { start: 0, end: 13, kind: 'paragraph' },
      { start: 15, end: 36, kind: 'credit' },
      { start: 38, end: 52, kind: 'paragraph' },
    ];
    const edited = applyNodeEdits(text, segments, [
      { old: b, now: b, oldData: 'Watched by 12 people.', newData: 'Watched by 1,204 people.' },
    ])!;
    const moved = shiftBlocks(blocks, edited.changes);
    expect(moved).toEqual([
      { start: 0, end: 13, kind: 'paragraph' },
      { start: 15, end: 39, kind: 'credit' },
      { start: 41, end: 55, kind: 'paragraph' },
    ]);
    expect(moved.map((x) => edited.text.slice(x.start, x.end))).toEqual([
      'Maduro spoke.',
      'Watched by 1,204 people.',
      'Trump replied.',
    ]);
    // An insertion at a block's very end is that block's.
    expect(
      shiftBlocks(blocks, [{ start: 13, end: 13, removed: '', inserted: '!' }]).map((x) => [x.start, x.end]),
    ).toEqual([
      [0, 14],
      [16, 37],
      [39, 53],
    ]);
  });
});

describe('isMaterial', () => {
  it('an edit that touches a name is material; numbers alone are not; many changed words are', () => {
    const { text, analysis } = setup();
    expect(isMaterial([{ start: 0, end: 6, removed: 'Maduro', inserted: 'Guaidó' }], analysis, countWords(text))).toBe(
      true,
    );
    expect(isMaterial([{ start: 26, end: 28, removed: '12', inserted: '13' }], analysis, countWords(text))).toBe(false);
    expect(
      isMaterial(
        [{ start: 15, end: 36, removed: 'Watched by 12 people.', inserted: 'Read by many other readers today.' }],
        analysis,
        countWords(text),
      ),
    ).toBe(true);
  });

  it('textChange finds the one stretch that differs', () => {
    expect(textChange('at 10:01 today', 'at 10:02 today')).toEqual({ start: 7, end: 8, removed: '1', inserted: '2' });
    expect(textChange('same', 'same')).toEqual({ start: 4, end: 4, removed: '', inserted: '' });
  });
});

describe('createBackoff', () => {
  it('two re-reads at once, then one per 5 s, 10 s, 20 s …; a quiet half-minute starts afresh', () => {
    const b = createBackoff();
    expect(b.delay(0)).toBe(0);
    b.record(0);
    expect(b.delay(1000)).toBe(0);
    b.record(1000);
    expect(b.delay(2000)).toBe(4000);
    b.record(6000);
    expect(b.delay(7000)).toBe(9000);
    b.record(16_000);
    expect(b.delay(17_000)).toBe(19_000);
    expect(b.delay(16_000 + 30_000)).toBe(0);
  });
});
