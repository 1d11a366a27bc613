/**
 * Wikipedia background notes through the built extension, in Chromium: the test's own server
 * answers in Wikipedia's place (the background's base URL is pointed at it from the service
 * worker), the card shows the summary once the reader asks for it; with lookups not on for good
 * and no click, no request leaves. Firefox and the consent flow in both browsers:
 * wikipedia-consent.test.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { launch, pierce, startServer, textOf, unavailable, type Session, type TestServer } from './harness';
import { centre, sleep, wordBox } from './reader-helpers';
import { fakeWikipedia, pointAt } from './wikipedia-fake';

const why = unavailable('chromium');
describe.skipIf(why !== null)(`Wikipedia notes in chromium${why ? ` (skipped: ${why})` : ''}`, () => {
  let session: Session;
  let server: TestServer;
  let wiki: Awaited<ReturnType<typeof fakeWikipedia>>;
  /** What went to the stand-in Wikipedia (paths and queries, decoded). */
  const requests = () => wiki.seen.map((r) => r.url);

  const worker = async () => {
    const t = await session.browser.waitForTarget(
      (x) => x.type() === 'service_worker' && x.url().includes(session.extensionId),
    );
    return (await t.worker())!;
  };

  const openCard = async (page: Page, word: string, title: string, skipIfPreceded?: string) => {
    await page.goto(server.url('/us-venezuela.html'), { waitUntil: 'load' });
    await session.clickToolbar(page);
    await pierce(page, '.gl-tab[data-view="person"]', 30_000);
    await page.waitForFunction(`CSS.highlights && CSS.highlights.has('gloss-person')`, { timeout: 15_000 });
    const p = centre(await wordBox(page, word, skipIfPreceded ? { skipIfPreceded } : {}));
    await page.mouse.click(p.x, p.y);
    expect(await textOf(await pierce(page, '.gl-card-title'))).toBe(title);
  };

  beforeAll(async () => {
    server = await startServer();
    wiki = await fakeWikipedia();
    session = await launch('chromium');
    const page = await session.newPage();
    await pointAt(session, page, wiki.origin);
    await page.close();
  });

  afterAll(async () => {
    await session?.close();
    await server?.close();
    await wiki?.close();
  });

  it('"Look up on Wikipedia" in a card looks the name up and shows the summary, as text, with its source', async () => {
    const page = await session.newPage();
    await openCard(page, 'Maduro', 'Nicolas Maduro', 'Nicolas ');
    // Lookups are off until the reader says yes: here, in the card.
    await (await pierce(page, '.gl-notes-lookup')).click();
    const found = await pierce(page, '.gl-notes-wiki-found', 30_000);
    const text = await textOf(found);
    expect(text).toContain('President of Venezuela since 2013');
    expect(text).toContain('Nicolás Maduro Moros is a Venezuelan politician');
    expect(text).toMatch(/CC BY-SA/);
    // Only the name went out: no page address, no article text.
    expect(requests().length).toBeGreaterThan(0);
    for (const r of requests()) {
      expect(r).not.toContain('127.0.0.1');
      expect(r).not.toContain('Tensions between');
    }
    await page.close();
  });

  it('with lookups not on for good and no click in the card, no request leaves', async () => {
    const w = await worker();
    await w.evaluate(`(async () => {
      const got = await chrome.storage.sync.get('settings');
      await chrome.storage.sync.set({ settings: { ...(got.settings || {}), wikipedia: false } });
      await chrome.storage.local.clear();
    })()`);
    wiki.seen.length = 0;
    const page = await session.newPage();
    // A name never looked up before, so nothing could come from a cache.
    await openCard(page, 'Hegseth', 'Pete Hegseth', 'Pete ');
    await sleep(2000);
    expect(requests()).toEqual([]);
    await page.close();
  });
});
