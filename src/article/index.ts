export type { ArticleText, Segment } from './types';
export { extractArticle, looksLikeArticle, countWords, MIN_ARTICLE_WORDS } from './extract';
export { rangeFor, segmentIndexAt } from './ranges';
export { readingMinutes } from './reading-time';
