/**
 * More kinds of page furniture and headline errors (src/core/article/boilerplate.ts, page-meta.ts,
 * title.ts), each on a small invented page: a furniture class on the article's own wrapper, a
 * byline that carries its date, a date line with the byline after it, the site's host over the
 * date on two lines, a caption repeated under each picture of a gallery, a one-word headline
 * before the site's name, and a section's name set as the page's only <h1>.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/core/article/extract';
import { stripSiteAffixes } from '../../src/core/article/title';
import { parseHtml } from '../../src/cli/run';

// prettier-ignore
const PROSE = [
  'The city council voted on Tuesday to expand the bus network, adding four routes that will link the northern suburbs with the hospital, the university and the main railway station.',
  'Officials said the new routes would cost about four million dollars a year.',
  'Residents of the northern suburbs, many of whom have no car, have asked for better buses for years, and a petition last spring gathered more than twelve thousand names.',
  'The first of the new routes will open in March.',
  'Not everyone is pleased: shop owners in the centre say the parking levy will drive customers away, and two of them have said they will take the council to court over it.',
  'The council’s transport chair said she was confident the levy was lawful.',
];
const P = PROSE.map((t) => `<p>${t}</p>`);

function page(body: string, head = '<title>Buses for the north</title>', h1 = '<h1>Buses for the north</h1>'): string {
  return `<!doctype html><html lang="en"><head>${head}</head><body><main><article>${h1}${body}</article></main></body></html>`;
}

/** The article read on a copy and in place (the two must agree). */
function read(html: string, url = 'https://example.invalid/a') {
  const copied = extractArticle(parseHtml(html, url));
  const consumed = extractArticle(parseHtml(html, url), { consume: true });
  expect(consumed?.text ?? null).toBe(copied?.text ?? null);
  expect(consumed?.title ?? null).toBe(copied?.title ?? null);
  return copied;
}

function expectOnlyProse(text: string | null | undefined, gone: string[]): void {
  expect(text).toBeTruthy();
  for (const p of PROSE) expect(text).toContain(p);
  for (const g of gone) expect(text, g).not.toContain(g);
}

describe('furniture marked on the article’s own wrapper', () => {
  it('keeps the short paragraphs of a body whose wrapper’s id names its share buttons', () => {
    const body = `<div id="share-btns-2_containerParent" class="text">${P.join('')}</div>`;
    expectOnlyProse(read(page(body))?.text, []);
  });

  it('keeps them in a wrapper whose class names a byline, and still drops a short share box', () => {
    const body = `<div class="story author-tools">${P.join('')}</div><div class="share-box"><p>Share this on your feed today</p></div>`;
    expectOnlyProse(read(page(body))?.text, ['Share this on your feed today']);
  });
});

describe('bylines and date lines at the top', () => {
  it('drops a byline that carries its date and time', () => {
    const byline = '<p>By Ann Lee , Bo Diaz on Monday, November 18th, 2019 at 11:08 a.m.</p>';
    expectOnlyProse(read(page(byline + P.join('')))?.text, ['Ann Lee', 'November 18th']);
  });

  it('drops a date line with the byline after it, even set as a heading', () => {
    const line = '<h5 class="posted">2/26/2015 7:11 AM PST BY CITY STAFF</h5>';
    expectOnlyProse(read(page(line + P.join('')))?.text, ['CITY STAFF', '2/26/2015']);
  });

  it('drops the site’s host over the date, on two lines', () => {
    const line = '<p>citypost.com<br>November 18, 2019</p>';
    expectOnlyProse(read(page(line + P.join('')))?.text, ['citypost.com', 'November 18, 2019']);
  });

  it('keeps a sentence that starts with a date and names who did something', () => {
    const s = 'On 2 March 2019 the plan was drafted by the council after a long debate about the route.';
    const text = read(page(`<p>${s}</p>${P.join('')}`))?.text;
    expect(text).toContain(s);
  });
});

describe('captions repeated', () => {
  it('keeps a caption once when a gallery repeats it under each picture', () => {
    const cap = 'A bus on the new northern route waits at the hospital stop on Tuesday.';
    const fig = `<figure><img src="a.jpg"><figcaption>${cap}</figcaption></figure>`;
    const text = read(page([P[0], fig, P[1], fig, P[2], fig, P[3], P[4], P[5]].join('')))?.text ?? '';
    expectOnlyProse(text, []);
    expect(text.split(cap).length - 1).toBe(1);
  });
});

describe('the headline', () => {
  it('takes the site’s name off a one-word headline when the name is the site’s whole name', () => {
    expect(stripSiteAffixes('Mozilla - Wikipedia', ['en.wikipedia.org', 'wikipedia'])).toBe('Mozilla');
    // a part of a name is not enough to leave one word
    expect(stripSiteAffixes('Mozilla - Wiki', ['en.wikipedia.org', 'wikipedia'])).toBe('Mozilla - Wiki');
  });

  it('reads "Mozilla - Wikipedia" as "Mozilla" on the page', () => {
    const head =
      '<title>Mozilla - Wikipedia</title><link rel="canonical" href="https://en.wikipedia.org/wiki/Mozilla">';
    expect(read(page(P.join(''), head, '<h1>Mozilla</h1>'))?.title).toBe('Mozilla');
  });

  it('prefers a heading that is the declared title over an unrelated lone <h1> outside the article', () => {
    const html = `<!doctype html><html lang="en"><head><title>Buses for the north</title></head><body>
      <div class="titlebar"><h1>Transport Health Center</h1></div>
      <div class="content"><h2>Buses for the north</h2>${P.join('')}</div></body></html>`;
    expect(read(html)?.title).toBe('Buses for the north');
  });

  it('keeps a lone <h1> that shares no word with the title when no heading is the title', () => {
    const html = `<!doctype html><html lang="en"><head><title>City Post: Colophon</title></head><body>
      <div class="content"><h1>About This Site</h1><h2>Tools we use</h2>${P.join('')}</div></body></html>`;
    expect(read(html)?.title).toBe('About This Site');
  });
});
