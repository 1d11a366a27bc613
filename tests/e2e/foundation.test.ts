/**
 * The foundation, in real Chromium and Firefox ESR with the built extension: the content script
 * runs on the served example page; the toolbar button opens the sidebar with the article's title;
 * the keyboard command toggles it; the close button closes it; a page with no article shows its
 * empty state. A screenshot per browser is kept in test-output/.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import {
  BROWSERS,
  launch,
  pierce,
  pierceGone,
  screenshot,
  startServer,
  textOf,
  unavailable,
  type Session,
  type TestServer,
} from './harness';
import { exampleExpected } from '../helpers/fixtures';

const expected = exampleExpected();

for (const name of BROWSERS) {
  const why = unavailable(name);
  describe.skipIf(why !== null)(`foundation in ${name}${why ? ` (skipped: ${why})` : ''}`, () => {
    let session: Session;
    let server: TestServer;
    let page: Page;

    beforeAll(async () => {
      server = await startServer();
      server.route(
        '/search',
        '<!doctype html><html><head><title>Search</title></head><body><form><input name=q value=venezuela><button>Go</button></form><ul><li><a href=/a>Venezuela news</a></li><li><a href=/b>Maduro</a></li></ul></body></html>',
      );
      session = await launch(name);
      page = await session.newPage();
      await page.goto(server.url('/us-venezuela.html'), { waitUntil: 'load' });
    });

    afterAll(async () => {
      await session?.close();
      await server?.close();
    });

    it('runs the content script on the example page without touching it', async () => {
      // The loader answers the background's ping once it is running.
      await page.waitForFunction(() => document.readyState === 'complete');
      const custom = await page.evaluate(() => document.querySelectorAll('gloss-root').length);
      expect(custom).toBe(0);
    });

    it('opens the sidebar with the article title from a real toolbar click', async () => {
      await session.clickToolbar(page);
      const title = await pierce(page, '.gl-title');
      expect(await textOf(title)).toBe(expected.article.title);
      const meta = await textOf(await pierce(page, '.gl-sidebar'));
      expect(meta).toContain('World Desk');
      expect(meta).toContain('Harbour Street Times');
      expect(meta).toMatch(/\d+ min read/);
      const path = await screenshot(page, `foundation-${name}-sidebar`);
      expect(path).toMatch(/\.png$/);
    });

    it('closes with the sidebar close button', async () => {
      const close = await pierce(page, '.gl-close');
      await close.click();
      await pierceGone(page, '.gl-sidebar');
    });

    it('toggles with the keyboard command', async () => {
      await session.runCommand(page, 'toggle-sidebar');
      await pierce(page, '.gl-title');
      await session.runCommand(page, 'toggle-sidebar');
      await pierceGone(page, '.gl-sidebar');
    });

    it('shows "No article found on this page" on a page without an article', async () => {
      const search = await session.newPage();
      await search.goto(server.url('/search'), { waitUntil: 'load' });
      await session.clickToolbar(search);
      const empty = await pierce(search, '.gl-empty');
      expect(await textOf(empty)).toContain('No article found on this page');
      await screenshot(search, `foundation-${name}-no-article`);
      await search.close();
    });
  });
}
