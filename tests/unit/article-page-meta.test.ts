/**
 * More page furniture out of the article's text (src/core/article/page-meta.ts), on hand-written
 * pages: a blog's post line, reading time and view counts, a gallery's bare image numbers, the
 * site's host with a date, unrendered shortcodes, "Advertisement" in other languages. The
 * article's own paragraphs, tables (market quotes too) and numbered items stay.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/core/article/extract';
import { parseHtml } from '../../src/cli/run';

// prettier-ignore
const PROSE = [
  'The harbour authority said on Tuesday that the new container terminal would open in the spring, two years later than planned, after a dispute over the cost of the sea wall.',
  'The builders, a consortium of three firms, said in a statement that the delays came from changes the authority had asked for after the work began in the autumn of last year.',
  'Dock workers, who were promised four hundred new jobs at the terminal, said they would wait to see the cranes arrive before they believed any of the promises again.',
  'The terminal will be the largest on the coast, with room for the biggest ships now sailing, and the port expects to handle twice as many containers by the end of the decade.',
  'Shares in the largest of the builders fell by four per cent after the announcement, and analysts said the dispute over the sea wall could cost it most of this year’s profit.',
];
const P = PROSE.map((t) => `<p>${t}</p>`);

const page = (body: string) =>
  `<!doctype html><html lang="en"><head><title>Terminal delayed</title></head><body><main><article><h1>Terminal delayed</h1>${body}</article></main></body></html>`;

/** The article's text, read on a copy and in place (the two must agree). */
function read(html: string): string {
  const copied = extractArticle(parseHtml(html, 'https://example.invalid/a'));
  const consumed = extractArticle(parseHtml(html, 'https://example.invalid/a'), { consume: true });
  expect(consumed?.text ?? null).toBe(copied?.text ?? null);
  expect(copied).not.toBeNull();
  return copied!.text;
}

function expectOnlyProse(text: string, gone: string[]): void {
  for (const p of PROSE) expect(text).toContain(p);
  for (const g of gone) expect(text, g).not.toContain(g);
}

describe('page meta lines out of the article text', () => {
  it('drops a post line at the top, reading time and view counts', () => {
    const lines = [
      'Posted on March 30, 2015 by Admin',
      '05/10/2018 - Publicado por: Ana Lima - Categoria: Saúde',
      'Tempo de leitura: 1 minuto',
      '4 min read',
      '3.409 letture',
    ];
    const text = read(page([...lines.map((l) => `<p>${l}</p>`), ...P].join('')));
    expectOnlyProse(text, lines);
  });

  it('drops a gallery’s bare image numbers, but not numbers in a table or a list', () => {
    const gallery = [P[0], '<p>6</p>', P[1], '<p>6</p>', P[2], P[3], P[4]].join('');
    const text = read(
      page(
        `${gallery}<table><tr><th>Berth</th><th>Cranes</th></tr><tr><td>North</td><td>12</td></tr><tr><td>South</td><td>8</td></tr></table><ol><li>7</li></ol>`,
      ),
    );
    expectOnlyProse(text, ['\n\n6\n\n']);
    expect(text).toMatch(/\b12\b/);
    expect(text).toMatch(/\b8\b/);
  });

  it('drops the site’s host with a date, shortcodes and ad labels in other languages', () => {
    const lines = [
      'harbourtimes.com / November 18, 2019',
      '[button link=”http://harbourtimes.com/submit/” type=”big”] Send us YOUR story[/button]',
      'Publicidad',
      'Anzeige',
      'ATENÇÃO: Comentários com textos ofensivos não serão aprovados pelo moderador.',
    ];
    const text = read(page([P[0], P[1], ...lines.map((l) => `<p>${l}</p>`), P[2], P[3], P[4]].join('')));
    expectOnlyProse(text, ['harbourtimes.com', 'Send us YOUR story', 'Publicidad', 'Anzeige', 'ATENÇÃO']);
  });

  it('keeps a table of market quotes: readers of a company story read it as part of it', () => {
    const quotes =
      '<table><tr><th>Ticker</th><th>Security</th><th>Last</th><th>Change</th></tr><tr><td>HBR</td><td>HARBOUR BUILDERS</td><td>225.86</td><td>-12.99</td></tr></table>';
    const text = read(page([P[0], P[1], quotes, P[2], P[3], P[4]].join('')));
    expectOnlyProse(text, []);
    expect(text).toContain('HARBOUR BUILDERS');
  });

  it('keeps prose that mentions posting, reading or views', () => {
    const prose = [
      'Posted on the harbour wall by the workers, a notice said the terminal would open in 2021.',
      'The report, published on Monday by the port, has had 3,000 views.',
    ];
    const text = read(page([...P.slice(0, 3), ...prose.map((l) => `<p>${l}</p>`), ...P.slice(3)].join('')));
    for (const l of prose) expect(text).toContain(l);
  });
});
