/**
 * The settings page changes an open tab, without a reload, in Chromium and Firefox ESR with the
 * built extension: open the sidebar on the example, open Settings from the sidebar's footer (the
 * background opens the extension's options page), pick the left side there, and the open tab's
 * sidebar moves to the left and pushes the page from that side.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import {
  BROWSERS,
  launch,
  pierce,
  screenshot,
  startServer,
  unavailable,
  type Session,
  type TestServer,
} from './harness';

/**
 * The page whose location contains `part`. Polled through page.evaluate: Firefox's BiDi reports
 * an extension tab's URL as about:blank, while the page itself knows where it is.
 */
async function findPage(session: Session, part: string, timeout = 15_000): Promise<Page> {
  const until = Date.now() + timeout;
  while (Date.now() < until) {
    for (const p of await session.browser.pages()) {
      const href = await p.evaluate(() => location.href).catch(() => '');
      if (href.includes(part)) return p;
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`no page at *${part}*`);
}

for (const name of BROWSERS) {
  const why = unavailable(name);
  describe.skipIf(why !== null)(`settings page in ${name}${why ? ` (skipped: ${why})` : ''}`, () => {
    let session: Session;
    let server: TestServer;
    let page: Page;

    beforeAll(async () => {
      server = await startServer();
      session = await launch(name);
      page = await session.newPage();
      await page.goto(server.url('/us-venezuela.html'), { waitUntil: 'load' });
    });

    afterAll(async () => {
      await session?.close();
      await server?.close();
    });

    it('styles the sidebar from the content script (reports the stylesheet path)', async () => {
      await session.clickToolbar(page);
      await pierce(page, '.gl-sidebar[data-side="right"]');
      const seen = await page.evaluate(() => {
        const root = document.querySelector('gloss-root')!.shadowRoot!;
        const aside = root.querySelector('.gl-sidebar')!;
        const cs = getComputedStyle(aside);
        return {
          styleElement: root.querySelector('style[data-gloss="sidebar"]') !== null,
          adopted: root.adoptedStyleSheets.length,
          position: cs.position,
          fontFamily: cs.fontFamily,
        };
      });
      console.log(
        `${name}: sidebar stylesheet via ${seen.styleElement ? '<style> fallback' : `adoptedStyleSheets (${seen.adopted})`}`,
      );
      expect(seen.styleElement || seen.adopted > 0).toBe(true);
      expect(seen.position).toBe('fixed');
      expect(seen.fontFamily).toContain('system-ui');
    });

    it('a side chosen in Settings moves the open sidebar at once', async () => {
      await pierce(page, '.gl-sidebar[data-side="right"]');
      await (await pierce(page, '.gl-open-options')).click();
      const options = await findPage(session, 'options.html');
      const left = await options.waitForSelector('input[name=side][value=left]', { timeout: 15_000 });
      await screenshot(options, `reader-${name}-settings-page`);
      await left!.click();
      await pierce(page, '.gl-sidebar[data-side="left"]', 10_000);
      const margin = await page.evaluate(() => getComputedStyle(document.documentElement).marginLeft);
      expect(parseFloat(margin)).toBeGreaterThan(200);
      // And back, so the stored settings are as they were.
      await (await options.waitForSelector('input[name=side][value=right]'))!.click();
      await pierce(page, '.gl-sidebar[data-side="right"]', 10_000);
      await options.close();
    });
  });
}
