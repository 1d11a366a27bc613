/** The sidebar header: what this article is (title, byline, site, time, reading time) and what Gloss found in it. */
import type { Analysis } from '../../analysis/contract';
import { bylineAndSite, formatPublished, formatReadingTime, plural } from '../format';
import type { ArticleInfo } from '../types';
import { countByType } from '../model';

export function ArticleHeader({ article, analysis }: { article: ArticleInfo; analysis: Analysis | null }) {
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
      {analysis && !analysis.unsupported ? <Counts analysis={analysis} /> : null}
    </div>
  );
}

function Counts({ analysis }: { analysis: Analysis }) {
  const c = countByType(analysis.entities);
  const items: Array<[number, string, string]> = [
    [c.person, 'person', 'people'],
    [c.organization, 'organisation', 'organisations'],
    [c.place, 'place', 'places'],
    [analysis.quotes.length, 'quote', 'quotes'],
  ];
  return (
    <p class="gl-counts" aria-label="Found in this article">
      {items.map(([n, one, many]) => {
        const [num, ...word] = plural(n, one, many).split(' ');
        return (
          <span key={many} class={`gl-count-${many}`}>
            <b>{num}</b> {word.join(' ')}
          </span>
        );
      })}
    </p>
  );
}
