/**
 * The shipped build (dist/) against a hostile page, in Chromium and Firefox ESR: what the page's
 * own script can see of Gloss and do to it. Each row is one thing a page tried.
 * - It cannot see or drive the sidebar: the shadow root is closed, a script click on what lies
 *   under the sidebar reaches only our host, and no tab opens and no setting is written.
 * - It cannot stop Gloss by cancelling or forging the copies' handshake, and it cannot tell Gloss
 *   is installed from marks, events or by loading Gloss's files at their fixed address (Chrome
 *   serves them only at a per-session one).
 * - It cannot lose the sidebar: removing our element closes it (highlights gone) and the next
 *   click opens it again; body clip-path does not hide it; a modal dialog opened over the page
 *   does not cover it (the browser makes everything outside the dialog inert until it closes:
 *   the sidebar stays in view, and takes clicks again once the dialog is gone).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { BROWSERS, launch, startServer, unavailable, type Session, type TestServer } from './harness';
import { examplePage, until } from './hostile-support';
import { warmShare } from './reader-helpers';

/** What is topmost over the sidebar's area (right edge), seen from the page. */
const topAtSidebar = (page: Page) =>
  page.evaluate(() => {
    const el = document.elementFromPoint(window.innerWidth - 60, Math.round(window.innerHeight / 2));
    return el ? el.localName : null;
  });

const isGloss = (name: string | null) => name !== null && name.startsWith('gloss-root');

for (const name of BROWSERS) {
  const why = unavailable(name);
  describe.skipIf(why !== null)(`the shipped build on a hostile page, in ${name}${why ? ` (skipped: ${why})` : ''}`, () => {
    let session: Session;
    let server: TestServer;

    const openArticle = async (path: string) => {
      const page = await session.newPage();
      await page.goto(server.url(path), { waitUntil: 'load' });
      await session.clickToolbar(page);
      await until(page, 'the sidebar', async () => isGloss(await topAtSidebar(page)));
      return page;
    };

    beforeAll(async () => {
      server = await startServer();
      server.route('/plain', examplePage());
      server.route(
        '/cancels-hello',
        examplePage({
          head: `<script>
            for (const t of ['gloss:hello', 'gloss:content-start']) document.addEventListener(t, (e) => { e.preventDefault(); e.stopImmediatePropagation(); window.__sawGloss = true; }, true);
            document.dispatchEvent(new CustomEvent('gloss:hello', { cancelable: true }));
          </script>`,
        }),
      );
      server.route('/dialog', examplePage({ bodyEnd: '<dialog id="d" style="width: 90vw; height: 80vh"><p>Subscribe now</p></dialog>' }));
      server.route('/clip', examplePage({ head: '<style>body { clip-path: inset(0 60% 0 0); }</style>' }));
      session = await launch(name, 'shipped');
    });

    afterAll(async () => {
      await session?.close();
      await server?.close();
    });

    it('page script cannot read the sidebar or drive its controls: no tab opens, no setting is written', async () => {
      const page = await openArticle('/plain');
      const tabsBefore = (await session.browser.pages()).length;
      const seen = await page.evaluate(() => {
        const host = [...document.querySelectorAll('*')].find((e) => e.localName.startsWith('gloss-root'))!;
        const out = { shadow: host.shadowRoot !== null, text: host.textContent };
        // Clicks and keys a script makes where the sidebar's buttons are.
        for (let y = 10; y < window.innerHeight; y += 12) {
          const el = document.elementFromPoint(window.innerWidth - 60, y) as HTMLElement | null;
          el?.click();
          el?.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
        }
        return out;
      });
      expect(seen).toEqual({ shadow: false, text: '' });
      await new Promise((r) => setTimeout(r, 1500));
      expect((await session.browser.pages()).length).toBe(tabsBefore);
      expect(isGloss(await topAtSidebar(page))).toBe(true);
      await page.close();
    });

    it('a page that cancels and forges the handshake event still gets Gloss, and sees no event or mark of it', async () => {
      const page = await openArticle('/cancels-hello');
      const traces = await page.evaluate(() => ({
        saw: (window as unknown as { __sawGloss?: boolean }).__sawGloss === true && document.readyState === 'complete',
        marks: performance.getEntriesByType('mark').filter((m) => m.name.startsWith('gloss')).length,
      }));
      // The page's own forged event is the only one it saw; Gloss sends none.
      expect(traces.marks).toBe(0);
      const events = await page.evaluate(() => new Promise<number>((resolve) => {
        let n = 0;
        document.addEventListener('gloss:hello', () => n++, true);
        setTimeout(() => resolve(n), 500);
      }));
      expect(events).toBe(0);
      await page.close();
    });

    it('a page cannot load the extension files at their fixed address', async () => {
      const page = await openArticle('/plain');
      const scheme = name === 'chromium' ? 'chrome-extension' : 'moz-extension';
      // Source text: the test runner would rewrite a dynamic import in a function.
      const loaded = (await page.evaluate(`(async (base) => {
        const out = {};
        for (const f of ['app/content-app.js', 'model/ner-model.json', 'content.js']) {
          out[f] = await fetch(base + '/' + f).then((r) => r.ok, () => false);
          if (f.endsWith('.js')) out['import ' + f] = await import(base + '/' + f).then(() => true, () => false);
        }
        return out;
      })(${JSON.stringify(`${scheme}://${session.extensionId}`)})`)) as Record<string, boolean>;
      expect(Object.values(loaded).some(Boolean), JSON.stringify(loaded)).toBe(false);
      await page.close();
    });

    it('a page that removes our element: highlights go with it, and one click brings the sidebar back', async () => {
      const page = await openArticle('/plain');
      await page.evaluate(() => [...document.querySelectorAll('*')].find((e) => e.localName.startsWith('gloss-root'))!.remove());
      await until(page, 'the highlights to be cleared', async () =>
        page.evaluate(() => {
          const reg = (CSS as unknown as { highlights?: { get(n: string): { size: number } | undefined } }).highlights;
          return ['gloss-person', 'gloss-organization', 'gloss-place', 'gloss-quote'].every((n) => (reg?.get(n)?.size ?? 0) === 0);
        }),
      );
      expect(isGloss(await topAtSidebar(page))).toBe(false);
      await session.clickToolbar(page);
      await until(page, 'the sidebar again after one click', async () => isGloss(await topAtSidebar(page)));
      await page.close();
    });

    it('body clip-path does not hide the sidebar', async () => {
      const page = await openArticle('/clip');
      expect(isGloss(await topAtSidebar(page))).toBe(true);
      await page.close();
    });

    it('a modal dialog opened over the page does not cover the sidebar', async () => {
      const page = await openArticle('/dialog');
      // Dark text where the sidebar's title is: the sidebar is painted there, not the white dialog.
      const titleBox = await page.evaluate(() => ({ x: window.innerWidth - 340, y: 40, width: 300, height: 60 }));
      const dark = (r: number, g: number, b: number) => r < 90 && g < 90 && b < 90;
      expect(await warmShare(page, titleBox, dark)).toBeGreaterThan(0.01);
      await page.evaluate(() => (document.getElementById('d') as HTMLDialogElement).showModal());
      await until(page, 'the sidebar painted above the dialog', async () => (await warmShare(page, titleBox, dark)) > 0.01, 5000);
      await page.evaluate(() => (document.getElementById('d') as HTMLDialogElement).close());
      await until(page, 'the sidebar taking clicks again', async () => isGloss(await topAtSidebar(page)), 5000);
      await page.close();
    });
  });
}
