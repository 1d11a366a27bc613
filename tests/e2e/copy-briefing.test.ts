/**
 * "Copy as Markdown" puts Gloss's text on the clipboard even where the page forbids the
 * content script the clipboard (a permissions policy), and the page cannot change what is
 * copied: its copy listener, which replaces any copied text, is never handed ours. Chromium
 * (its clipboard is read back from another page; Firefox offers no way to read it here).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, pierce, startServer, textOf, unavailable, type Session, type TestServer } from './harness';
import { FIXTURES } from '../helpers/fixtures';

const SWAP = `<script>
  window.swaps = 0;
  document.addEventListener('copy', (e) => { window.swaps++; e.clipboardData.setData('text/plain', 'SWAPPED BY THE PAGE'); e.preventDefault(); }, true);
</script>`;

const why = unavailable('chromium');
describe.skipIf(why !== null)(`copying the briefing in chromium${why ? ` (skipped: ${why})` : ''}`, () => {
  let session: Session;
  let server: TestServer;

  beforeAll(async () => {
    server = await startServer();
    const article = readFileSync(resolve(FIXTURES, 'pages/us-venezuela.html'), 'utf8').replace('</head>', `${SWAP}</head>`);
    server.route('/no-clipboard', article, { 'permissions-policy': 'clipboard-write=()' });
    server.route('/blank', '<!doctype html><title>blank</title><p>reads the clipboard</p>');
    session = await launch('chromium');
    await session.browser.defaultBrowserContext().overridePermissions(server.origin, ['clipboard-read', 'clipboard-sanitized-write']);
  });

  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  it('copies our text, not the page\'s, when the page forbids the clipboard', async () => {
    const page = await session.newPage();
    await page.goto(server.url('/no-clipboard'), { waitUntil: 'load' });
    // The page's policy holds: its own clipboard writes are refused.
    expect(await page.evaluate(() => navigator.clipboard.writeText('x').then(() => 'written', (e: unknown) => String(e)))).toMatch(/NotAllowedError|permissions policy/i);
    await session.clickToolbar(page);
    await pierce(page, '.gl-tab, [role="tab"]', 30_000);
    await (await pierce(page, '.gl-copy')).click();
    const status = await page.waitForFunction(
      `(() => { const s = document.querySelector('gloss-root').shadowRoot.querySelector('.gl-status'); return s && s.textContent.trim() ? s.textContent.trim() : null; })()`,
      { timeout: 15_000, polling: 100 },
    );
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
