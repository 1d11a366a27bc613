/**
 * "Copy as Markdown" puts Gloss's text on the clipboard even where the page forbids the
 * content script the clipboard (a permissions policy, in Chromium: the extension's offscreen
 * document copies), and the page cannot change what is copied: its copy listener, which
 * replaces any copied text, is never handed ours. In Firefox (no such policy) the content
 * script copies; the background's copy, its fallback, is driven by message. Chromium's
 * clipboard is read back from another page, Firefox's from the browser window's own scope.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { launch, pierce, startServer, textOf, unavailable, type Session, type TestServer } from './harness';
import { FIXTURES } from '../helpers/fixtures';
import { firefoxClipboard } from './clipboard';

const SWAP = `<script>
  window.swaps = 0;
  document.addEventListener('copy', (e) => { window.swaps++; e.clipboardData.setData('text/plain', 'SWAPPED BY THE PAGE'); e.preventDefault(); }, true);
</script>`;

const COPIED_STATUS = `(() => { const s = document.querySelector('gloss-root').shadowRoot.querySelector('.gl-status'); return s && s.textContent.trim() ? s.textContent.trim() : null; })()`;

const why = unavailable('chromium');
describe.skipIf(why !== null)(`copying the briefing in chromium${why ? ` (skipped: ${why})` : ''}`, () => {
  let session: Session;
  let server: TestServer;

  beforeAll(async () => {
    server = await startServer();
    const article = readFileSync(resolve(FIXTURES, 'pages/us-venezuela.html'), 'utf8').replace(
      '</head>',
      `${SWAP}</head>`,
    );
    server.route('/no-clipboard', article, { 'permissions-policy': 'clipboard-write=()' });
    server.route('/blank', '<!doctype html><title>blank</title><p>reads the clipboard</p>');
    session = await launch('chromium');
    await session.browser
      .defaultBrowserContext()
      .overridePermissions(server.origin, ['clipboard-read', 'clipboard-sanitized-write']);
  });

  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  it("copies our text, not the page's, when the page forbids the clipboard", async () => {
    const page = await session.newPage();
    await page.goto(server.url('/no-clipboard'), { waitUntil: 'load' });
    // The page's policy holds: its own clipboard writes are refused.
    expect(
      await page.evaluate(() =>
        navigator.clipboard.writeText('x').then(
          () => 'written',
          (e: unknown) => String(e),
        ),
      ),
    ).toMatch(/NotAllowedError|permissions policy/i);
    await session.clickToolbar(page);
    await pierce(page, '.gl-tab, [role="tab"]', 30_000);
    await (await pierce(page, '.gl-copy')).click();
    const status = await page.waitForFunction(COPIED_STATUS, { timeout: 15_000, polling: 100 });
    expect(await status.jsonValue()).toBe('Briefing copied to the clipboard as Markdown.');
    expect(await page.evaluate('window.swaps')).toBe(0);

    const reader = await session.newPage();
    await reader.goto(server.url('/blank'), { waitUntil: 'load' });
    await reader.bringToFront();
    const copied = String(await reader.evaluate(() => navigator.clipboard.readText()));
    expect(copied).not.toContain('SWAPPED');
    const title = await textOf(await pierce(page, '.gl-title'));
    expect(copied).toContain(title);
    expect(copied).toMatch(/Maduro/);
  }, 90_000);
});

/** The settings page's tab (BiDi reports extension pages as about:blank: ask each page). */
async function settingsPage(session: Session): Promise<Page> {
  for (let i = 0; i < 50; i++) {
    for (const p of await session.browser.pages())
      if (String(await p.evaluate('location.href').catch(() => '')).includes('options.html')) return p;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error('the settings page did not open');
}

const whyFirefox = unavailable('firefox');
describe.skipIf(whyFirefox !== null)(
  `copying the briefing in firefox${whyFirefox ? ` (skipped: ${whyFirefox})` : ''}`,
  () => {
    let session: Session;
    let server: TestServer;
    let page: Page;

    beforeAll(async () => {
      server = await startServer();
      server.route(
        '/copy-listener',
        readFileSync(resolve(FIXTURES, 'pages/us-venezuela.html'), 'utf8').replace('</head>', `${SWAP}</head>`),
      );
      session = await launch('firefox');
      page = await session.newPage();
      await page.goto(server.url('/copy-listener'), { waitUntil: 'load' });
    });

    afterAll(async () => {
      await session?.close();
      await server?.close();
    });

    it("copies our text, and the page's copy listener never sees it", async () => {
      await session.clickToolbar(page);
      await pierce(page, '.gl-tab, [role="tab"]', 30_000);
      await (await pierce(page, '.gl-copy')).click();
      const status = await page.waitForFunction(COPIED_STATUS, { timeout: 15_000, polling: 100 });
      expect(await status.jsonValue()).toBe('Briefing copied to the clipboard as Markdown.');
      expect(await page.evaluate('window.swaps')).toBe(0);
      const copied = await firefoxClipboard(session);
      expect(copied).toContain(await textOf(await pierce(page, '.gl-title')));
      expect(copied).not.toContain('SWAPPED');
    }, 90_000);

    it('the background copies when asked (the fallback)', async () => {
      await (await pierce(page, '.gl-open-options')).click();
      const options = await settingsPage(session);
      const answer = await options.evaluate(
        `browser.runtime.sendMessage({ type: 'copy-text', text: 'Copied by the background' })`,
      );
      expect(answer).toBe(true);
      expect(await firefoxClipboard(session)).toBe('Copied by the background');
    }, 60_000);
  },
);
