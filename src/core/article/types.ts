import type { ArticleMeta } from '../analysis/contract';

/**
 * One stretch of `ArticleText.text` copied verbatim from a live text node:
 * text.slice(start, end) === node.data.slice(nodeOffset, nodeOffset + (end - start)).
 * Characters between segments (paragraph breaks, collapsed whitespace) belong to no node.
 */
export interface Segment {
  start: number;
  end: number;
  node: Text;
  nodeOffset: number;
}

/** The article found in a page, with a map from its text back to the live DOM. */
export interface ArticleText extends ArticleMeta {
  excerpt: string | null;
  /** Sorted by start, non-overlapping. */
  segments: Segment[];
  /**
   * The publication time as the reader's locale writes it, when whoever found the article
   * formatted it (the background does; see ArticleInfo.published).
   */
  published?: { datetime: string; text: string; full: string } | null;
  /** Words in `text` (countWords), when whoever found the article counted them: the page's side then need not. */
  wordCount?: number;
  /** A huge page was read only in part (its first `elementsRead` elements). */
  partial?: { elementsRead: number; elementsTotal: number };
}
