/** Turns offsets into `ArticleText.text` into DOM Ranges on the live page. */
import type { ArticleText, Segment } from './types';

/** Index of the first segment whose end is after `offset` (binary search). */
export function segmentIndexAt(segments: readonly Segment[], offset: number): number {
  let lo = 0;
  let hi = segments.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (segments[mid]!.end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * A live Range covering text[start, end), or null when no mapped text lies in it or a node it
 * needs has left the page. Unmapped characters at either edge (collapsed whitespace, paragraph
 * breaks) are skipped, so the Range starts and ends on real text.
 */
export function rangeFor(article: Pick<ArticleText, 'segments'>, start: number, end: number): Range | null {
  if (!(end > start)) return null;
  const segs = article.segments;
  const i = segmentIndexAt(segs, start);
  const first = segs[i];
  if (!first || first.start >= end) return null;
  let j = segmentIndexAt(segs, end - 1);
  let last = segs[j];
  if (!last || last.start >= end) {
    j -= 1;
    last = segs[j];
  }
  if (!last || j < i) return null;
  const s = Math.max(start, first.start);
  const e = Math.min(end, last.end);
  if (!first.node.isConnected || !last.node.isConnected) return null;
  const doc = first.node.ownerDocument;
  const range = doc.createRange();
  try {
    range.setStart(first.node, first.nodeOffset + (s - first.start));
    range.setEnd(last.node, last.nodeOffset + (e - last.start));
  } catch {
    // The page changed the node's text since we read it.
    return null;
  }
  return range;
}
