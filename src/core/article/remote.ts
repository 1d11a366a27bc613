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

type Obj = Record<string, unknown>;

const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const strOrNull = (v: unknown): boolean => v === null || typeof v === 'string';
const isCount = (v: unknown): v is number => Number.isSafeInteger(v) && (v as number) >= 0;

/**
 * Whether a value received from elsewhere (parsed JSON) is a RemoteArticle: what the sidebar shows
 * has its type, and every segment and block lies inside the text. Unknown fields are let through.
 */
export function isRemoteArticle(v: unknown): v is RemoteArticle {
  if (!isObj(v) || typeof v.text !== 'string' || typeof v.title !== 'string') return false;
  const length = v.text.length;
  const inText = (s: Obj) => isCount(s.start) && isCount(s.end) && s.start <= s.end && s.end <= length;
  if (
    !strOrNull(v.byline) ||
    !strOrNull(v.siteName) ||
    !strOrNull(v.lang) ||
    !strOrNull(v.publishedTime) ||
    !strOrNull(v.excerpt)
  )
    return false;
  if (
    !Array.isArray(v.segments) ||
    !v.segments.every((s) => isObj(s) && inText(s) && isCount(s.index) && isCount(s.nodeOffset))
  )
    return false;
  if (
    v.blocks !== undefined &&
    !(Array.isArray(v.blocks) && v.blocks.every((b) => isObj(b) && inText(b) && typeof b.kind === 'string'))
  )
    return false;
  if (v.wordCount !== undefined && !isCount(v.wordCount)) return false;
  if (
    v.partial !== undefined &&
    !(isObj(v.partial) && isCount(v.partial.elementsRead) && isCount(v.partial.elementsTotal))
  )
    return false;
  const p = v.published;
  return (
    p === undefined ||
    p === null ||
    (isObj(p) && typeof p.datetime === 'string' && typeof p.text === 'string' && typeof p.full === 'string')
  );
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
