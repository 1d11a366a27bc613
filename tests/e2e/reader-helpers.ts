/** Helpers shared by the reader tests (tests/e2e/reader-*.test.ts). */
import type { Page } from 'puppeteer-core';
import { PNG } from 'pngjs';

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * Share of the pixels in a viewport box that carry the person tint (warm, light). The viewport
 * is captured as shown and cropped here: clip coordinates differ between the two protocols.
 */
export type PixelTest = (r: number, g: number, b: number) => boolean;
/** The person tint over a light page (e.g. rgb(255 232 198) on white). */
export const warmOnLight: PixelTest = (r, g, b) => r - b > 25 && r > 200 && g > 180;
/** The person tint over a dark page (e.g. rgb(80 57 24) on #121212). */
export const warmOnDark: PixelTest = (r, g, b) => r - b > 30 && r > 55 && r < 160;

export async function warmShare(page: Page, box: Box, isWarm: PixelTest = warmOnLight): Promise<number> {
  const png = PNG.sync.read(Buffer.from(await page.screenshot({ captureBeyondViewport: false })));
  const scale = png.width / (await page.evaluate(() => window.innerWidth));
  const x0 = Math.max(0, Math.floor(box.x * scale));
  const y0 = Math.max(0, Math.floor(box.y * scale));
  const x1 = Math.min(png.width, Math.ceil((box.x + box.width) * scale));
  const y1 = Math.min(png.height, Math.ceil((box.y + box.height) * scale));
  let warm = 0;
  for (let y = y0; y < y1; y++) {
    for (let x = x0; x < x1; x++) {
      const i = (y * png.width + x) * 4;
      const r = png.data[i]!;
      const g = png.data[i + 1]!;
      const b = png.data[i + 2]!;
      if (isWarm(r, g, b)) warm++;
    }
  }
  return warm / Math.max(1, (x1 - x0) * (y1 - y0));
}

/**
 * Finds the `nth` occurrence of `word` in the page's article text (inside <article> when there
 * is one), skipping those that `skipIfPreceded` directly precedes; scrolls it to the middle of
 * the view and returns its first line box. Uses only the page's own DOM.
 */
export async function wordBox(
  page: Page,
  word: string,
  opts: { nth?: number; skipIfPreceded?: string } = {},
): Promise<Box> {
  const box = await page.evaluate(
    (w: string, nth: number, skip: string) => {
      const root = document.querySelector('article') ?? document.body;
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      let seen = 0;
      for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
        let i = n.data.indexOf(w);
        while (i !== -1) {
          const before = n.data.slice(Math.max(0, i - skip.length), i);
          if (!skip || before !== skip) {
            if (seen === nth) {
              n.parentElement!.scrollIntoView({ block: 'center', behavior: 'instant' });
              const r = document.createRange();
              r.setStart(n, i);
              r.setEnd(n, i + w.length);
              const c = r.getClientRects()[0]!;
              return { x: c.left, y: c.top, width: c.width, height: c.height };
            }
            seen++;
          }
          i = n.data.indexOf(w, i + w.length);
        }
      }
      return null;
    },
    word,
    opts.nth ?? 0,
    opts.skipIfPreceded ?? '',
  );
  if (!box) throw new Error(`"${word}" not found in the page`);
  await new Promise((r) => setTimeout(r, 100));
  return box;
}

export const centre = (b: Box) => ({ x: b.x + b.width / 2, y: b.y + b.height / 2 });
export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
