/**
 * Settings as a reader meets them, in Chromium and Firefox ESR: the sidebar's "Settings" button
 * opens the settings page; switching on "Open the sidebar automatically" there makes Gloss open by
 * itself on the next article; with it off, the toolbar button gets a badge on article pages only
 * (the badge is read in Chromium, where the service worker can be asked).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import {
  BROWSERS,
  launch,
  pierce,
  pierceGone,
  startServer,
  unavailable,
  type Session,
  type TestServer,
  tabAt,
} from './harness';

const SEARCH =
  '<!doctype html><html><head><title>Search</title></head><body><form><input name=q></form><ul><li><a href=/a>One</a></li></ul></body></html>';

for (const name of BROWSERS) {
  const why = unavailable(name);
  describe.skipIf(why !== null)(`settings in ${name}${why ? ` (skipped: ${why})` : ''}`, () => {
    let session: Session;
    let server: TestServer;

    beforeAll(async () => {
      server = await startServer();
      server.route('/search', SEARCH);
      session = await launch(name);
    });

    afterAll(async () => {
      await session?.close();
      await server?.close();
    });

    it.runIf(name === 'chromium')('badges the toolbar button on an article, not on other pages', async () => {
      const badgeOf = async (page: Page) => {
        await page.bringToFront();
        const t = await session.browser.waitForTarget(
          (x) => x.type() === 'service_worker' && x.url().includes(session.extensionId),
        );
        const w = await t.worker();
        return w!.evaluate(`(async () => {
          const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
          return chrome.action.getBadgeText({ tabId: tab.id });
        })()`);
      };
      const article = await session.newPage();
      await article.goto(server.url('/us-venezuela.html'), { waitUntil: 'load' });
      await article.waitForFunction(`performance.now() > 0`);
      let badge = '';
      for (let i = 0; i < 50 && badge === ''; i++) {
        badge = String(await badgeOf(article));
        if (badge === '') await new Promise((r) => setTimeout(r, 100));
      }
      expect(badge).toBe('•');
      const search = await session.newPage();
      await search.goto(server.url('/search'), { waitUntil: 'load' });
      await new Promise((r) => setTimeout(r, 500));
      expect(await badgeOf(search)).toBe('');
      await article.close();
      await search.close();
    });

    it('opens the settings page from the sidebar, and auto-open applies to the next article', async () => {
      const page = await session.newPage();
      await page.goto(server.url('/us-venezuela.html'), { waitUntil: 'load' });
      await session.clickToolbar(page);
      const settingsButton = await pierce(page, '.gl-open-options');
      await settingsButton.click();
      const options = await tabAt(session, '/extension/options/options.html');
      const auto = await options.waitForSelector('input[name="autoOpen"]');
      expect(await auto!.evaluate((e) => (e as HTMLInputElement).checked)).toBe(false);
      await auto!.click();
      await options.waitForFunction(`document.querySelector('input[name="autoOpen"]').checked === true`);
      await options.close();

      const next = await session.newPage();
      await next.goto(server.url('/us-venezuela.html'), { waitUntil: 'load' });
      // No click: the sidebar opens by itself.
      await pierce(next, '.gl-title', 20_000);
      // And a page without an article stays untouched.
      const search = await session.newPage();
      await search.goto(server.url('/search'), { waitUntil: 'load' });
      await new Promise((r) => setTimeout(r, 800));
      await pierceGone(search, '.gl-sidebar', 2_000);
      await next.close();
      await search.close();
      await page.close();
    });
  });
}
