/**
 * `npm run example`: Gloss on the example article, in Chromium with the built extension loaded.
 * Serves the project's copy of the example page on 127.0.0.1, clicks Gloss's toolbar button,
 * waits for the briefing, saves a screenshot and prints its path. With a display (DISPLAY or
 * WAYLAND_DISPLAY set) the window stays open until you close it; without one it runs headless.
 */
import puppeteer from 'puppeteer-core';
import { existsSync } from 'node:fs';
import { distDir, glossText, OUTPUT_DIR, pierce, screenshot, startServer } from '../tests/e2e/harness';

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(chromium)) {
  console.error(`Chromium not found at ${chromium}. Install it (apt-get install -y chromium) or set CHROMIUM_PATH.`);
  process.exit(1);
}
const headful = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
const server = await startServer();
const browser = await puppeteer.launch({
  executablePath: chromium,
  headless: !headful,
  pipe: true,
  enableExtensions: [distDir('chromium')],
  defaultViewport: headful ? null : { width: 1280, height: 900 },
  args: [
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-quic',
    ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
    ...(headful ? ['--window-size=1280,900'] : ['--disable-gpu']),
  ],
});
try {
  const worker = await browser.waitForTarget(
    (t) => t.type() === 'service_worker' && t.url().endsWith('/background.js'),
    { timeout: 20_000 },
  );
  const extensionId = new URL(worker.url()).host;
  const page = await browser.newPage();
  for (const p of await browser.pages()) if (p !== page && p.url() === 'about:blank') await p.close();
  const url = server.url('/us-venezuela.html');
  await page.goto(url, { waitUntil: 'load' });
  await (await browser.extensions()).get(extensionId)!.triggerAction(page);
  await pierce(page, '.gl-title', 30_000);
  // Wait for the analysis (the view tabs carry its counts) before the picture.
  await pierce(page, '.gl-tab-count', 30_000);
  await new Promise((r) => setTimeout(r, 300));
  const shot = await screenshot(page, 'example-chromium');
  console.log(`Gloss ran on ${url} in Chromium (${headful ? 'window' : 'headless'}).`);
  console.log(`Sidebar: ${(await glossText(page)).slice(0, 160)}…`);
  console.log(`Screenshot: ${shot}`);
  if (headful) {
    console.log('The window stays open; close it (or press Ctrl+C) to finish.');
    await new Promise<void>((resolve) => browser.on('disconnected', () => resolve()));
  }
} catch (e) {
  console.error(`The example run failed: ${e instanceof Error ? e.message : String(e)}`);
  if (e instanceof Error && e.cause) console.error(`  because: ${String(e.cause)}`);
  console.error(`(screenshots and output go to ${OUTPUT_DIR})`);
  process.exitCode = 1;
} finally {
  if (browser.connected) await browser.close();
  await server.close();
}
