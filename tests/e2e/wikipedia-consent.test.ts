/**
 * Wikipedia lookups wait for the reader's yes, in Chromium and Firefox ESR with the built
 * extension. A fake Wikipedia on 127.0.0.1 counts every request (the background's base URL is
 * pointed at it: from the service worker in Chromium, from the settings page's view of the
 * background page in Firefox). On a fresh install, opening every entity card of the example, and
 * clicking the card's buttons from page script (untrusted), sends nothing; the reader's own
 * click on "Look up on Wikipedia" in one card sends exactly one lookup, for that name. "Always
 * look up names" then makes later cards look up by themselves, except in Firefox without its
 * optional data-collection grant (never given here), where each card asks again.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  BROWSERS,
  launch,
  pierce,
  screenshot,
  startServer,
  textOf,
  unavailable,
  type Session,
  type TestServer,
} from './harness';
import { centre, sleep, wordBox } from './reader-helpers';
import { fakeWikipedia, pointAt } from './wikipedia-fake';

/**
 * In the page's own world (so every click is untrusted, as a page script's would be): opens every
 * entity card in every tab and clicks its "Look up on Wikipedia" and "Always look up names".
 * Returns the names of the cards opened and how many offered the lookup button. Source text, so
 * no TypeScript helpers end up in page code.
 */
const OPEN_EVERY_CARD = `(async function () {
  var host = Array.prototype.find.call(document.querySelectorAll('*'), function (e) { return e.tagName.toLowerCase().indexOf('gloss-root') === 0; });
  var root = host.shadowRoot;
  var wait = function (ms) { return new Promise(function (r) { setTimeout(r, ms); }); };
  async function until(f) {
    for (var i = 0; i < 200; i++) { var v = f(); if (v) return v; await wait(25); }
    throw new Error('timed out in the sidebar');
  }
  async function showAll(view) {
    root.querySelector('.gl-tab[data-view="' + view + '"]').click();
    await wait(30);
    while (root.querySelector('.gl-more')) { root.querySelector('.gl-more').click(); await wait(30); }
  }
  var names = [];
  var offered = 0;
  var views = Array.prototype.map.call(root.querySelectorAll('.gl-tab'), function (t) { return t.dataset.view; });
  for (var v = 0; v < views.length; v++) {
    await showAll(views[v]);
    var ids = Array.prototype.map.call(root.querySelectorAll('.gl-entity'), function (b) { return b.dataset.entityId; });
    for (var k = 0; k < ids.length; k++) {
      var sel = '.gl-entity[data-entity-id="' + CSS.escape(ids[k]) + '"]';
      if (!root.querySelector(sel)) await showAll(views[v]);
      root.querySelector(sel).click();
      var title = await until(function () { return root.querySelector('.gl-card[data-entity-id="' + CSS.escape(ids[k]) + '"] .gl-card-title'); });
      names.push(title.textContent.trim());
      var ask = await until(function () { return root.querySelector('.gl-notes-consent, .gl-notes-wiki'); });
      if (ask.matches('.gl-notes-consent')) {
        offered++;
        ask.querySelectorAll('button').forEach(function (b) { b.click(); });
      }
      await wait(30);
      root.querySelector('.gl-back').click();
      await until(function () { return !root.querySelector('.gl-card'); });
    }
  }
  return { names: names, offered: offered };
})()`;

for (const name of BROWSERS) {
  const why = unavailable(name);
  describe.skipIf(why !== null)(
    `Wikipedia lookups wait for the reader, in ${name}${why ? ` (skipped: ${why})` : ''}`,
    () => {
      let session: Session;
      let server: TestServer;
      let wiki: Awaited<ReturnType<typeof fakeWikipedia>>;

      beforeAll(async () => {
        server = await startServer();
        wiki = await fakeWikipedia();
        session = await launch(name);
      });

      afterAll(async () => {
        await session?.close();
        await server?.close();
        await wiki?.close();
      });

      it('on a fresh install no card sends anything; one click on "Look up on Wikipedia" sends one lookup', async () => {
        const page = await session.newPage();
        await page.goto(server.url('/us-venezuela.html'), { waitUntil: 'load' });
        await session.clickToolbar(page);
        await pierce(page, '.gl-tab[data-view="person"]', 30_000);
        await pointAt(session, page, wiki.origin);

        const { names, offered } = (await page.evaluate(OPEN_EVERY_CARD)) as { names: string[]; offered: number };
        expect(names.length).toBeGreaterThan(10);
        expect(names).toContain('Nicolas Maduro');
        // Every card asked first; the page's own clicks on its buttons did nothing.
        expect(offered).toBe(names.length);
        // A hover preview over a name sends nothing either.
        const over = centre(await wordBox(page, 'Hegseth', { skipIfPreceded: 'Pete ' }));
        await page.mouse.move(over.x, over.y);
        const preview = await pierce(page, '.gl-hover-preview', 5_000);
        await preview.evaluate(
          (el) =>
            new Promise<void>((done) => {
              const t0 = Date.now();
              const tick = () =>
                (el.textContent ?? '').includes('Hegseth') || Date.now() - t0 > 5000 ? done() : setTimeout(tick, 50);
              tick();
            }),
        );
        expect(await textOf(preview)).toContain('Hegseth');
        await sleep(1500);
        expect(wiki.seen).toEqual([]);

        // The reader opens Maduro's card and says yes there, once.
        await page.evaluate(`(function () {
        var host = Array.prototype.find.call(document.querySelectorAll('*'), function (e) { return e.tagName.toLowerCase().indexOf('gloss-root') === 0; });
        host.shadowRoot.querySelector('.gl-tab[data-view="person"]').click();
      })()`);
        await (await pierce(page, '.gl-entity[data-entity-id="nicolas-maduro"]')).click();
        expect(await textOf(await pierce(page, '.gl-card-title'))).toBe('Nicolas Maduro');
        const button = await pierce(page, '.gl-notes-lookup');
        await button.evaluate((b) => b.scrollIntoView({ block: 'center' }));
        expect(await textOf(await pierce(page, '.gl-notes-consent'))).toContain(
          'Sends only this name, “Nicolas Maduro”, to Wikipedia.',
        );
        await screenshot(page, `wikipedia-consent-card-${name}`);
        await button.click();

        const found = await pierce(page, '.gl-notes-wiki-found', 30_000);
        expect(await textOf(found)).toContain('President of Venezuela since 2013');
        await sleep(1000);
        const gets = wiki.seen.filter((r) => r.method === 'GET');
        expect(gets.filter((r) => r.url.startsWith('/w/api.php'))).toHaveLength(1);
        expect(gets[0]!.url).toContain('Nicolas Maduro');
        // Nothing but that name (and the page chosen for it) went out.
        for (const r of wiki.seen) expect(r.url).toMatch(/Maduro/);
        await page.close();
      }, 120_000);

      it('"Always look up names" looks this card up, then later cards by themselves (in Firefox only with its grant)', async () => {
        const page = await session.newPage();
        await page.goto(server.url('/us-venezuela.html'), { waitUntil: 'load' });
        await session.clickToolbar(page);
        await pierce(page, '.gl-tab[data-view="person"]', 30_000);
        await pointAt(session, page, wiki.origin);
        wiki.seen.length = 0;
        const open = async (id: string) => {
          await page.evaluate(`(function () {
          var host = Array.prototype.find.call(document.querySelectorAll('*'), function (e) { return e.tagName.toLowerCase().indexOf('gloss-root') === 0; });
          var back = host.shadowRoot.querySelector('.gl-back');
          if (back) back.click();
        })()`);
          await (await pierce(page, '.gl-tab[data-view="person"]')).click();
          await (await pierce(page, `.gl-entity[data-entity-id="${id}"]`)).click();
          await pierce(page, `.gl-card[data-entity-id="${id}"]`);
        };
        const searches = (name: string) =>
          wiki.seen.filter((r) => r.method === 'GET' && r.url.startsWith('/w/api.php') && r.url.includes(name));

        await open('pete-hegseth');
        await (await pierce(page, '.gl-notes-always')).click();
        await pierce(page, '.gl-notes-wiki[aria-busy="false"]', 30_000);
        expect(searches('Pete Hegseth')).toHaveLength(1);

        await open('donald-trump');
        if (session.name === 'chromium') {
          await pierce(page, '.gl-notes-wiki[aria-busy="false"]', 30_000);
          expect(searches('Donald Trump')).toHaveLength(1);
        } else {
          // Firefox has not been given the optional websiteContent grant: the card asks again.
          await pierce(page, '.gl-notes-lookup', 15_000);
          await sleep(1000);
          expect(searches('Donald Trump')).toEqual([]);
        }
        await page.close();
      }, 120_000);
    },
  );
}
