/**
 * Small edits to the article's own text nodes (a ticking counter, an "updated 3 minutes ago"
 * stamp, a live score) applied to the article text without reading the page again: the text, the
 * map to the DOM and the analysis's offsets are shifted, and the change is judged material or not.
 *
 * An edit is what one text node held before and holds now (the same node changed in place, or a
 * node the page replaced with a new one). It is applied only where it maps exactly: inside one
 * segment of the article, with no whitespace the text builder would have collapsed. Anything else
 * returns null and the caller reads the page again.
 */
import type { Analysis } from '../core/analysis/contract';
import type { Segment } from '../core/article/types';
import { hasInvisible } from '../core/article/invisible';

export interface NodeEdit {
  /** The node the segments point at. */
  old: Text;
  /** The node that holds the text now (`old` itself when it changed in place). */
  now: Text;
  oldData: string;
  newData: string;
}

/** A stretch of the old text replaced by `inserted` (offsets into the old text). */
export interface TextChange {
  start: number;
  end: number;
  inserted: string;
  removed: string;
}

export interface EditedArticle {
  text: string;
  segments: Segment[];
  /** In old-text offsets, sorted, non-overlapping. */
  changes: TextChange[];
}

/**
 * Text the builder copies verbatim: single inner spaces only, nothing it would collapse, and no
 * invisible character it would leave out (src/core/article/invisible.ts).
 */
const VERBATIM = /^(?:[^\s]+(?: [^\s]+)*)?$/;
const verbatim = (s: string) => VERBATIM.test(s) && !hasInvisible(s);

export function applyNodeEdits(
  text: string,
  segments: readonly Segment[],
  edits: readonly NodeEdit[],
): EditedArticle | null {
  let out = text;
  let segs = segments.map((s) => ({ ...s }));
  const changes: TextChange[] = [];
  for (const e of edits) {
    let p = 0;
    const max = Math.min(e.oldData.length, e.newData.length);
    while (p < max && e.oldData.charCodeAt(p) === e.newData.charCodeAt(p)) p++;
    let q = 0;
    while (
      q < max - p &&
      e.oldData.charCodeAt(e.oldData.length - 1 - q) === e.newData.charCodeAt(e.newData.length - 1 - q)
    )
      q++;
    const removedNode = e.oldData.slice(p, e.oldData.length - q);
    const inserted = e.newData.slice(p, e.newData.length - q);
    const delta = inserted.length - removedNode.length;
    const mine = segs.filter((s) => s.node === e.old);
    // The changed stretch of the node, [p, p + removed): inside one segment, or outside them all.
    const inside = mine.find((s) => s.nodeOffset <= p && p + removedNode.length <= s.nodeOffset + (s.end - s.start));
    const touches = mine.some((s) => p < s.nodeOffset + (s.end - s.start) && s.nodeOffset < p + removedNode.length);
    if (
      !inside &&
      (touches || mine.some((s) => s.nodeOffset === p + removedNode.length || s.nodeOffset + (s.end - s.start) === p))
    )
      return null;
    if (inside && (!verbatim(inserted) || !verbatim(removedNode))) return null;
    // A change at a segment's very edge next to a space could join or split words the builder
    // collapsed differently: read again instead.
    if (
      inside &&
      (inserted.startsWith(' ') || inserted.endsWith(' ') || removedNode.startsWith(' ') || removedNode.endsWith(' '))
    )
      return null;
    let at = -1;
    if (inside) {
      at = inside.start + (p - inside.nodeOffset);
      changes.push({ start: at, end: at + removedNode.length, inserted, removed: removedNode });
      out = out.slice(0, at) + inserted + out.slice(at + removedNode.length);
    }
    segs = segs.map((s) => {
      const n = { ...s };
      if (s.node === e.old) {
        n.node = e.now;
        if (s.nodeOffset >= p + removedNode.length) n.nodeOffset += delta;
      }
      if (inside) {
        if (s === inside) n.end += delta;
        else if (s.start >= at) {
          n.start += delta;
          n.end += delta;
        }
      }
      return n;
    });
  }
  return { text: out, segments: segs, changes: toOldOffsets(changes) };
}

/** Changes were recorded in the text as it was after the ones before them: back to old offsets. */
function toOldOffsets(changes: TextChange[]): TextChange[] {
  const done: TextChange[] = [];
  for (const c of changes) {
    let start = c.start;
    for (const d of done) if (d.start < start) start -= d.inserted.length - d.removed.length;
    done.push({ ...c, start, end: start + c.removed.length });
  }
  return done.sort((a, b) => a.start - b.start);
}

const NUMBER = /^[\d.,:%+\-−–/]+$/;
const words = (s: string) => s.split(/[\s.,;:!?()"“”'’]+/).filter((w) => w && !NUMBER.test(w));

/**
 * Whether the changes alter what Gloss read: any change touching a name or a quote it found, or
 * more than 2 % of the article's `totalWords` words (at least 3) changed, numbers not counted. A
 * counter, a clock or a "5 minutes ago" stamp is not material; an edited sentence near a name is.
 */
export function isMaterial(changes: readonly TextChange[], analysis: Analysis, totalWords: number): boolean {
  let changedWords = 0;
  for (const c of changes) changedWords += words(c.removed).length + words(c.inserted).length;
  if (changedWords >= Math.max(3, 0.02 * totalWords)) return true;
  const hit = (s: number, e: number) => changes.some((c) => c.start <= e && s <= c.end);
  for (const en of analysis.entities) for (const m of en.mentions) if (hit(m.start, m.end)) return true;
  for (const q of analysis.quotes) if (hit(q.start, q.end)) return true;
  return false;
}

/** The analysis with its offsets moved to the edited text (changes touch none of them: see isMaterial). */
export function shiftAnalysis<A extends Analysis>(analysis: A, changes: readonly TextChange[]): A {
  const map = (o: number) => {
    let shift = 0;
    for (const c of changes) if (c.end <= o) shift += c.inserted.length - c.removed.length;
    return o + shift;
  };
  const span = <S extends { start: number; end: number }>(s: S): S => ({ ...s, start: map(s.start), end: map(s.end) });
  return {
    ...analysis,
    entities: analysis.entities.map((e) => ({ ...e, mentions: e.mentions.map(span) })),
    quotes: analysis.quotes.map((q) => ({
      ...span(q),
      spans: q.spans.map(span),
      speaker: q.speaker ? { ...q.speaker, mention: q.speaker.mention ? span(q.speaker.mention) : null } : null,
    })),
  };
}

/**
 * Blocks of the old text moved to the edited text. Every change lies inside one block's text
 * (inside one segment): one at a block's very start or end (an insertion there) is that block's.
 */
export function shiftBlocks<B extends { start: number; end: number }>(
  blocks: readonly B[],
  changes: readonly TextChange[],
): B[] {
  const delta = (c: TextChange) => c.inserted.length - c.removed.length;
  const shiftStart = (o: number) => changes.reduce((n, c) => (c.start < o ? n + delta(c) : n), o);
  const shiftEnd = (o: number) => changes.reduce((n, c) => (c.start <= o ? n + delta(c) : n), o);
  return blocks.map((b) => ({ ...b, start: shiftStart(b.start), end: shiftEnd(b.end) }));
}

/** The one stretch where `before` and `after` differ (their common start and end left out). */
export function textChange(before: string, after: string): TextChange {
  let p = 0;
  const max = Math.min(before.length, after.length);
  while (p < max && before.charCodeAt(p) === after.charCodeAt(p)) p++;
  let q = 0;
  while (q < max - p && before.charCodeAt(before.length - 1 - q) === after.charCodeAt(after.length - 1 - q)) q++;
  return {
    start: p,
    end: before.length - q,
    removed: before.slice(p, before.length - q),
    inserted: after.slice(p, after.length - q),
  };
}
