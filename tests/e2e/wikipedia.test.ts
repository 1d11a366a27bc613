/**
 * Wikipedia background notes through the built extension, in Chromium: the test's own server
 * answers in Wikipedia's place (the background's base URL is pointed at it from the service
 * worker), the card shows the summary once the reader asks for it; with lookups not on for good
 * and no click, no request leaves. Firefox and the consent flow in both browsers:
 * wikipedia-consent.test.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Page } from 'puppeteer-core';
import { launch, pierce, startServer, textOf, unavailable, type Session, type TestServer } from './harness';
import { centre, sleep, wordBox } from './reader-helpers';
import { fixture } from '../helpers/fixtures';

const cases = JSON.parse(fixture('linking/cases.json'));
const maduro = (Array.isArray(cases) ? cases : cases.cases).find((c: { id: string }) => c.id === 'ex-maduro');

const SUMMARY = {
  type: 'standard',
  title: 'Nicolás Maduro',
  description: 'President of Venezuela since 2013',
  extract: 'Nicolás Maduro Moros is a Venezuelan politician who has been president of Venezuela since 2013.',
  content_urls: { desktop: { page: 'https://en.wikipedia.org/wiki/Nicol%C3%A1s_Maduro' } },
  lang: 'en',
  dir: 'ltr',
};

const why = unavailable('chromium');
describe.skipIf(why !== null)(`Wikipedia notes in chromium${why ? ` (skipped: ${why})` : ''}`, () => {
  let session: Session;
  let server: TestServer;
  const requests: string[] = [];

  const answer = (body: unknown) => (req: IncomingMessage, res: ServerResponse) => {
    requests.push(req.url ?? '');
    const cors = { 'access-control-allow-origin': '*', 'access-control-allow-headers': 'Api-User-Agent' };
    if (req.method === 'OPTIONS') {
      res.writeHead(204, cors);
      res.end();
      return;
    }
    res.writeHead(200, { 'content-type': 'application/json', ...cors });
    res.end(JSON.stringify(body));
  };

  const worker = async () => {
    const t = await session.browser.waitForTarget((x) => x.type() === 'service_worker' && x.url().includes(session.extensionId));
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
    server.route('/w/api.php', answer(maduro.responses.search));
    server.route(`/api/rest_v1/page/summary/${encodeURIComponent('Nicolás_Maduro')}`, answer(SUMMARY));
    session = await launch('chromium');
    // The worker's module may still be starting: wait for its test hook.
    for (let i = 0; ; i++) {
      const w = await worker();
      const ok = await w.evaluate(`typeof glossWikipedia === 'object' && (glossWikipedia.setBaseUrl(${JSON.stringify(server.origin)}), true)`).catch(() => false);
      if (ok) break;
      if (i > 100) throw new Error('the background never exposed glossWikipedia');
      await sleep(100);
    }
  });

  afterAll(async () => {
    await session?.close();
    await server?.close();
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
    expect(requests.length).toBeGreaterThan(0);
    for (const r of requests) {
      expect(r).not.toContain('127.0.0.1');
      expect(decodeURIComponent(r)).not.toContain('Tensions between');
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
    requests.length = 0;
    const page = await session.newPage();
    // A name never looked up before, so nothing could come from a cache.
    await openCard(page, 'Hegseth', 'Pete Hegseth', 'Pete ');
    await sleep(2000);
    expect(requests).toEqual([]);
    await page.close();
  });
});
