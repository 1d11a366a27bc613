/**
 * An article found in a page snapshot (src/core/article/snapshot.ts) somewhere else, and its way back
 * onto the page's live text nodes. Kept apart from extract.ts so the page's side does not load
 * Readability to use it.
 */
import type { ArticleText, Segment } from './types';

/** An article found in a page snapshot: segments name snapshot text indices, not nodes. */
export interface RemoteArticle extends Omit<ArticleText, 'segments'> {
  segments: RemoteSegment[];
}

export interface RemoteSegment {
  start: number;
  end: number;
  /** The snapshot text index (TakenSnapshot.texts on the page's side). */
  index: number;
  nodeOffset: number;
}

/**
 * The article of a snapshot, on the page: each segment back on its live text node. Null when the
 * page changed since the snapshot (a node gone or its text different): read it again.
 */
export function articleFromRemote(remote: RemoteArticle, texts: Text[]): ArticleText | null {
  const segments: Segment[] = [];
  for (const s of remote.segments) {
    const node = texts[s.index];
    if (!node) return null;
    segments.push({ start: s.start, end: s.end, node, nodeOffset: s.nodeOffset });
  }
  const article = { ...remote, segments };
  return stillOnPage(article) ? article : null;
}

/** Whether an article found earlier is still what the page shows (same nodes, same text). */
export function stillOnPage(article: ArticleText): boolean {
  return article.segments.every(
    (s) =>
      s.node.isConnected &&
      s.node.data.slice(s.nodeOffset, s.nodeOffset + (s.end - s.start)) === article.text.slice(s.start, s.end),
  );
}
