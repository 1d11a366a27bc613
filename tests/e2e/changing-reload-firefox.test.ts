/**
 * The extension updated while tabs have Gloss open, in real Firefox ESR (the Chromium version of
 * this test is changing-reload.test.ts). The update: the same dist/firefox folder installed again
 * as a temporary add-on (puppeteer's browser.installExtension, WebDriver BiDi
 * webExtension.install) with the same gecko id, which Firefox treats as an update of the add-on.
 *
 * What Firefox does on such an update (seen in this test's runs with Firefox ESR 153 and
 * puppeteer-core 24; it differs from Chromium):
 * - The old content script is stopped at once: none of its code runs again (its `gloss:hello`
 *   listener no longer answers, its MutationObserver does not react to an SPA navigation, its
 *   sidebar's close button does nothing). So it cannot shut itself down as the Chromium orphan
 *   does on the page's next change.
 * - What it put in the page stays: the sidebar's host element (shown, dead), its adopted
 *   stylesheets (the page pushed aside by the sidebar's width, the `::highlight()` rules) and
 *   its Highlight objects in CSS.highlights (all 84 ranges of the example page still registered,
 *   with their rules in place). After an SPA navigation the dead sidebar still showed the old
 *   article.
 * - Firefox injects the new version's manifest content script into the open tabs at once (a
 *   second `gloss:content-start` mark in the page), without a click. Before the fix in
 *   extension/content/loader.ts that new copy knew nothing of the dead one: the dead sidebar
 *   stayed on screen, a toolbar click added a second sidebar beside it, and closing the new one
 *   left the dead sidebar and the page push behind.
 *
 * What the reader must see, and this test checks: right after the update the old sidebar,
 * highlights and page push are gone (the new copy clears them when no live copy answers its
 * hello); the page keeps living (an SPA navigation, scrolling, clicks) with nothing of the dead
 * copy reacting; a toolbar click opens exactly one sidebar from the new copy, on the current
 * article, with highlights back; close and reopen work; no error from Gloss in the page console.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { distDir, launch, pierce, startServer, unavailable, type Session, type TestServer } from './harness';
import {
  collectErrors,
  examplePage,
  glossErrors,
  glossLeftovers,
  glossStatus,
  highlightInfo,
  hostNames,
  sidebarTitle,
  totalRanges,
  until,
} from './hostile-support';
import { exampleExpected } from '../helpers/fixtures';

const TITLE_A: string = exampleExpected().article.title;
const TITLE_B = 'Merkel urges calm as Berlin talks on energy prices stall';

const why = unavailable('firefox');
describe.skipIf(why !== null)(
  `extension updated while tabs are open, in firefox${why ? ` (skipped: ${why})` : ''}`,
  () => {
    let session: Session;
    let server: TestServer;

    const openWithGloss = async (path: string): Promise<{ page: Page; errors: string[]; margin: string }> => {
      const page = await session.newPage();
      const errors = collectErrors(page);
      await page.goto(server.url(path), { waitUntil: 'load' });
      await until(page, 'the content script', async () => (await glossLeftovers(page)).contentStarts === 1);
      const { margin } = await glossLeftovers(page);
      await session.clickToolbar(page);
      await pierce(page, '.gl-title');
      await until(page, 'highlights', async () => totalRanges(await highlightInfo(page)) > 0);
      return { page, errors, margin };
    };

    /** Nothing of Gloss on screen: no host, no highlight rules or ranges, the page not pushed. */
    const nothingLeft = async (page: Page, margin: string): Promise<boolean> => {
      const l = await glossLeftovers(page);
      return (
        l.hosts === 0 &&
        l.highlightSheets === 0 &&
        l.pushSheets === 0 &&
        l.margin === margin &&
        totalRanges(await highlightInfo(page)) === 0
      );
    };

    beforeAll(async () => {
      server = await startServer();
      server.route('/plain', examplePage());
      server.route('/spa', examplePage({ bodyEnd: '<script src="/changing/spa.js"></script>' }));
      session = await launch('firefox');
    });

    afterAll(async () => {
      await session?.close();
      await server?.close();
    });

    it('the old content script stops, the new one clears what it left and takes over on the toolbar', async () => {
      const plain = await openWithGloss('/plain');
      const spa = await openWithGloss('/spa');
      for (const p of [plain.page, spa.page]) {
        expect(await glossLeftovers(p)).toMatchObject({
          hosts: 1,
          highlightSheets: 1,
          pushSheets: 1,
          contentStarts: 1,
        });
        expect((await glossLeftovers(p)).margin).not.toBe(plain.margin);
      }

      const id = await session.browser.installExtension(distDir('firefox'));
      expect(id).toBe(session.extensionId);

      // Firefox injects the new version's content script into both open tabs by itself, and it
      // clears what the stopped copy left: no dead sidebar, no highlights, the page not pushed.
      for (const { page, margin } of [plain, spa]) {
        await until(
          page,
          "the new version's content script",
          async () => (await glossLeftovers(page)).contentStarts === 2,
        );
        await until(page, "the old copy's sidebar, highlights and page push to be gone", () =>
          nothingLeft(page, margin),
        );
      }

      // The page keeps living: an SPA navigation, scrolling, clicks; nothing of Gloss comes back
      // unasked (the stopped copy cannot react, the new one waits for the reader).
      await spa.page.bringToFront();
      await spa.page.evaluate(() => (window as unknown as { glossSwap(): void }).glossSwap());
      await spa.page.evaluate(() => window.scrollBy(0, 400));
      await spa.page.mouse.click(200, 300);
      await until(spa.page, 'the swapped article in the page', async () =>
        spa.page.evaluate(() => location.pathname === '/spa-b'),
      );
      expect(await nothingLeft(spa.page, spa.margin)).toBe(true);

      // A reader's click: one sidebar from the new copy, on the current article, highlights back.
      await session.clickToolbar(spa.page);
      await until(
        spa.page,
        'the new sidebar on the swapped article',
        async () => (await sidebarTitle(spa.page)) === TITLE_B,
      );
      expect(await hostNames(spa.page)).toHaveLength(1);
      await until(spa.page, 'highlights from the new copy', async () => totalRanges(await highlightInfo(spa.page)) > 0);
      expect((await glossStatus(spa.page))?.analyses).toBe(1);
      expect(await glossLeftovers(spa.page)).toMatchObject({ hosts: 1, highlightSheets: 1, pushSheets: 1 });

      // The other tab: one sidebar on its article, highlights on live nodes; close and reopen work,
      // and closing leaves nothing behind.
      await plain.page.bringToFront();
      await session.clickToolbar(plain.page);
      await until(plain.page, 'one sidebar from the new copy', async () => {
        const s = await glossStatus(plain.page);
        return (
          (await hostNames(plain.page)).length === 1 &&
          s !== null &&
          s.analyses === 1 &&
          (await sidebarTitle(plain.page)) === TITLE_A
        );
      });
      await until(plain.page, 'highlights from the new copy', async () => {
        const h = await highlightInfo(plain.page);
        return totalRanges(h) > 0 && h.detached === 0;
      });
      await session.clickToolbar(plain.page);
      await until(plain.page, 'sidebar closed, nothing left', () => nothingLeft(plain.page, plain.margin));
      await session.clickToolbar(plain.page);
      await until(plain.page, 'sidebar reopened', async () => (await sidebarTitle(plain.page)) === TITLE_A);
      expect(await hostNames(plain.page)).toHaveLength(1);

      expect(glossErrors(plain.errors)).toEqual([]);
      expect(glossErrors(spa.errors)).toEqual([]);
      await plain.page.close();
      await spa.page.close();
    });
  },
);
