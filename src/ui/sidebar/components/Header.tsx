/**
 * The sidebar header: what this article is (title, byline, site, time, reading time). What Gloss
 * found in it is counted on the view tabs below, once.
 */
import { bylineAndSite, formatPublished, formatReadingTime } from '../../../core/format';
import type { ArticleInfo } from '../types';

export function ArticleHeader({ article }: { article: ArticleInfo }) {
  const time = article.published !== undefined ? article.published : formatPublished(article.publishedTime);
  const { byline, siteName } = bylineAndSite(article.byline, article.siteName);
  return (
    <div class="gl-article">
      <h2 class="gl-title" id="gl-title">
        {article.title || 'Untitled article'}
      </h2>
      <p class="gl-meta">
        {byline ? <span class="gl-byline">{byline}</span> : null}
        {siteName ? <span class="gl-site">{siteName}</span> : null}
        {time ? (
          <time class="gl-time" dateTime={time.datetime} title={time.full}>
            {time.text}
          </time>
        ) : null}
        <span class="gl-reading">{formatReadingTime(article.readingMinutes)}</span>
      </p>
    </div>
  );
}
