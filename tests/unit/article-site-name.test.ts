/**
 * The site's name (src/core/article/site-name.ts): a name the page's metadata gives that is really a
 * section ("U.S.", "World", the page's own article:section) is passed over for the next declared
 * name, else for the host name.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/core/article/extract';
import { chooseSiteName, isSectionName, isWireSource } from '../../src/core/article/site-name';
import { hostOf, readTitleFacts } from '../../src/core/article/title';
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
  it('gives the host of where the page is when the page declares no name and no address', () => {
    expect(extractArticle(doc(''))!.siteName).toBe('citypost.example');
  });
  it('gives no site name where the page declares none and has no address (`analyze` on a file)', () => {
    expect(extractArticle(doc('', 'https://example.invalid/article'))!.siteName).toBeNull();
    expect(extractArticle(doc('', 'about:blank'))!.siteName).toBeNull();
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

describe('the site name where the page names none the usual way', () => {
  it('takes the application-name', () => {
    expect(extractArticle(doc('<meta name="application-name" content="City Post">'))!.siteName).toBe('City Post');
  });
  it('resolves a JSON-LD publisher given by its @id', () => {
    const graph = `<script type="application/ld+json">${JSON.stringify({
      '@context': 'https://schema.org',
      '@graph': [
        {
          '@type': 'NewsArticle',
          headline: 'Buses for the north',
          publisher: { '@id': 'https://citypost.example/#org' },
        },
        { '@type': 'Organization', '@id': 'https://citypost.example/#org', name: 'City Post &amp; Courier' },
      ],
    })}</script>`;
    const facts = readTitleFacts(doc(graph, 'https://example.invalid/article'));
    expect(facts.ldPublisher).toBe('City Post & Courier');
    expect(chooseSiteName(facts, null)).toBe('City Post & Courier');
  });
  it('reads no host from addresses that are no site', () => {
    expect(hostOf('https://www.citypost.example/a')).toBe('citypost.example');
    expect(hostOf('https://example.invalid/article')).toBe('');
    expect(hostOf('http://localhost:8080/a')).toBe('');
    expect(hostOf('http://127.0.0.1:8080/a')).toBe('');
    expect(hostOf('http://[::1]:8080/a')).toBe('');
    expect(hostOf('https://1.example/a')).toBe('1.example');
    expect(hostOf('file:///tmp/page.html')).toBe('');
    expect(hostOf('about:blank')).toBe('');
  });
});

describe('a wire service is not the site', () => {
  const AP = ld({ publisher: { '@type': 'Organization', name: 'Associated Press' } });
  it('passes over a wire service the JSON-LD declares as publisher for the site’s own og:site_name', () => {
    // Readability takes the JSON-LD publisher for the site's name: "Associated Press".
    expect(extractArticle(doc(`<meta property="og:site_name" content="City Post">${AP}`))!.siteName).toBe('City Post');
  });
  it('falls back to the host when the wire service is the only name declared', () => {
    expect(extractArticle(doc(AP))!.siteName).toBe('citypost.example');
  });
  it('keeps the wire service on its own site', () => {
    expect(extractArticle(doc(AP, 'https://apnews.com/article/buses'))!.siteName).toBe('Associated Press');
  });
  it('without an address, passes over a wire service the byline or the dateline names', () => {
    expect(isWireSource('Associated Press', '', { byline: 'By The Associated Press' })).toBe(true);
    expect(isWireSource('AP', '', { opening: 'HARTFORD, Conn. (AP) — The city council voted' })).toBe(true);
    expect(isWireSource('Reuters', '', { opening: 'LONDON, March 3 (Reuters) - The city council voted' })).toBe(true);
    expect(isWireSource('Reuters', '', { byline: 'Ann Lee', opening: 'The city council voted' })).toBe(false);
    expect(isWireSource('AP', '', { byline: 'Ann Lee', opening: 'A map (ap) - of' })).toBe(false);
    expect(isWireSource('City Post', '', { byline: 'Associated Press' })).toBe(false);
  });
  it('takes og:site_name over a wire service publisher the dateline names, on a page without an address', () => {
    const html = (lead: string) =>
      doc(
        `<meta property="og:site_name" content="City Post">${AP}`,
        'https://example.invalid/article',
      ).documentElement.outerHTML.replace('<article><p>', `<article><p>${lead}`);
    const a = extractArticle(parseHtml(html('HARTFORD, Conn. (AP) — ')))!;
    expect(a.text.startsWith('HARTFORD, Conn. (AP) —')).toBe(true);
    expect(a.siteName).toBe('City Post');
    // Nothing says the agency only supplied the story, and no address says whose page it is.
    expect(extractArticle(parseHtml(html('')))!.siteName).toBe('Associated Press');
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
