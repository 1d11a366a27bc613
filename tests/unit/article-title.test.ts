/**
 * The headline and the site's name (src/core/article/title.ts): the article's <h1> over the declared
 * titles, JSON-LD `headline` and og:title over <title>, and the site's name taken off a title's
 * ends only where the part taken off is the site's name (or the byline, or repeated).
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/core/article/extract';
import { chooseTitle, cleanSiteName, readTitleFacts, stripSiteAffixes } from '../../src/core/article/title';
import { parseHtml } from '../../src/cli/run';

const PROSE = [
  'The city council voted on Tuesday to expand the bus network, adding four routes that will link the northern suburbs with the hospital, the university and the main railway station.',
  'Officials said the new routes, which will run every ten minutes at peak hours, would cost about four million dollars a year, paid for by a levy on parking in the centre.',
  'Residents of the northern suburbs, many of whom have no car, have asked for better buses for years, and a petition last spring gathered more than twelve thousand names.',
  'The first of the new routes will open in March, and the others will follow over the summer, once the council has hired and trained about sixty new drivers for them.',
]
  .map((t) => `<p>${t}</p>`)
  .join('');

function doc(head: string, body = '', url = 'https://www.citypost.example/news/buses'): Document {
  return parseHtml(
    `<!doctype html><html><head>${head}</head><body>${body}<article>${PROSE}</article></body></html>`,
    url,
  );
}

describe('stripSiteAffixes', () => {
  const names = ['City Post', 'citypost.example', 'citypost'];
  it('takes the site name off the end after |, -, — and –', () => {
    for (const sep of [' | ', ' - ', ' — ', ' – '])
      expect(stripSiteAffixes(`Buses for the north${sep}City Post`, names)).toBe('Buses for the north');
  });
  it('takes "Site: " and "Site | " off the start', () => {
    expect(stripSiteAffixes('City Post: Buses for the north', names)).toBe('Buses for the north');
    expect(stripSiteAffixes('CityPost | Buses for the north', names)).toBe('Buses for the north');
  });
  it('matches the name however it is spaced or cased, and the host name', () => {
    expect(stripSiteAffixes('Buses for the north | CITYPOST', names)).toBe('Buses for the north');
    expect(stripSiteAffixes('Buses for the north - citypost.example', names)).toBe('Buses for the north');
  });
  it('takes off a part repeated across the separators', () => {
    expect(stripSiteAffixes('Buses for the north | Metro | Metro', [])).toBe('Buses for the north');
  });
  it('keeps a part that is not the site name', () => {
    expect(stripSiteAffixes('Brexit: What happens next', names)).toBe('Brexit: What happens next');
    expect(stripSiteAffixes('Buses for the north - and the south', names)).toBe('Buses for the north - and the south');
    expect(stripSiteAffixes('City Post', names)).toBe('City Post');
  });
});

describe('chooseTitle', () => {
  it('prefers the h1 that agrees with the declared title, without the site suffix', () => {
    const d = doc(
      '<title>Buses for the north | City Post</title><meta property="og:site_name" content="City Post">',
      '<h1><a href="/">City Post</a></h1><h1>Buses for the north</h1>',
    );
    expect(chooseTitle(readTitleFacts(d), { readability: 'Buses for the north | City Post', names: [] })).toBe(
      'Buses for the north',
    );
  });
  it('takes the only headline-shaped h1 when the declared title is another headline', () => {
    const d = doc(
      '<title>Council backs four new bus routes - City Post</title>',
      '<h1>A bus every ten minutes, at last</h1>',
    );
    expect(
      chooseTitle(readTitleFacts(d), { readability: 'Council backs four new bus routes - City Post', names: [] }),
    ).toBe('A bus every ten minutes, at last');
  });
  it('prefers JSON-LD headline and og:title over <title> when there is no h1', () => {
    const ld =
      '<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Four new bus routes for the north","publisher":{"name":"City Post"}}</script>';
    const d1 = doc(`<title>Home - City Post</title>${ld}<meta property="og:title" content="Buses: the plan">`);
    expect(chooseTitle(readTitleFacts(d1), { readability: 'Home - City Post', names: [] })).toBe(
      'Four new bus routes for the north',
    );
    const d2 = doc(
      '<title>Home - City Post</title><meta property="og:title" content="Buses for the north | City Post">',
    );
    expect(chooseTitle(readTitleFacts(d2), { readability: 'Home - City Post', names: [] })).toBe('Buses for the north');
  });
  it('strips a byline stuck to the title', () => {
    const d = doc('<title>Buses for the north | Jane Ortiz</title>');
    expect(
      chooseTitle(readTitleFacts(d), { readability: 'Buses for the north | Jane Ortiz', names: ['Jane Ortiz'] }),
    ).toBe('Buses for the north');
  });
});

describe('the article’s title and site name', () => {
  it('extractArticle gives the h1 headline and the site name once', () => {
    const d = doc(
      '<title>Buses for the north | The Post | The Post</title><meta property="og:site_name" content="The Post | The Post">',
      '<h1>Buses for the north</h1>',
    );
    const a = extractArticle(d)!;
    expect(a.title).toBe('Buses for the north');
    expect(a.siteName).toBe('The Post');
  });
  it('cleanSiteName gives a web address as its host', () => {
    expect(cleanSiteName('https://www.citypost.example')).toBe('citypost.example');
    expect(cleanSiteName('  ')).toBeNull();
  });
});
