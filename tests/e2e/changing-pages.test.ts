/**
 * Pages that change under Gloss, in real Chromium and Firefox ESR with the built extension
 * (src/page/page-watch.ts wired into the content app):
 * - a single-page app swaps the article and calls history.pushState: Gloss re-detects and
 *   re-analyses, the sidebar follows; Back (popstate) brings the first article back;
 * - the page's script re-renders the article's nodes (new elements, or text re-set): the
 *   highlights are re-attached to the new nodes, without a new analysis;
 * - content keeps arriving (infinite scroll): no re-analysis at all.
 * The number of analyses is read from Gloss's status element in its own shadow root
 * (data-analyses, counted where the content app marks `gloss:analyze-start`).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { BROWSERS, launch, pierce, startServer, unavailable, type Session, type TestServer } from './harness';
import {
  collectErrors,
  examplePage,
  glossErrors,
  glossStatus,
  highlightInfo,
  sidebarTitle,
  totalRanges,
  until,
  type HighlightInfo,
} from './hostile-support';
import { exampleExpected } from '../helpers/fixtures';

const TITLE_A: string = exampleExpected().article.title;
const TITLE_B = 'Merkel urges calm as Berlin talks on energy prices stall';

for (const name of BROWSERS) {
  const why = unavailable(name);
  describe.skipIf(why !== null)(`changing pages in ${name}${why ? ` (skipped: ${why})` : ''}`, () => {
    let session: Session;
    let server: TestServer;

    const open = async (path: string): Promise<{ page: Page; errors: string[]; first: HighlightInfo }> => {
      const page = await session.newPage();
      const errors = collectErrors(page);
      await page.goto(server.url(path), { waitUntil: 'load' });
      await session.clickToolbar(page);
      await pierce(page, '.gl-title');
      const first = await until(page, 'highlights', async () => {
        const h = await highlightInfo(page);
        return totalRanges(h) > 0 ? h : null;
      });
      return { page, errors, first };
    };

    beforeAll(async () => {
      server = await startServer();
      server.route('/spa', examplePage({ bodyEnd: '<script src="/changing/spa.js"></script>' }));
      server.route('/rerender', examplePage({ bodyEnd: '<script src="/changing/rerender.js"></script>' }));
      server.route(
        '/infinite',
        examplePage({
          bodyEnd: '<script src="/changing/rerender.js"></script><script src="/changing/infinite.js"></script>',
        }),
      );
      session = await launch(name);
    });

    afterAll(async () => {
      await session?.close();
      await server?.close();
    });

    it('an SPA that swaps the article with history.pushState is re-detected and re-analysed; the sidebar follows', async () => {
      const { page, errors, first } = await open('/spa');
      expect(await sidebarTitle(page)).toBe(TITLE_A);
      expect(first.people.join(' ')).toContain('Trump');
      expect((await glossStatus(page))?.analyses).toBe(1);

      await page.evaluate(() => (window as unknown as { glossSwap(): void }).glossSwap());
      await until(page, 'the sidebar to show the new article', async () => (await sidebarTitle(page)) === TITLE_B);
      const b = await until(page, 'highlights on the new article', async () => {
        const h = await highlightInfo(page);
        return h.people.some((p) => p.includes('Merkel')) ? h : null;
      });
      expect(b.people.join(' ')).not.toContain('Trump');
      expect(b.detached).toBe(0);
      const sb = await glossStatus(page);
      expect(sb?.analyses).toBe(2);
      expect(sb?.url).toMatch(/\/spa-b$/);

      // Back: popstate renders the first article again.
      await page.evaluate(() => history.back());
      await until(
        page,
        'the sidebar to show the first article again',
        async () => (await sidebarTitle(page)) === TITLE_A,
      );
      await until(page, 'highlights on the first article again', async () => {
        const h = await highlightInfo(page);
        return h.people.some((p) => p.includes('Trump')) && !h.people.some((p) => p.includes('Merkel'));
      });
      expect((await glossStatus(page))?.analyses).toBe(3);
      expect(glossErrors(errors)).toEqual([]);
      await page.close();
    });

    it("a script that re-renders the article's nodes: highlights re-attached to the new nodes, no new analysis", async () => {
      const { page, errors, first } = await open('/rerender');
      expect(first.detached).toBe(0);
      const before = await glossStatus(page);
      expect(before?.analyses).toBe(1);

      await page.evaluate(() => (window as unknown as { glossRerender(): void }).glossRerender());
      const after = await until(page, 'highlights on the new nodes', async () => {
        const s = await glossStatus(page);
        const h = await highlightInfo(page);
        return s &&
          s.reattached > (before?.reattached ?? 0) &&
          h.detached === 0 &&
          totalRanges(h) === totalRanges(first)
          ? h
          : null;
      });
      expect(after.people).toEqual(first.people);
      expect(after.counts).toEqual(first.counts);

      // Text re-set in place (ranges in those nodes collapse): re-attached again.
      const mid = await glossStatus(page);
      await page.evaluate(() => (window as unknown as { glossRetext(): void }).glossRetext());
      const again = await until(page, 'highlights after the text was re-set', async () => {
        const s = await glossStatus(page);
        const h = await highlightInfo(page);
        return s && s.reattached > (mid?.reattached ?? 0) && h.detached === 0 ? h : null;
      });
      expect(again.people).toEqual(first.people);
      expect((await glossStatus(page))?.analyses).toBe(1);
      expect(glossErrors(errors)).toEqual([]);
      await page.close();
    });

    it('infinite scroll: content that keeps arriving causes no re-analysis', async () => {
      const { page, errors, first } = await open('/infinite');
      expect((await glossStatus(page))?.analyses).toBe(1);
      for (let i = 0; i < 20; i++) {
        await page.evaluate(() => (window as unknown as { glossMore(n: number): number }).glossMore(10));
        await new Promise((r) => setTimeout(r, 30));
      }
      for (let i = 0; i < 5; i++) {
        await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
        await new Promise((r) => setTimeout(r, 60));
      }
      const items = await page.evaluate(() => document.querySelectorAll('.teaser').length);
      expect(items).toBeGreaterThanOrEqual(200);
      // A sentinel: a re-render after all that content. Once its re-attachment shows, every
      // mutation before it has been handled (records arrive in order).
      const s0 = await glossStatus(page);
      await page.evaluate(() => (window as unknown as { glossRerender(): void }).glossRerender());
      await until(
        page,
        'the sentinel re-attachment',
        async () => ((await glossStatus(page))?.reattached ?? 0) > (s0?.reattached ?? 0),
      );
      const h = await highlightInfo(page);
      expect(h.detached).toBe(0);
      expect(h.counts).toEqual(first.counts);
      expect((await glossStatus(page))?.analyses).toBe(1);
      expect(await sidebarTitle(page)).toBe(TITLE_A);
      expect(glossErrors(errors)).toEqual([]);
      await page.close();
    });
  });
}
