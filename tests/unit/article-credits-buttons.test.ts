/**
 * Kinds of page furniture found on unread corpus pages (src/core/article/block-kinds.ts,
 * prose-cuts.ts, page-meta.ts, furniture-runs.ts, title.ts), each on a small invented page: a
 * caption block that holds only a photo credit, a credit of names set off by bars, a
 * button's label inside a paragraph, a blog's post line at the foot of the post, a closing
 * "Photos by …" line, and a site's name the page does not declare after a dash in its title.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/core/article/extract';
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
function read(html: string) {
  const copied = extractArticle(parseHtml(html, 'https://example.invalid/a'));
  const consumed = extractArticle(parseHtml(html, 'https://example.invalid/a'), { consume: true });
  expect(consumed?.text ?? null).toBe(copied?.text ?? null);
  expect(consumed?.title ?? null).toBe(copied?.title ?? null);
  return copied!;
}

/** The kind of the block whose text is `text`. */
function kindOf(article: ReturnType<typeof read>, text: string): string | undefined {
  return article.blocks?.find((b) => article.text.slice(b.start, b.end) === text)?.kind;
}

const IMG = '<img src="https://example.invalid/bus.jpg" alt="">';

describe('a photo credit is a credit, whatever block the page sets it in', () => {
  it('reads a caption block that holds only a credit as the credit', () => {
    for (const credit of ['Ann Lee/Metro Images/Getty Images', 'Photo: Ann Lee', 'Getty', 'CreditAnn Lee']) {
      const body = `${P.slice(0, 2).join('')}<figure>${IMG}<figcaption>${credit}</figcaption></figure>${P.slice(2).join('')}`;
      expect(kindOf(read(page(body)), credit), credit).toBe('credit');
    }
  });

  it('keeps a caption that tells what the picture shows a caption', () => {
    const caption = 'A bus waits at the railway station.';
    const body = `${P.slice(0, 2).join('')}<figure>${IMG}<figcaption>${caption}</figcaption></figure>${P.slice(2).join('')}`;
    expect(kindOf(read(page(body)), caption)).toBe('caption');
  });

  it('reads names joined by slashes under a picture as a credit', () => {
    const credit = 'Ann Lee/Metro Desk';
    const body = `${P.slice(0, 2).join('')}<figure>${IMG}<figcaption>${credit}</figcaption></figure>${P.slice(2).join('')}`;
    expect(kindOf(read(page(body)), credit)).toBe('credit');
  });

  it('reads names set off by bars that end on an agency as a credit, image or not', () => {
    const credit = 'Ann Lee | Bloomberg | Getty Images';
    const body = `${P.slice(0, 3).join('')}<p>${credit}</p>${P.slice(3).join('')}`;
    expect(kindOf(read(page(body)), credit)).toBe('credit');
  });
});

describe('buttons set into the prose', () => {
  it('cuts a "Click To Tweet" label from the pull quote it follows', () => {
    const quote = 'Every bus route is a promise to a neighbourhood.';
    const tweet = `<p><a href="https://example.invalid/share"><span class="tweet-box"><span class="tweet-text">${quote}</span><span class="tweet-btn">Click To Tweet</span></span></a></p>`;
    const article = read(page(P.slice(0, 3).join('') + tweet + P.slice(3).join('')));
    expect(article.text).not.toContain('Click To Tweet');
    expect(article.text).toContain(quote);
  });

  it('drops a download link styled as a button', () => {
    const button = '<p><a class="button" href="https://example.invalid/guide.pdf">Get the free guide</a></p>';
    const article = read(page(P.slice(0, 3).join('') + button + P.slice(3).join('')));
    expect(article.text).not.toContain('Get the free guide');
    for (const p of PROSE) expect(article.text).toContain(p);
  });
});

describe('post lines and closing credits', () => {
  it('drops a "Posted on <date> by <name>" line at the foot of the post', () => {
    const post = '<p>Posted on Tuesday 15 October 2019 at 09:11 by Ann Lee.</p>';
    expect(read(page(P.join('') + post)).text).not.toContain('Posted on');
  });

  it('drops a "Posted by <name>, <title>" line at the top, dateless', () => {
    const post = '<p>Posted by Ann Lee, Transport Planner at the Council</p>';
    expect(read(page(post + P.join(''))).text).not.toContain('Posted by');
  });

  it('drops a closing "Photos by …" credit line', () => {
    const credit = '<p>Photos by Ann Lee (City Archive), Bo Diaz, and the Transit Museum.</p>';
    expect(read(page(P.join('') + credit)).text).not.toContain('Photos by');
  });
});

describe('a site name the page does not declare', () => {
  it('takes the article’s <h1> that is one whole part of the title', () => {
    const head = '<title>Late buses – Northfield Transit Blog</title>';
    expect(read(page(P.join(''), head, '<h1>Late buses</h1>')).title).toBe('Late buses');
  });
});
