export type { ArticleText, Segment } from './types';
export { extractArticle } from './extract';
export { countWords, MIN_ARTICLE_WORDS } from './words';
export { looksLikeArticle } from './readerable';
export { rangeFor, segmentIndexAt } from './ranges';
export { readingMinutes } from './reading-time';
