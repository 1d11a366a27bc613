/**
 * Our own index of what is highlighted where, by article offset. The browser's highlight
 * registry cannot answer "which entity is under the pointer" (and in Firefox iterating
 * CSS.highlights from a content script throws), so hit-testing goes:
 *   point -> caret (text node, offset) -> article offset (segmentsByNode) -> items (binary search)
 * Everything here is pure and DOM-light so it is unit-tested in Node/jsdom.
 */
import type { Analysis, EntityType, TextSpan } from '../core/analysis/contract';
import type { Segment } from '../core/article/types';

export type HitItem =
  | { kind: 'mention'; entityId: string; type: EntityType; start: number; end: number }
  | { kind: 'quote'; quoteIndex: number; start: number; end: number };

export interface RangeIndex {
  /** Entity mentions, sorted by start (they do not overlap one another). */
  mentions: HitItem[];
  /** Quote spans (each span of each quote), sorted by start. A nested quote lies inside its outer one. */
  quotes: HitItem[];
  /** For each list, the furthest end among its items up to each index: how far back a caret's item can start. */
  mentionsReach: number[];
  quotesReach: number[];
}

function reachOf(items: readonly HitItem[]): number[] {
  let far = -1;
  return items.map((it) => (far = Math.max(far, it.end)));
}

export function buildRangeIndex(analysis: Pick<Analysis, 'entities' | 'quotes'>): RangeIndex {
  const mentions: HitItem[] = [];
  for (const e of analysis.entities) {
    for (const m of e.mentions)
      if (m.end > m.start) mentions.push({ kind: 'mention', entityId: e.id, type: e.type, start: m.start, end: m.end });
  }
  const quotes: HitItem[] = [];
  analysis.quotes.forEach((q, quoteIndex) => {
    const spans: TextSpan[] = q.spans.length ? q.spans : [{ start: q.start, end: q.end }];
    for (const s of spans) if (s.end > s.start) quotes.push({ kind: 'quote', quoteIndex, start: s.start, end: s.end });
  });
  const byStart = (a: HitItem, b: HitItem) => a.start - b.start || a.end - b.end;
  mentions.sort(byStart);
  quotes.sort(byStart);
  return { mentions, quotes, mentionsReach: reachOf(mentions), quotesReach: reachOf(quotes) };
}

/** Index of the last item whose start is <= offset, or -1. */
function lastStartingAtOrBefore(items: readonly HitItem[], offset: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (items[mid]!.start <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/**
 * Items around a caret offset, mentions first (a name inside a quote is the name). A caret sits
 * between characters, so an item ending exactly at `offset` is a candidate too; the caller
 * settles the edge with the item's client rects.
 */
export function itemsAt(index: RangeIndex, offset: number): HitItem[] {
  const out: HitItem[] = [];
  for (const [list, reach] of [
    [index.mentions, index.mentionsReach],
    [index.quotes, index.quotesReach],
  ] as const) {
    // Walk back from the last item starting at or before the caret while some earlier item still
    // reaches it: one or two steps for mentions (they do not overlap), past the nested quotes of
    // an outer quote for quotes. Innermost (latest starting) first.
    for (let k = lastStartingAtOrBefore(list, offset); k >= 0 && reach[k]! >= offset; k--) {
      const it = list[k]!;
      if (it.end >= offset) out.push(it);
    }
  }
  return out;
}

/** Text node -> its segments, sorted by nodeOffset, for caret -> article offset. */
export type SegmentsByNode = Map<Node, Segment[]>;

export function segmentsByNode(segments: readonly Segment[]): SegmentsByNode {
  const map: SegmentsByNode = new Map();
  for (const s of segments) {
    const list = map.get(s.node);
    if (list) list.push(s);
    else map.set(s.node, [s]);
  }
  for (const list of map.values()) list.sort((a, b) => a.nodeOffset - b.nodeOffset);
  return map;
}

/**
 * The article offset of a caret at (node, offsetInNode), or null when that text is not part of
 * the article (a caption we skipped, the page's menu...). A caret at a segment's end counts.
 */
export function articleOffsetAt(map: SegmentsByNode, node: Node, offsetInNode: number): number | null {
  const list = map.get(node);
  if (!list) return null;
  for (const s of list) {
    const len = s.end - s.start;
    if (offsetInNode >= s.nodeOffset && offsetInNode <= s.nodeOffset + len)
      return s.start + (offsetInNode - s.nodeOffset);
  }
  return null;
}

/** Whether a point lies in one of the rects (with a pixel of slack for subpixel edges). */
export function pointInRects(
  x: number,
  y: number,
  rects: ArrayLike<{ left: number; right: number; top: number; bottom: number }>,
  slack = 1,
): boolean {
  for (let i = 0; i < rects.length; i++) {
    const r = rects[i]!;
    if (x >= r.left - slack && x <= r.right + slack && y >= r.top - slack && y <= r.bottom + slack) return true;
  }
  return false;
}

export interface Box {
  width: number;
  height: number;
}
export interface Anchor {
  left: number;
  top: number;
  bottom: number;
}

/**
 * Where to put a preview of size `box` for text at `anchor`, inside a viewport, keeping clear of
 * the sidebar: below the text, or above when there is no room below; clamped horizontally.
 */
export function placePreview(
  anchor: Anchor,
  box: Box,
  viewport: { width: number; height: number; left?: number; right?: number },
  gap = 8,
  margin = 8,
): { left: number; top: number } {
  const minX = (viewport.left ?? 0) + margin;
  const maxX = (viewport.right ?? viewport.width) - margin - box.width;
  const left = Math.max(minX, Math.min(anchor.left, maxX));
  const below = anchor.bottom + gap;
  const above = anchor.top - gap - box.height;
  let top = below + box.height <= viewport.height - margin || above < margin ? below : above;
  top = Math.max(margin, Math.min(top, viewport.height - margin - box.height));
  return { left: Math.round(left), top: Math.round(top) };
}
