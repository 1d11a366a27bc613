/**
 * A reader opens Gloss on a long article, and while it is still reading that article goes on to
 * another page in the same tab and clicks the toolbar button there at once, as soon as the page
 * has loaded: the sidebar opens on the new page. Nothing here waits for Gloss to be ready before
 * the second click. The long article is made here (some 150,000 characters of prose with names
 * and quotes), so that its analysis is still running when the reader leaves.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { BROWSERS, glossText, launch, startServer, unavailable, type Session, type TestServer } from './harness';

// prettier-ignore
const FIRST = ['Maria', 'Jonas', 'Amira', 'Pedro', 'Helen', 'Tobias', 'Leila', 'Samuel', 'Ingrid', 'Omar', 'Clara', 'Viktor'];
// prettier-ignore
const LAST = ['Lopez', 'Berger', 'Haddad', 'Santos', 'Carter', 'Lindqvist', 'Nasser', 'Okafor', 'Moreau', 'Kowalski', 'Fischer', 'Duarte'];
// prettier-ignore
const PLACES = ['Lisbon', 'Hamburg', 'Nairobi', 'Toronto', 'Valencia', 'Krakow', 'Melbourne', 'Porto', 'Oslo', 'Cairo'];
const ORGS = [
  'the Harbour Authority',
  'the Ministry of Transport',
  'the Northern Rail Company',
  'the City Council',
  'the Port Workers Union',
];

/** A long news article (about `chars` characters of text), the same each run. */
function longArticle(chars: number): string {
  const paragraphs: string[] = [];
  let length = 0;
  for (let i = 0; length < chars; i++) {
    const person = `${FIRST[i % FIRST.length]} ${LAST[(i * 7) % LAST.length]}`;
    const other = `${FIRST[(i * 5 + 3) % FIRST.length]} ${LAST[(i * 3 + 1) % LAST.length]}`;
    const place = PLACES[i % PLACES.length];
    const org = ORGS[i % ORGS.length];
    const p =
      `“We cannot keep waiting for the next winter to show us what we already know,” said ${person}, a spokesperson for ${org} in ${place}, ` +
      `on the ${i + 1}th day of the talks. ${other}, who has led the negotiations since the spring, told reporters that the plan ` +
      `would cost more than the council had said, and that ${org} would publish its own figures within the week. ` +
      `Residents of ${place} have waited for the new line for years; many of them say the delays have already changed where they work and live. ` +
      `“Nobody here is against the project,” ${other} said. “We are against being told about it last.”`;
    paragraphs.push(`<p>${p}</p>`);
    length += p.length;
  }
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>The long wait for the harbour line</title></head>
<body><header><nav><a href="/">Home</a> <a href="/world">World</a></nav></header>
<main><article><h1>The long wait for the harbour line</h1><p class="byline">By Ana Ribeiro</p>
${paragraphs.join('\n')}
</article></main><footer>© The Test Gazette</footer></body></html>`;
}

/** Gloss's sidebars in the page (the test build keeps its shadow root open). */
async function sidebars(page: Page): Promise<number> {
  return Number(
    await page
      .evaluate(
        `(function () {
        var n = 0, all = document.querySelectorAll('[data-gloss-host]');
        for (var i = 0; i < all.length; i++) if (all[i].shadowRoot) n += all[i].shadowRoot.querySelectorAll('.gl-sidebar').length;
        return n;
      })()`,
      )
      .catch(() => 0),
  );
}

async function sidebarWithin(page: Page, ms: number): Promise<boolean> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if ((await sidebars(page)) > 0) return true;
    await new Promise((r) => setTimeout(r, 100));
  }
  return false;
}

for (const name of BROWSERS) {
  const why = unavailable(name);
  describe.skipIf(why !== null)(
    `a click on the next page while Gloss reads a long article, in ${name}${why ? ` (skipped: ${why})` : ''}`,
    () => {
      let session: Session;
      let server: TestServer;

      beforeAll(async () => {
        server = await startServer();
        server.route('/long-article.html', longArticle(150_000));
        session = await launch(name);
      });

      afterAll(async () => {
        await session?.close();
        await server?.close();
      });

      it('opens the sidebar on the new page', async () => {
        const page = await session.newPage();
        await page.goto(server.url('/long-article.html'), { waitUntil: 'load' });
        await session.clickToolbar(page);
        // The reader sees the sidebar come up (it is still reading the article) and leaves.
        expect(await sidebarWithin(page, 20_000), 'no sidebar on the long article').toBe(true);
        await page.goto(server.url('/us-venezuela.html'), { waitUntil: 'load' });
        await session.clickToolbar(page);
        // Firefox opens it in a few seconds on this busy machine; the bound is for a lost click.
        expect(
          await sidebarWithin(page, 30_000),
          `no sidebar on the new page; Gloss showed: ${await glossText(page)}`,
        ).toBe(true);
        // And it stays open: nothing of the first page's click arrives here later and closes it.
        await new Promise((r) => setTimeout(r, 3000));
        expect(await sidebars(page)).toBe(1);
      }, 120_000);
    },
  );
}
