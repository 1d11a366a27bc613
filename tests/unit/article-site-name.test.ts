/**
 * The site's name (src/core/article/site-name.ts): a name the page's metadata gives that is really a
 * section ("U.S.", "World", the page's own article:section) is passed over for the next declared
 * name, else for the host name.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/core/article/extract';
import { chooseSiteName, isSectionName } from '../../src/core/article/site-name';
import { readTitleFacts } from '../../src/core/article/title';
import { parseHtml } from '../../src/cli/run';

const PROSE = [
  'The city council voted on Tuesday to expand the bus network, adding four routes that will link the northern suburbs with the hospital, the university and the main railway station.',
  'Officials said the new routes, which will run every ten minutes at peak hours, would cost about four million dollars a year, paid for by a levy on parking in the centre.',
  'Residents of the northern suburbs, many of whom have no car, have asked for better buses for years, and a petition last spring gathered more than twelve thousand names.',
  'The first of the new routes will open in March, and the others will follow over the summer, once the council has hired and trained about sixty new drivers for them.',
]
  .map((t) => `<p>${t}</p>`)
  .join('');

function doc(head: string, url = 'https://www.citypost.example/news/buses'): Document {
  return parseHtml(
    `<!doctype html><html><head><title>Buses for the north</title>${head}</head><body><h1>Buses for the north</h1><article>${PROSE}</article></body></html>`,
    url,
  );
}

const ld = (o: Record<string, unknown>) =>
  `<script type="application/ld+json">${JSON.stringify({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline: 'Buses for the north', ...o })}</script>`;

describe('the site name is not a section', () => {
  it('passes over a section word in og:site_name for the JSON-LD publisher', () => {
    // Without a schema.org @context Readability reads no JSON-LD, so its site name is og:site_name.
    const item = `<script type="application/ld+json">${JSON.stringify({ '@type': 'NewsArticle', headline: 'Buses for the north', publisher: { '@type': 'Organization', name: 'City Post' } })}</script>`;
    expect(extractArticle(doc(`<meta property="og:site_name" content="U.S.">${item}`))!.siteName).toBe('City Post');
  });
  it('passes over a section word in og:site_name for the host name when nothing else names the site', () => {
    expect(extractArticle(doc('<meta property="og:site_name" content="World">'))!.siteName).toBe('citypost.example');
  });
  it('passes over the page’s own section (article:section) and falls back to the host name', () => {
    const a = extractArticle(
      doc(
        '<meta property="og:site_name" content="Transport and Roads"><meta property="article:section" content="Transport and Roads">',
      ),
    )!;
    expect(a.siteName).toBe('citypost.example');
  });
  it('passes over a JSON-LD articleSection too', () => {
    const a = extractArticle(
      doc(`<meta property="og:site_name" content="Metro Desk">${ld({ articleSection: ['Metro Desk'] })}`),
    )!;
    expect(a.siteName).toBe('citypost.example');
  });
  it('keeps a site name that is not a section', () => {
    expect(
      extractArticle(
        doc('<meta property="og:site_name" content="City Post"><meta property="article:section" content="World">'),
      )!.siteName,
    ).toBe('City Post');
    expect(extractArticle(doc('<meta property="og:site_name" content="Sky News">'))!.siteName).toBe('Sky News');
    expect(extractArticle(doc('<meta property="og:site_name" content="The Business Times">'))!.siteName).toBe(
      'The Business Times',
    );
  });
  it('gives no site name where the page declares none', () => {
    expect(extractArticle(doc(''))!.siteName).toBeNull();
  });
  it('takes the host from the canonical address of a copy of the page without a URL', () => {
    const facts = readTitleFacts(
      doc(
        '<meta property="og:site_name" content="World"><link rel="canonical" href="https://news.citypost.example/world/buses">',
        'about:blank',
      ),
    );
    expect(chooseSiteName(facts, 'World')).toBe('news.citypost.example');
  });
});

describe('isSectionName', () => {
  it('knows section words however they are written', () => {
    // prettier-ignore
    for (const s of ['U.S.', 'US', 'World', 'world news', 'Business', 'POLITICS', 'Opinion', 'Sport']) expect(isSectionName(s, [])).toBe(true);
  });
  it('does not take an outlet named with a section word for a section', () => {
    // prettier-ignore
    for (const s of ['The World', 'Business Insider', 'Sky Sports', 'Politico', 'USA Today', 'The Hill']) expect(isSectionName(s, [])).toBe(false);
  });
  it('matches a declared section', () => {
    expect(isSectionName('Company Town', ['Company Town'])).toBe(true);
    expect(isSectionName('Los Angeles Times', ['Company Town'])).toBe(false);
  });
});
