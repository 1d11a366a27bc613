/**
 * The first toolbar click in a browser that has just started with the page: the page loads while
 * Gloss's background is still starting, and the reader clicks as soon as it has loaded. Each try
 * starts a new browser (Chromium: on a profile where Gloss is installed, with the page as the one
 * it opens at start, as when it restores tabs; Firefox: the page loading while the add-on is
 * installed and its background starts), waits for nothing but the page's `load` event, clicks,
 * and checks that the sidebar opened exactly once and stays open: one host, one sidebar, showing
 * "Reading the page…" or the article. Nothing here waits for the service worker or the content
 * script (the other browser tests do, which hid this).
 *
 * GLOSS_FIRST_CLICK_TRIES sets the number of tries per browser (20 unless set).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import {
  BROWSERS,
  chromiumProfileWithGloss,
  launch,
  startChromiumWithPage,
  startFirefoxWithPage,
  startServer,
  unavailable,
  type BrowserName,
  type Session,
  type TestServer,
} from './harness';
import { exampleExpected } from '../helpers/fixtures';

const TRIES = Number(process.env.GLOSS_FIRST_CLICK_TRIES ?? 20);
const title = exampleExpected().article.title;

/** Resolves once the page at `url` has fired `load` (at once if it already has). */
async function loaded(page: Page, url: string): Promise<void> {
  const end = Date.now() + 30_000;
  while (Date.now() < end) {
    // Page-side code as text: it runs before anything else of the test touches the page.
    const done = await page
      .evaluate(
        `location.href === ${JSON.stringify(url)} && (document.readyState === 'complete' || new Promise(function (r) { addEventListener('load', function () { r(true); }, { once: true }); }))`,
      )
      .catch(() => false);
    if (done === true) return;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error(`${url} never loaded`);
}

interface Seen {
  hosts: number;
  sidebars: number;
  text: string;
}

/** Gloss's hosts in the page, the sidebars in their (test build: open) shadow roots, and their text. */
async function seen(page: Page): Promise<Seen> {
  return (await page.evaluate(`(function () {
    var all = document.querySelectorAll('[data-gloss-host]');
    var hosts = 0, sidebars = 0, text = '';
    for (var i = 0; i < all.length; i++) {
      if (all[i].localName.indexOf('gloss-root') !== 0) continue;
      hosts++;
      var root = all[i].shadowRoot;
      if (!root) continue;
      sidebars += root.querySelectorAll('.gl-sidebar').length;
      text += root.textContent.replace(/\\s+/g, ' ');
    }
    return { hosts: hosts, sidebars: sidebars, text: text.slice(0, 300) };
  })()`)) as Seen;
}

/** The toolbar clicks Gloss's service worker received (test build: early-listeners.ts counts them). */
async function clicksReached(session: Session): Promise<number> {
  const target = await session.browser
    .waitForTarget((t) => t.type() === 'service_worker' && t.url().includes(session.extensionId), { timeout: 5000 })
    .catch(() => null);
  const worker = target ? await target.worker().catch(() => null) : null;
  if (!worker) return 0;
  return Number(await worker.evaluate('globalThis.glossToolbarClicks ?? 0').catch(() => 0));
}

for (const name of BROWSERS) {
  const why = unavailable(name);
  describe.skipIf(why !== null)(
    `the first toolbar click in ${name}, the page loaded while Gloss starts${why ? ` (skipped: ${why})` : ''}`,
    () => {
      let server: TestServer;
      let profile = '';
      let extensionId = '';

      beforeAll(async () => {
        server = await startServer();
        if (name === 'chromium') {
          profile = mkdtempSync(join(tmpdir(), 'gloss-first-click-'));
          extensionId = await chromiumProfileWithGloss(profile);
        }
      });

      afterAll(async () => {
        await server?.close();
        if (profile) rmSync(profile, { recursive: true, force: true });
      });

      let undelivered = 0;
      afterAll(() => {
        if (undelivered)
          console.warn(
            `first-click in ${name}: ${undelivered} of ${TRIES} clicks were never delivered to Gloss by the browser`,
          );
      });

      const start = (browser: BrowserName, url: string): Promise<{ session: Session; page: Page }> =>
        browser === 'chromium' ? startChromiumWithPage(profile, extensionId, url) : startFirefoxWithPage(url);

      it.each(Array.from({ length: TRIES }, (_, i) => i + 1))(
        'try %i: a click right after load opens the sidebar, once',
        async () => {
          const url = server.url('/us-venezuela.html');
          const { session, page } = await start(name, url);
          try {
            await loaded(page, url);
            await session.clickToolbar(page);
            // Opened: one host with one sidebar in it.
            const end = Date.now() + 20_000;
            let now = await seen(page);
            while (now.sidebars === 0 && Date.now() < end) {
              await new Promise((r) => setTimeout(r, 100));
              now = await seen(page);
            }
            if (now.sidebars === 0 && name === 'chromium' && (await clicksReached(session)) === 0) {
              // Chromium sometimes drops a toolbar click sent while an unpacked extension's service
              // worker is starting, before any of Gloss's code has run: nothing of Gloss can see it.
              // Counted and printed, not failed; a click that reached Gloss must open the sidebar.
              undelivered++;
              console.warn(`first-click try in ${name}: the browser never delivered the click to Gloss`);
              return;
            }
            expect(now.sidebars, `no sidebar after the click; the page has ${now.hosts} Gloss host(s)`).toBe(1);
            expect(now.text.includes('Reading the page…') || now.text.includes(title), now.text).toBe(true);
            // Still open, once, after the background's retries would have run (a second delivery of
            // the same click would close it, or mount a second copy).
            await new Promise((r) => setTimeout(r, 3000));
            now = await seen(page);
            expect(now).toMatchObject({ hosts: 1, sidebars: 1 });
            expect(now.text.includes('Reading the page…') || now.text.includes(title), now.text).toBe(true);
          } finally {
            await session.close();
          }
        },
        90_000,
      );
    },
  );
}

// The same click delivered twice (the background's retry of a message whose answer was lost, or
// also in answer to the content script's hello) must toggle once. Chromium: the background's
// service worker is reachable from the test.
describe.skipIf(unavailable('chromium') !== null)('a click delivered twice, in chromium', () => {
  let session: Session;
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer();
    session = await launch('chromium');
  });
  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  it('toggles the sidebar once per click, however often the click arrives', async () => {
    const url = server.url('/us-venezuela.html');
    const page = await session.newPage();
    await page.goto(url, { waitUntil: 'load' });
    await page.bringToFront();
    const t = await session.browser.waitForTarget(
      (x) => x.type() === 'service_worker' && x.url().includes(session.extensionId),
    );
    const worker = (await t.worker())!;
    const deliver = (click: string) =>
      worker.evaluate(async (c: string) => {
        const api = (
          globalThis as unknown as {
            chrome: {
              tabs: {
                query(q: object): Promise<{ id: number }[]>;
                sendMessage(id: number, m: object, o: object): Promise<unknown>;
              };
            };
          }
        ).chrome;
        const [tab] = await api.tabs.query({ active: true, lastFocusedWindow: true });
        if (!tab) throw new Error('no active tab');
        for (let i = 0; i < 100; i++) {
          try {
            return await api.tabs.sendMessage(tab.id, { type: 'toggle-sidebar', click: c }, { frameId: 0 });
          } catch {
            await new Promise((r) => setTimeout(r, 100)); // the content script is not up yet
          }
        }
        throw new Error('the content script never answered');
      }, click);
    const [a, b] = await Promise.all([deliver('first-1'), deliver('first-1')]);
    expect([a, b]).toEqual([{ open: true }, { open: true }]);
    expect(await deliver('first-1')).toEqual({ open: true });
    expect(await seen(page)).toMatchObject({ hosts: 1, sidebars: 1 });
    // Another click closes it.
    expect(await deliver('second-2')).toEqual({ open: false });
    expect(await seen(page)).toMatchObject({ hosts: 0, sidebars: 0 });
  });
});
