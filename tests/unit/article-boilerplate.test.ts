/**
 * Page furniture out of the article's text (src/core/article/boilerplate.ts): each kind, on a small
 * hand-written page, goes and the article's own paragraphs stay; a page of nothing but furniture
 * is no article; a page of block quotations still is. Each page is read both ways the product
 * reads pages (on a copy, and in place with the facts taken first), which must agree.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/core/article/extract';
import { parseHtml } from '../../src/cli/run';

// prettier-ignore
const PROSE = [
  'The city council voted on Tuesday to expand the bus network, adding four routes that will link the northern suburbs with the hospital, the university and the main railway station.',
  'Officials said the new routes, which will run every ten minutes at peak hours, would cost about four million dollars a year, paid for by a levy on parking in the centre.',
  'Residents of the northern suburbs, many of whom have no car, have asked for better buses for years, and a petition last spring gathered more than twelve thousand names.',
  'The first of the new routes will open in March, and the others will follow over the summer, once the council has hired and trained about sixty new drivers for them.',
  'Not everyone is pleased: shop owners in the centre say the parking levy will drive customers away, and two of them have said they will take the council to court over it.',
  'The council’s transport chair said she was confident the levy was lawful, and that the buses would bring more shoppers into the centre than the parking ever did.',
];
const P = PROSE.map((t) => `<p>${t}</p>`);

function page(body: string, head = '<title>Buses for the north</title>'): string {
  return `<!doctype html><html lang="en"><head>${head}</head><body><main><article><h1>Buses for the north</h1>${body}</article></main></body></html>`;
}

/** The article's text, read on a copy and in place (the two must agree). */
function read(html: string): string | null {
  const copied = extractArticle(parseHtml(html, 'https://example.invalid/a'));
  const consumed = extractArticle(parseHtml(html, 'https://example.invalid/a'), { consume: true });
  expect(consumed?.text ?? null).toBe(copied?.text ?? null);
  return copied?.text ?? null;
}

/** Every real paragraph is there, and none of `gone`. */
function expectOnlyProse(text: string | null, gone: string[]): void {
  expect(text).not.toBeNull();
  for (const p of PROSE) expect(text).toContain(p);
  for (const g of gone) expect(text, g).not.toContain(g);
}

describe('boilerplate out of the article text', () => {
  it('drops video and audio player controls and durations', () => {
    // prettier-ignore
    const labels = ['Full Screen', 'Autoplay', 'Skip Ad', 'Replay', 'Mute', 'Now Playing', 'Up Next', '02:31'];
    const text = read(page([P[0], P[1], ...labels.map((l) => `<p>${l}</p>`), P[2], P[3], P[4], P[5]].join('')));
    // prettier-ignore
    expectOnlyProse(text, ['Full Screen', 'Autoplay', 'Skip Ad', 'Replay', 'Mute', 'Now Playing', 'Up Next', '02:31']);
  });

  it('drops inline promos in brackets or after a label', () => {
    const promos = [
      '<p>[Read: The mayor’s plan for the harbour, explained]</p>',
      '<p>READ MORE: <a href="/b">Harbour plan wins a first vote in the council</a></p>',
      '<p>RELATED: <a href="/c">Why the trams were taken out in 1956</a></p>',
      '<p>Also read: <a href="/d">A short history of the city’s buses</a></p>',
      '<p>Watch: <a href="/e">Riding the night bus across the city</a></p>',
    ];
    const text = read(
      page([P[0], promos[0], P[1], promos[1], P[2], promos[2], P[3], promos[3], P[4], promos[4], P[5]].join('')),
    );
    expectOnlyProse(text, ['harbour, explained', 'READ MORE', 'trams were taken out', 'Also read', 'night bus']);
  });

  it('drops lists of links to other stories, in the middle and at the end', () => {
    const middle =
      '<ul><li><a href="/f">Council approves the new budget for next year</a></li><li><a href="/g">Train strike called off after a late deal</a></li><li><a href="/h">Cycle lanes to be widened on the ring road</a></li></ul>';
    const end =
      '<h3>More stories</h3><ul><li><a href="/i">School meals to be free for all pupils</a></li><li><a href="/j">Library opening hours extended in winter</a></li></ul>';
    const text = read(page([P[0], P[1], P[2], middle, P[3], P[4], P[5], end].join('')));
    // prettier-ignore
    expectOnlyProse(text, ['new budget', 'Train strike', 'Cycle lanes', 'More stories', 'School meals', 'Library opening']);
  });

  it('drops newsletter, subscription, share, comment and follow prompts', () => {
    // prettier-ignore
    const prompts = [
      '<p>Sign up for our morning newsletter to get the day’s news in your inbox.</p>',
      '<p>Subscribe to the City Post for unlimited access to local news.</p>',
      '<p>Share this article</p>',
      '<p>Follow us on Twitter and Facebook for the latest news.</p>',
      '<p>Click here to download our app.</p>',
      '<p>Get our weekly newsletter</p>',
      '<h3>Comments</h3>',
    ];
    const text = read(
      page(
        [
          P[0],
          P[1],
          prompts[0],
          P[2],
          prompts[1],
          P[3],
          prompts[2],
          P[4],
          prompts[3],
          P[5],
          prompts[4],
          prompts[5],
          prompts[6],
        ].join(''),
      ),
    );
    // prettier-ignore
    expectOnlyProse(text, ['Sign up', 'Subscribe to', 'Share this', 'Follow us', 'Click here', 'Get our weekly', 'Comments']);
  });

  it('drops update stamps', () => {
    const stamps = [
      '<p>Updated 10:31 AM EST</p>',
      '<p>Last modified on Tue 19 Nov 2019 06.00 GMT</p>',
      '<p>Published 3 hours ago</p>',
      '<p>First published on Monday 18 November 2019</p>',
    ];
    const text = read(page([stamps[0], P[0], P[1], stamps[1], P[2], P[3], stamps[2], P[4], P[5], stamps[3]].join('')));
    expectOnlyProse(text, ['Updated 10:31', 'Last modified', 'Published 3 hours', 'First published']);
  });

  it('keeps a time of day and a number that stand alone (a live blog entry, a figure)', () => {
    const text = read(page([P[0], '<p>4:14 p.m.</p>', P[1], P[2], '<p>63%</p>', P[3], P[4], P[5]].join('')));
    expect(text).toContain('4:14 p.m.');
    expect(text).toContain('63%');
  });

  it('drops encyclopedia furniture: contents, markers, references, see also, navboxes', () => {
    const toc =
      '<div id="toc" class="toc"><h2>Contents</h2><ul><li><a href="#History">1 History</a></li><li><a href="#Routes">2 Routes</a></li></ul></div>';
    const marked = `<p>${PROSE[1]!.replace('a year,', 'a year,<sup class="reference"><a href="#cite-1">[1]</a></sup>')}</p>`;
    const heading = '<h2>Routes<span class="mw-editsection">[<a href="/edit">edit</a>]</span></h2>';
    const refs =
      '<h2>References</h2><ol><li>"Council backs new bus routes". City Post. Retrieved 3 May 2019.</li><li>"Parking levy explained". City Post. Retrieved 4 May 2019.</li></ol>';
    const see =
      '<h2>See also</h2><ul><li><a href="/k">Transport in the city</a></li><li><a href="/l">List of bus routes</a></li></ul>';
    const navbox =
      '<table class="navbox"><tbody><tr><td><a href="/m">Buses</a> · <a href="/n">Trams</a> · <a href="/o">Ferries</a> · <a href="/p">Trains</a></td></tr></tbody></table>';
    const text = read(page([toc, P[0], marked, heading, P[2], P[3], P[4], P[5], see, refs, navbox].join('')));
    // prettier-ignore
    expectOnlyProse(text, ['Contents', '[1]', '[edit]', 'References', 'Retrieved', 'See also', 'List of bus routes', 'Ferries']);
    expect(text).toContain('Routes');
  });

  it('keeps an editor’s brackets inside a quotation', () => {
    const quoted = '<p>“[T]he plan give[s] us hope for the north,” said a resident who has waited years for it.</p>';
    const text = read(page([P[0], P[1], quoted, P[2], P[3], P[4], P[5]].join('')));
    expect(text).toContain('“[T]he plan give[s] us hope');
  });

  it('drops the author bio, the print line and "contributed to this report" at the end', () => {
    const end = [
      '<p>Sam Lee contributed to this report.</p>',
      '<p>A version of this article appears in print on Nov. 20, 2019, Section A, Page 12 of the City edition with the headline: Buses for the north.</p>',
      '<p>Jane Ortiz is a reporter covering transport and city hall for the City Post.</p>',
    ];
    const html = page(
      [P[0], P[1], P[2], P[3], P[4], P[5], ...end].join(''),
      '<title>Buses for the north</title><meta name="author" content="Jane Ortiz">',
    );
    const text = read(html);
    expectOnlyProse(text, ['contributed to this report', 'appears in print', 'is a reporter covering']);
  });

  it('cuts the text of a hover card set into a paragraph, and keeps the name it hangs on', () => {
    const card =
      '<span class="rollover-people"><a class="rollover-people-link" href="/people/ann">Ann Berg</a><span class="rollover-people-block"><span class="rollover-block"><a href="/x">Berg backs a ferry plan for the islands</a></span></span></span>';
    const text = read(
      page(
        [`<p>The plan was put forward by ${card} and won the vote, seven to four, after a long debate.</p>`, ...P].join(
          '',
        ),
      ),
    );
    expectOnlyProse(text, ['ferry plan']);
    expect(text).toContain('put forward by Ann Berg and won the vote');
  });

  it('finds no article on a page whose only text is furniture', () => {
    // prettier-ignore
    const links = ['Council approves the new budget for next year', 'Train strike called off after a late deal', 'Cycle lanes to be widened on the ring road', 'School meals to be free for all pupils in the city', 'Library opening hours extended in winter months', 'New park opens by the river this weekend'];
    const body = [
      '<div>Updated 10:31 AM EST</div>',
      `<ul>${links.map((l, i) => `<li><a href="/s${i}">${l}</a></li>`).join('')}</ul>`,
      '<p>Sign up for our morning newsletter to get the day’s top stories from the city in your inbox every weekday.</p>',
      '<p>Follow us on Twitter, Facebook and Instagram for the latest news, pictures and video from around the city.</p>',
      `<h3>More stories</h3><ul>${links.map((l, i) => `<li><a href="/t${i}">${l}, in pictures</a></li>`).join('')}</ul>`,
    ].join('');
    expect(read(page(body))).toBeNull();
  });

  it('reads a page made only of block quotations', () => {
    // The last one reads like a sign-up prompt; quoted, it is the article's.
    const leaflet = 'Sign up for the bus pass before March, the leaflet says, and ride for half price all year.';
    const body = [...PROSE, leaflet].map((t) => `<blockquote><p>${t}</p></blockquote>`).join('');
    const text = read(page(body));
    expectOnlyProse(text, []);
    expect(text).toContain(leaflet);
  });
});
