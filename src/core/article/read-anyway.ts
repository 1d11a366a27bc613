/**
 * An article made of what the reader points Gloss at when it found none: the page's whole text
 * ("Read this page anyway") or the reader's selection ("Read the selection"). The segments point
 * at the live text nodes, so names and quotes are highlighted in the page as usual.
 */
import type { ArticleBlock } from '../analysis/contract';
import { chooseSiteName } from './site-name';
import { collectParagraphs, joinParagraphs } from './text-builder';
import { chooseTitle, readTitleFacts } from './title';
import type { ArticleText, Segment } from './types';

/**
 * The page's headline and site name, as a found article gets them (title.ts, site-name.ts): the
 * page's own headline over a <title> with the site's name stuck to it, and the site's declared
 * name, else its host name.
 */
function meta(doc: Document) {
  const facts = readTitleFacts(doc);
  const siteName = chooseSiteName(facts, null);
  const docTitle = doc.title.trim();
  return {
    title: chooseTitle(facts, { readability: docTitle, names: [siteName] }) || docTitle,
    byline: null,
    siteName,
    lang: doc.documentElement.lang || null,
    publishedTime: null,
    excerpt: null,
  };
}

/** The whole text of the page's body, as paragraphs. Null when it has none. */
export function pageAsArticle(doc: Document): ArticleText | null {
  if (!doc.body) return null;
  const { text, segments, blocks } = joinParagraphs(collectParagraphs(doc.body, (t) => t));
  return text.trim() ? { ...meta(doc), text, segments, blocks } : null;
}

/** The text of `range` (the reader's selection), as paragraphs. Null when it holds no text. */
export function selectionAsArticle(doc: Document, range: Range): ArticleText | null {
  const common = range.commonAncestorContainer;
  const root = common.nodeType === 1 ? common : common.parentNode;
  if (!root) return null;
  const whole = joinParagraphs(collectParagraphs(root, (t) => t));
  // The part of each segment inside the range, in article offsets.
  const kept: Segment[] = [];
  for (const seg of whole.segments) {
    if (!range.intersectsNode(seg.node)) continue;
    let from = seg.nodeOffset;
    let to = seg.nodeOffset + (seg.end - seg.start);
    if (seg.node === range.startContainer) from = Math.max(from, range.startOffset);
    if (seg.node === range.endContainer) to = Math.min(to, range.endOffset);
    if (to <= from) continue;
    kept.push({
      start: seg.start + (from - seg.nodeOffset),
      end: seg.start + (to - seg.nodeOffset),
      node: seg.node,
      nodeOffset: from,
    });
  }
  if (!kept.length) return null;
  const start = kept[0]!.start;
  const end = kept[kept.length - 1]!.end;
  const text = whole.text.slice(start, end);
  if (!text.trim()) return null;
  const segments = kept.map((s) => ({ ...s, start: s.start - start, end: s.end - start }));
  const blocks: ArticleBlock[] = whole.blocks
    .map((b) => ({ ...b, start: Math.max(b.start, start) - start, end: Math.min(b.end, end) - start }))
    .filter((b) => b.end > b.start);
  return { ...meta(doc), text, segments, blocks };
}
