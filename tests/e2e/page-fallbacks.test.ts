/**
 * Normally the background finds the article in the page's snapshot and analyses it in the same
 * step: the page gets both in one answer and never sends the article's text out to be analysed
 * (counted by the test build's background). When the background cannot read or analyse pages (as
 * while Gloss is being updated), the page does both itself, with the parts it loads only then
 * (app/page-extract.js, app/page-analyzer.js, reached through the extension's per-session URL):
 * in Chromium and Firefox ESR the example still shows every quote and its people, read in the page.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import {
  BROWSERS,
  inBackground,
  launch,
  pierce,
  startServer,
  textOf,
  unavailable,
  type Session,
  type TestServer,
} from './harness';
import { glossStatus, until } from './hostile-support';
import { exampleExpected } from '../helpers/fixtures';

const refuse = (on: boolean) => `(g) => (g.glossBackground.refusePageWork(${on}), true)`;
/** The background's count of content messages by type (test build). */
const seen = async (session: Session, page: Page): Promise<Record<string, number>> =>
  (await inBackground(session, page, '(g) => g.glossBackground.messagesSeen()')) as Record<string, number>;
const count = (m: Record<string, number>, ...types: string[]) => types.reduce((n, t) => n + (m[t] ?? 0), 0);

for (const name of BROWSERS) {
  const why = unavailable(name);
  describe.skipIf(why !== null)(
    `the page reads and analyses itself, in ${name}${why ? ` (skipped: ${why})` : ''}`,
    () => {
      let session: Session;
      let server: TestServer;

      beforeAll(async () => {
        server = await startServer();
        session = await launch(name);
      });

      afterAll(async () => {
        await session?.close();
        await server?.close();
      });

      it('normally, the article comes back analysed: the page sends no analyze message', async () => {
        // Firefox's background is reached through the options page of an open sidebar.
        const first = await session.newPage();
        await first.goto(server.url('/us-venezuela.html'), { waitUntil: 'load' });
        await session.clickToolbar(first);
        await until(first, 'the first reading', async () => ((await glossStatus(first))?.analyses ?? 0) > 0);
        const before = await seen(session, first);
        try {
          const page = await session.newPage();
          await page.goto(server.url('/us-venezuela.html'), { waitUntil: 'load' });
          await session.clickToolbar(page);
          const status = await until(page, 'the reading', async () => {
            const s = await glossStatus(page);
            return s && s.analyses > 0 && s.readBy ? s : null;
          });
          expect(status.readBy).toBe('background');
          const quotes = await textOf(await pierce(page, '.gl-tab[data-view="quotes"] .gl-tab-count', 30_000));
          expect(Number(quotes)).toBe(exampleExpected().quotes.length);
          await page.close();
          const after = await seen(session, first);
          expect(count(after, 'detect', 'detect-part')).toBeGreaterThan(count(before, 'detect', 'detect-part'));
          expect(count(after, 'analyze')).toBe(count(before, 'analyze'));
        } finally {
          await first.close();
        }
      });

      it('after the idle pre-read, a click has the held article analysed: the text is not sent again', async () => {
        const first = await session.newPage();
        await first.goto(server.url('/us-venezuela.html'), { waitUntil: 'load' });
        await session.clickToolbar(first);
        await until(first, 'the first reading', async () => ((await glossStatus(first))?.analyses ?? 0) > 0);
        const before = await seen(session, first);
        try {
          const page = await session.newPage();
          await page.goto(server.url('/us-venezuela.html'), { waitUntil: 'load' });
          // The reader reads a while before clicking: the page found the article while idle.
          await until(
            first,
            'the idle pre-read',
            async () =>
              count(await seen(session, first), 'detect', 'detect-part') > count(before, 'detect', 'detect-part'),
          );
          const preRead = await seen(session, first);
          expect(count(preRead, 'analyze-held')).toBe(count(before, 'analyze-held'));
          await session.clickToolbar(page);
          await until(page, 'the reading', async () => ((await glossStatus(page))?.analyses ?? 0) > 0);
          const quotes = await textOf(await pierce(page, '.gl-tab[data-view="quotes"] .gl-tab-count', 30_000));
          expect(Number(quotes)).toBe(exampleExpected().quotes.length);
          await page.close();
          const after = await seen(session, first);
          expect(count(after, 'analyze-held')).toBe(count(before, 'analyze-held') + 1);
          expect(count(after, 'analyze')).toBe(count(before, 'analyze'));
          expect(count(after, 'detect', 'detect-part')).toBe(count(preRead, 'detect', 'detect-part'));
        } finally {
          await first.close();
        }
      });

      it('with the background refusing page work, the example is read and analysed in the page', async () => {
        const first = await session.newPage();
        await first.goto(server.url('/us-venezuela.html'), { waitUntil: 'load' });
        await session.clickToolbar(first);
        await pierce(first, '.gl-title');
        expect(await inBackground(session, first, refuse(true))).toBe(true);
        try {
          const page = await session.newPage();
          await page.goto(server.url('/us-venezuela.html'), { waitUntil: 'load' });
          await session.clickToolbar(page);
          const status = await until(page, 'the reading', async () => {
            const s = await glossStatus(page);
            return s && s.analyses > 0 && s.readBy ? s : null;
          });
          expect(status.readBy).toBe('page');
          const quotes = await textOf(await pierce(page, '.gl-tab[data-view="quotes"] .gl-tab-count', 30_000));
          expect(Number(quotes)).toBe(exampleExpected().quotes.length);
          await (await pierce(page, '.gl-tab[data-view="person"]')).click();
          await pierce(page, '.gl-entity[data-entity-id="nicolas-maduro"]');
          await page.close();
        } finally {
          await inBackground(session, first, refuse(false));
          await first.close();
        }
      });
    },
  );
}
