/**
 * The briefing line at the top of the sidebar, in Chromium and Firefox ESR with the built
 * extension: on the example article it says who the article is about, who is quoted most with
 * their first full quote, and where it happens; its names open cards and its quote shows itself
 * in the page; "Copy as Markdown" carries it. On an article that names no one, it says little.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { BROWSERS, launch, pierce, startServer, textOf, unavailable, type Session, type TestServer } from './harness';
import { prepareClipboard, readClipboard } from './clipboard';

const paragraph = (i: number) =>
  `<p>Paragraph ${i} of a short report. The council met on Tuesday to discuss the new bridge, and officials said the work ` +
  `would start in spring if the budget holds. Residents asked about noise, traffic and the closing of the old ferry line.</p>`;
const LITTLE = `<!doctype html><html lang="en"><head><title>Bridge plan</title></head><body><article><h1>Council backs bridge plan</h1>${Array.from({ length: 8 }, (_, i) => paragraph(i)).join('')}</article></body></html>`;

for (const name of BROWSERS) {
  const why = unavailable(name);
  describe.skipIf(why !== null)(`the briefing line in ${name}${why ? ` (skipped: ${why})` : ''}`, () => {
    let session: Session;
    let server: TestServer;
    let page: Page;

    beforeAll(async () => {
      server = await startServer();
      server.route('/little', LITTLE);
      session = await launch(name);
      await prepareClipboard(session, server);
      page = await session.newPage();
      await page.goto(server.url('/us-venezuela.html'), { waitUntil: 'load' });
      await session.clickToolbar(page);
    }, 60_000);

    afterAll(async () => {
      await session?.close();
      await server?.close();
    });

    it('says who, who is quoted most and where, on the example', async () => {
      const line = await pierce(page, '.gl-briefline', 30_000);
      expect(await textOf(await pierce(page, '.gl-brief-about'))).toBe(
        'About: Nicolas Maduro (Venezuelan President) and Donald Trump (President).',
      );
      expect(await textOf(await pierce(page, '.gl-brief-quoted'))).toMatch(
        /^Quoted most: Donald Trump, \d+ times; first: “We're going to start doing those strikes on land too\. .*…”$/,
      );
      expect(await textOf(await pierce(page, '.gl-brief-where'))).toMatch(/^Where: United States, Venezuela/);
      // Above the list, the first thing in the sidebar's body.
      expect(
        await line.evaluate(
          (e) => e.parentElement?.firstElementChild === e && e.parentElement.classList.contains('gl-body'),
        ),
      ).toBe(true);
    }, 60_000);

    it('opens a card from a name and shows the quote in the page', async () => {
      await (await pierce(page, '.gl-brief-about .gl-brief-name')).click();
      expect(await textOf(await pierce(page, '.gl-card .gl-card-title'))).toBe('Nicolas Maduro');
      await (await pierce(page, '.gl-back')).click();
      await (await pierce(page, '.gl-brief-quote')).click();
      await pierce(page, '[data-quote-index="0"] [aria-current="true"]');
      await pierce(page, '[role="tab"][data-view="quotes"][aria-selected="true"]');
    }, 60_000);

    it('goes into the Markdown export with the whole quote', async () => {
      await (await pierce(page, '.gl-copy')).click();
      await page.waitForFunction(
        `document.querySelector('gloss-root').shadowRoot.querySelector('.gl-status').textContent.includes('copied')`,
        { timeout: 15_000, polling: 100 },
      );
      const md = await readClipboard(session, server);
      await page.bringToFront();
      const line = md.split('\n').find((l) => l.startsWith('**In brief:**'));
      expect(line).toMatch(
        /^\*\*In brief:\*\* About Nicolas Maduro \(Venezuelan President\) and Donald Trump \(President\)\. Quoted most: Donald Trump, \d+ times; first: “We're going to start doing those strikes on land too\. .* very soon” Where: United States, Venezuela/,
      );
    }, 60_000);

    it('says little on an article that names no one', async () => {
      const little = await session.newPage();
      await little.goto(server.url('/little'), { waitUntil: 'load' });
      await session.clickToolbar(little);
      const line = await textOf(await pierce(little, '.gl-briefline', 30_000));
      expect(line).not.toContain('About:');
      expect(line).not.toContain('Quoted');
      console.log(`${name}: briefing line on a page that names no one: ${line}`);
      await little.close();
    }, 60_000);
  });
}
