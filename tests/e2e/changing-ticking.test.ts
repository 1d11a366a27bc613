/**
 * A page whose article text keeps changing a little (a counter inside a paragraph of a large
 * article), in Chromium and Firefox ESR: Gloss does not read and analyse it again and again.
 * Once a second for 15 s (the page replaces the counter's text node), and every 30 ms for 15 s
 * (the page edits the text node in place): at most two re-analyses in each window, and the card
 * the reader had open, and the tab it is on, are still there afterwards.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSERS, launch, pierce, startServer, unavailable, type Session, type TestServer } from './harness';
import { glossStatus, tickingPage, until } from './hostile-support';

for (const name of BROWSERS) {
  const why = unavailable(name);
  describe.skipIf(why !== null)(`a page that keeps changing, in ${name}${why ? ` (skipped: ${why})` : ''}`, () => {
    let session: Session;
    let server: TestServer;

    beforeAll(async () => {
      server = await startServer();
      server.route('/tick-1s', tickingPage(1000, false));
      server.route('/tick-30ms', tickingPage(30, true));
      session = await launch(name);
    });

    afterAll(async () => {
      await session?.close();
      await server?.close();
    });

    for (const [path, label] of [
      ['/tick-1s', 'once a second'],
      ['/tick-30ms', 'every 30 ms'],
    ] as const) {
      it(`a counter ticking ${label} for 15 s: at most two re-analyses; the open card and its tab stay`, async () => {
        const page = await session.newPage();
        await page.goto(server.url(path), { waitUntil: 'load' });
        await session.clickToolbar(page);
        await pierce(page, '.gl-title');
        await until(page, 'the first analysis', async () => ((await glossStatus(page))?.analyses ?? 0) >= 1);
        await (await pierce(page, '.gl-tab[data-view="person"]')).click();
        await (await pierce(page, '.gl-entity[data-entity-id="nicolas-maduro"]')).click();
        await pierce(page, '.gl-card-title');
        const before = (await glossStatus(page))!.analyses;

        await page.evaluate(() => (window as unknown as { glossStartTicking(): void }).glossStartTicking());
        await new Promise((r) => setTimeout(r, 15_000));
        const after = (await glossStatus(page))!.analyses;
        expect(await page.evaluate(() => Number(document.getElementById('counter')!.textContent))).toBeGreaterThan(110);
        expect(after - before).toBeLessThanOrEqual(2);
        // The reader's card is still open, on the people tab.
        expect(await (await pierce(page, '.gl-card-title')).evaluate((e) => e.textContent)).toContain('Maduro');
        await page.close();
      }, 60_000);
    }
  });
}
