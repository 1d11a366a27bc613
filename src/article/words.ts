/** Word counts and the limits of a page read: light, so the page's side can use them without Readability. */

/** Fewer words than this after extraction: not an article (a search page, an app shell). */
export const MIN_ARTICLE_WORDS = 60;

/** Issue 8: the element budget of a page read (a long article page has a few thousand). */
export const DEFAULT_MAX_ELEMENTS = 8000;

export function countWords(text: string): number {
  const m = text.match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu);
  return m ? m.length : 0;
}
