export type { ArticleText, Segment } from './types';
export { extractArticle, countWords, MIN_ARTICLE_WORDS } from './extract';
export { looksLikeArticle } from './readerable';
export { rangeFor, segmentIndexAt } from './ranges';
export { readingMinutes } from './reading-time';
