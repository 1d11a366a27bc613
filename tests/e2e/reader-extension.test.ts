/**
 * The reader's experience through the built extension (its real content script), in Chromium
 * and Firefox ESR: toolbar click on the example, then what a reader does in the page and the
 * sidebar. Only the page's own DOM is used to find words; Gloss's highlights and sidebar are
 * reached as a reader reaches them (pointer, keyboard, the open shadow root).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import {
  BROWSERS,
  launch,
  pierce,
  pierceGone,
  screenshot,
  startServer,
  textOf,
  unavailable,
  type Session,
  type TestServer,
} from './harness';
import { centre, sleep, warmShare, wordBox } from './reader-helpers';
import { exampleHtml } from '../helpers/fixtures';

for (const name of BROWSERS) {
  const why = unavailable(name);
  describe.skipIf(why !== null)(
    `reader experience through the extension in ${name}${why ? ` (skipped: ${why})` : ''}`,
    () => {
      let session: Session;
      let server: TestServer;
      let page: Page;
      let bodyBefore = '';

      beforeAll(async () => {
        server = await startServer();
        // The example under a strict CSP: no inline or injected styles allowed for the page.
        server.route('/strict-csp.html', exampleHtml(), {
          'content-security-policy': "default-src 'self'; style-src 'self'; script-src 'none'",
        });
        session = await launch(name);
        page = await session.newPage();
        await page.goto(server.url('/us-venezuela.html'), { waitUntil: 'load' });
        bodyBefore = await page.evaluate(() => document.body.outerHTML);
        await session.clickToolbar(page);
        await pierce(page, '.gl-tab[data-view="person"]', 30_000);
        // Highlights are in place once the registry has them.
        await page.waitForFunction(
          () => (CSS as unknown as { highlights?: Map<string, unknown> }).highlights?.has('gloss-person') === true,
          { timeout: 15_000 },
        );
      });

      afterAll(async () => {
        await session?.close();
        await server?.close();
      });

      it('puts its ::highlight rules in the page without touching the body (reports the path)', async () => {
        const path = await page.evaluate(() =>
          document.head.querySelector('style[data-gloss="highlights"]')
            ? '<style> in <head>'
            : `document.adoptedStyleSheets (${document.adoptedStyleSheets.length})`,
        );
        console.log(`${name}: page highlight rules via ${path}`);
        const box = await wordBox(page, 'Maduro', { skipIfPreceded: 'Nicolas ' });
        expect(await warmShare(page, box)).toBeGreaterThan(0.3);
      });

      it('clicking a highlighted "Maduro" opens Nicolas Maduro\'s card with his role', async () => {
        const box = await wordBox(page, 'Maduro', { skipIfPreceded: 'Nicolas ' });
        const p = centre(box);
        await page.mouse.click(p.x, p.y);
        expect(await textOf(await pierce(page, '.gl-card-title'))).toBe('Nicolas Maduro');
        expect(await textOf(await pierce(page, '.gl-card-role'))).toContain('Venezuelan President');
        await screenshot(page, `reader-ext-${name}-maduro-card`);
      });

      it('a drag across highlighted names selects text and opens nothing', async () => {
        await (await pierce(page, '.gl-back')).click();
        await pierceGone(page, '.gl-card');
        const a = await wordBox(page, 'Trump', { nth: 1 });
        await page.mouse.move(a.x - 40, a.y + a.height / 2);
        await page.mouse.down();
        await page.mouse.move(a.x + a.width + 60, a.y + a.height / 2, { steps: 8 });
        await page.mouse.up();
        await sleep(200);
        const selected = await page.evaluate(() => document.getSelection()?.toString() ?? '');
        expect(selected).toContain('Trump');
        expect(await page.$('pierce/.gl-card')).toBeNull();
        await page.evaluate(() => document.getSelection()?.removeAllRanges());
      });

      it('clicking a mention in a card scrolls the page to it', async () => {
        const box = await wordBox(page, 'Maduro', { skipIfPreceded: 'Nicolas ' });
        await page.mouse.click(centre(box).x, centre(box).y);
        await pierce(page, '.gl-card-title');
        await page.evaluate(() => window.scrollTo({ top: 0, behavior: 'instant' }));
        const mentions = await page.$$('pierce/.gl-mention');
        const last = mentions[mentions.length - 1]!;
        await last.evaluate((el) => el.scrollIntoView({ block: 'center' }));
        await last.click();
        await page.waitForFunction(() => window.scrollY > 200, { timeout: 5000 });
        await sleep(800);
        const flashed = await page.evaluate(() => {
          const h = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get('gloss-flash');
          const r = h ? [...h][0] : undefined;
          const rect = r?.getBoundingClientRect();
          return { text: r?.toString() ?? '', top: rect?.top ?? -1, vh: window.innerHeight };
        });
        expect(flashed.text).toContain('Maduro');
        expect(flashed.top).toBeGreaterThan(0);
        expect(flashed.top).toBeLessThan(flashed.vh);
      });

      it('hover preview: after the delay on a name, not on a quick pass-over', async () => {
        const hidden = () =>
          page.evaluate(
            () =>
              document.querySelector('gloss-root')?.shadowRoot?.querySelector<HTMLElement>('.gl-hover-preview')
                ?.hidden ?? true,
          );
        const box = await wordBox(page, 'Hegseth');
        const p = centre(box);
        // Pass-over: onto the name and straight off again. Timed, because on a loaded machine the
        // protocol itself can dwell; only a pass-over shorter than the delay proves anything.
        // The left margin beside the line holds no text, so no name.
        await page.mouse.move(3, p.y);
        const t0 = Date.now();
        await page.mouse.move(p.x, p.y);
        await page.mouse.move(3, p.y);
        const dwell = Date.now() - t0;
        await sleep(700);
        if (dwell < 300) expect(await hidden()).toBe(true);
        else console.log(`${name}: pass-over took ${dwell} ms, too slow to judge`);
        await page.mouse.move(p.x, p.y, { steps: 2 });
        await sleep(150);
        expect(await hidden()).toBe(true);
        await sleep(500);
        expect(await hidden()).toBe(false);
        const nameText = await page.evaluate(
          () => document.querySelector('gloss-root')!.shadowRoot!.querySelector('.gl-hover-name')!.textContent,
        );
        expect(nameText).toBe('Pete Hegseth');
        await screenshot(page, `reader-ext-${name}-hover`);
        await page.mouse.move(3, p.y, { steps: 2 });
        await sleep(100);
        expect(await hidden()).toBe(true);
      });

      it('the highlights switch hides and shows them', async () => {
        const sw = await pierce(page, '.gl-highlights-switch');
        await sw.click();
        await page.waitForFunction(
          () => !(CSS as unknown as { highlights: Map<string, unknown> }).highlights.has('gloss-person'),
        );
        await sw.click();
        await page.waitForFunction(() =>
          (CSS as unknown as { highlights: Map<string, unknown> }).highlights.has('gloss-person'),
        );
      });

      it('keyboard: shortcut opens with focus, tabs, a row, the card, Escape twice closes and returns focus to the page', async () => {
        const active = () =>
          page.evaluate(() => {
            const host = [...document.querySelectorAll('*')].find((e) =>
              e.tagName.toLowerCase().startsWith('gloss-root'),
            );
            const a = host?.shadowRoot?.activeElement as HTMLElement | null | undefined;
            return {
              inGloss: document.activeElement === host && !!a,
              cls: a?.className ?? '',
              id: a?.id ?? '',
              entity: a?.dataset.entityId ?? null,
              view: a?.dataset.view ?? null,
            };
          });
        await (await pierce(page, '.gl-close')).click();
        await pierceGone(page, '.gl-sidebar');
        await session.runCommand(page, 'toggle-sidebar');
        await pierce(page, '.gl-tab[data-view="person"]', 30_000);
        await page.waitForFunction(
          () => document.activeElement?.tagName.toLowerCase().startsWith('gloss-root') === true,
          { timeout: 5000 },
        );
        // Tab from the sidebar to the current tab, then arrows to People.
        for (let i = 0; i < 8 && !(await active()).view; i++) await page.keyboard.press('Tab');
        expect((await active()).view).not.toBeNull();
        await page.keyboard.press('Home');
        await page.keyboard.press('ArrowRight');
        expect((await active()).view).toBe('person');
        for (let i = 0; i < 12 && !(await active()).entity; i++) await page.keyboard.press('Tab');
        const row = (await active()).entity;
        expect(row).not.toBeNull();
        await page.keyboard.press('Enter');
        await pierce(page, '.gl-card-title');
        expect((await active()).id).toBe('gl-card-title');
        await page.keyboard.press('Escape');
        await pierceGone(page, '.gl-card');
        expect((await active()).entity).toBe(row);
        await page.keyboard.press('Escape');
        await pierceGone(page, '.gl-sidebar');
        expect((await active()).inGloss).toBe(false);
      });

      it('a strict page CSP (style-src self) neither unstyles the sidebar nor stops the highlights', async () => {
        const strict = await session.newPage();
        await strict.goto(server.url('/strict-csp.html'), { waitUntil: 'load' });
        // The CSP is in force: the page's own inline <style> (body in Georgia) was blocked.
        expect(await strict.evaluate(() => getComputedStyle(document.body).fontFamily)).not.toContain('Georgia');
        await session.clickToolbar(strict);
        await pierce(strict, '.gl-tab[data-view="person"]', 30_000);
        const seen = await strict.evaluate(() => {
          const host = [...document.querySelectorAll('*')].find((e) =>
            e.tagName.toLowerCase().startsWith('gloss-root'),
          )!;
          const cs = getComputedStyle(host.shadowRoot!.querySelector('.gl-sidebar')!);
          return {
            position: cs.position,
            font: cs.fontFamily,
            person: (CSS as unknown as { highlights: Map<string, unknown> }).highlights.has('gloss-person'),
          };
        });
        expect(seen.position).toBe('fixed');
        expect(seen.font).toContain('system-ui');
        expect(seen.person).toBe(true);
        const box = await wordBox(strict, 'Maduro', { skipIfPreceded: 'Nicolas ' });
        expect(await warmShare(strict, box)).toBeGreaterThan(0.3);
        await screenshot(strict, `reader-ext-${name}-strict-csp`);
        await strict.close();
      });

      it('the page body is unchanged apart from our element', async () => {
        const after = await page.evaluate(() => {
          const clone = document.body.cloneNode(true) as HTMLElement;
          clone.querySelectorAll('*').forEach((e) => {
            if (e.tagName.toLowerCase().startsWith('gloss-root')) e.remove();
          });
          return clone.outerHTML;
        });
        expect(after).toBe(bodyBefore);
      });
    },
  );
}
