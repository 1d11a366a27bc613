/**
 * The reader corrects Gloss, in Chromium and Firefox ESR with the built extension, on the example
 * article: a type changed, a name hidden, two names merged ("Same as…"), a wrong other name split
 * off and undone; the page reloaded shows the corrections again; the settings page clears them and
 * the open tab follows. Corrections stored in an older form are read; in Chromium, a full storage
 * is reported in the sidebar while the correction still holds on the page.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { prepareClipboard, readClipboard } from './clipboard';
import {
  BROWSERS,
  glossText,
  launch,
  pierce,
  pierceGone,
  startServer,
  tabAt,
  textOf,
  unavailable,
  type Session,
  type TestServer,
} from './harness';

/** Runs in the open shadow root: the names listed in the current tab panel. */
const LISTED = `(() => [...document.querySelector('gloss-root').shadowRoot.querySelectorAll('.gl-entity .gl-row-name')].map((e) => e.textContent))()`;

async function listed(page: Page): Promise<string[]> {
  return (await page.evaluate(LISTED)) as string[];
}

async function showTab(page: Page, view: 'person' | 'organization' | 'place'): Promise<void> {
  await (await pierce(page, `[role="tab"][data-view="${view}"]`)).click();
  await pierce(page, `[role="tab"][data-view="${view}"][aria-selected="true"]`);
}

async function openCard(page: Page, view: 'person' | 'organization' | 'place', id: string): Promise<void> {
  const back = await page.evaluate(`!!document.querySelector('gloss-root').shadowRoot.querySelector('.gl-back')`);
  if (back) await (await pierce(page, '.gl-back')).click();
  await showTab(page, view);
  await (await pierce(page, `.gl-entity[data-entity-id="${id}"]`)).click();
  await pierce(page, `.gl-card[data-entity-id="${id}"]`);
  await (await pierce(page, '.gl-correct > summary')).click();
  await pierce(page, '.gl-correct[open]');
}

async function openSidebar(session: Session, page: Page): Promise<void> {
  await session.clickToolbar(page);
  await pierce(page, '.gl-briefline', 30_000);
}

/** The text of the page's highlight of this kind, range by range (read from the page's own registry). */
async function highlighted(page: Page, kind: string): Promise<string[] | null> {
  return (await page.evaluate(`(() => {
    const h = CSS.highlights && CSS.highlights.get('gloss-${kind}');
    return h ? [...h].map((r) => r.toString()) : null;
  })()`)) as string[] | null;
}

/** The settings page, opened from the sidebar's footer as a reader would. */
async function settingsPage(session: Session, page: Page): Promise<Page> {
  await (await pierce(page, '.gl-open-options')).click();
  const options = await tabAt(session, '/extension/options/options.html');
  await options.waitForSelector('#h-corrections');
  return options;
}

const storageLocal = (code: string) =>
  `(async () => { const local = (globalThis.browser ?? globalThis.chrome).storage.local; ${code} })()`;

for (const name of BROWSERS) {
  const why = unavailable(name);
  describe.skipIf(why !== null)(`the reader corrects Gloss in ${name}${why ? ` (skipped: ${why})` : ''}`, () => {
    let session: Session;
    let server: TestServer;
    let page: Page;

    beforeAll(async () => {
      server = await startServer();
      session = await launch(name);
      page = await session.newPage();
      await prepareClipboard(session, server);
      await page.goto(server.url('/us-venezuela.html'), { waitUntil: 'load' });
      await openSidebar(session, page);
    }, 60_000);

    afterAll(async () => {
      await session?.close();
      await server?.close();
    });

    it('changes a type: the card says so, and the entity moves to its new list', async () => {
      await openCard(page, 'organization', 'white-house');
      await (await pierce(page, '.gl-correct-type button[data-type="place"]')).click();
      await pierce(page, '.gl-card[data-entity-id="white-house"] .gl-mine');
      expect(await textOf(await pierce(page, '.gl-card .gl-badge'))).toBe('Place');
      expect(await textOf(await pierce(page, '.gl-mine-list'))).toContain('Type set to place; Gloss read organisation');
      await (await pierce(page, '.gl-back')).click();
      await pierce(page, '[role="tab"][data-view="place"][aria-selected="true"]');
      expect(await listed(page)).toContain('White House');
      await showTab(page, 'organization');
      expect(await listed(page)).not.toContain('White House');
    }, 60_000);

    it('hides a name: gone from the list, listed under "Hidden by you", its highlight gone', async () => {
      const before = await highlighted(page, 'organization');
      console.log(`${name}: organisation highlights readable from the page: ${before !== null}`);
      if (before) expect(before).toContain('OPEC');
      await openCard(page, 'organization', 'opec');
      await (await pierce(page, '.gl-hide')).click();
      await pierceGone(page, '.gl-card');
      await showTab(page, 'organization');
      expect(await listed(page)).not.toContain('OPEC');
      expect(await textOf(await pierce(page, '.gl-hidden-by-reader summary'))).toBe('Hidden by you (1)');
      if (before)
        await page.waitForFunction(
          `(() => { const h = CSS.highlights.get('gloss-organization'); return h && ![...h].some((r) => r.toString() === 'OPEC'); })()`,
          { timeout: 10_000, polling: 100 },
        );
    }, 60_000);

    it('merges one name into another ("Same as…"): the card follows to the one kept', async () => {
      await openCard(page, 'person', 'jorge-rodriguez');
      await (await pierce(page, '.gl-correct-same')).select('delcy-rodriguez');
      await (await pierce(page, '.gl-merge:not([disabled])')).click();
      await pierce(page, '.gl-card[data-entity-id="delcy-rodriguez"] .gl-mine');
      expect(await textOf(await pierce(page, '.gl-mine-list'))).toContain('“Jorge Rodriguez” merged in as the same');
      expect(await textOf(await pierce(page, '#gl-card-mentions'))).toBe('Mentions (2)');
    }, 60_000);

    it('splits a wrong other name off, then undoes it', async () => {
      await openCard(page, 'person', 'donald-trump');
      const before = await textOf(await pierce(page, '#gl-card-mentions'));
      await (await pierce(page, '.gl-correct-split')).select('Trump');
      await (await pierce(page, '.gl-split')).click();
      await pierce(page, '.gl-card[data-entity-id="donald-trump"] .gl-mine');
      expect(await textOf(await pierce(page, '.gl-mine-list'))).toContain('“Trump” split off as another name');
      expect(await textOf(await pierce(page, '#gl-card-mentions'))).not.toBe(before);
      await (await pierce(page, '.gl-back')).click();
      await pierce(page, '.gl-entity-list');
      expect(await listed(page)).toEqual(expect.arrayContaining(['Donald Trump', 'Trump']));

      await (await pierce(page, '.gl-entity[data-entity-id="donald-trump"]')).click();
      await (await pierce(page, '.gl-card .gl-undo')).click();
      await pierceGone(page, '.gl-card .gl-mine');
      expect(await textOf(await pierce(page, '#gl-card-mentions'))).toBe(before);
    }, 60_000);

    it('after a reload the corrections apply again, and the export carries them', async () => {
      await page.reload({ waitUntil: 'load' });
      await openSidebar(session, page);
      await showTab(page, 'organization');
      expect(await listed(page)).not.toContain('OPEC');
      expect(await listed(page)).not.toContain('White House');
      expect(await textOf(await pierce(page, '.gl-hidden-by-reader summary'))).toBe('Hidden by you (1)');
      await showTab(page, 'place');
      expect(await listed(page)).toContain('White House');
      await showTab(page, 'person');
      const people = await listed(page);
      expect(people).not.toContain('Jorge Rodriguez');
      expect(people).not.toContain('Trump');
      await (await pierce(page, '.gl-entity[data-entity-id="delcy-rodriguez"]')).click();
      expect(await textOf(await pierce(page, '.gl-mine-list'))).toContain('“Jorge Rodriguez” merged in as the same');
      await (await pierce(page, '.gl-back')).click();
      await (await pierce(page, '.gl-copy')).click();
      await page.waitForFunction(
        `document.querySelector('gloss-root').shadowRoot.querySelector('.gl-status').textContent.includes('copied')`,
        { timeout: 15_000, polling: 100 },
      );
      const md = await readClipboard(session, server);
      await page.bringToFront();
      expect(md).toContain('- **Delcy Rodriguez**');
      expect(md).toMatch(/- \*\*Delcy Rodriguez\*\*.*\(corrected by you: “Jorge Rodriguez” merged in as the same\)/);
      expect(md).toMatch(/- \*\*White House\*\*.*\(corrected by you: Type set to place; Gloss read organisation\)/);
      expect(md).toContain('## Hidden by you\n\n- OPEC');
    }, 90_000);

    it('the settings page lists and clears them, and the open tab follows', async () => {
      const options = await settingsPage(session, page);
      await options.waitForSelector('.corrections-list li');
      const items = await options.$$eval('.corrections-list li', (els) => els.map((e) => e.textContent));
      expect(items).toEqual([
        '“White House” is a place',
        '“OPEC” hidden',
        '“Jorge Rodriguez” is the same as “Delcy Rodriguez”',
      ]);
      await options.click('.clear-corrections');
      await options.waitForFunction(
        `document.querySelector('.corrections-status').textContent.startsWith('Your corrections were cleared')`,
        { timeout: 15_000 },
      );
      await options.waitForSelector('.corrections-none');
      expect(
        await options.evaluate(
          storageLocal(`return (await local.get('glossCorrections')).glossCorrections.items.length;`),
        ),
      ).toBe(0);
      await options.close();
      await page.bringToFront();
      await showTab(page, 'organization');
      await page.waitForFunction(`${LISTED}.includes('OPEC') && ${LISTED}.includes('White House')`, {
        timeout: 15_000,
        polling: 100,
      });
      await pierceGone(page, '.gl-hidden-by-reader');
      await showTab(page, 'person');
      expect(await listed(page)).toContain('Jorge Rodriguez');
    }, 60_000);

    it('reads corrections stored in the first form (a bare list) and keeps a corrupt value aside', async () => {
      const options = await settingsPage(session, page);
      await options.evaluate(
        storageLocal(
          `await local.set({ glossCorrections: [{ id: 'old1', kind: 'hide', name: 'OPEC', site: null, at: 1 }] });`,
        ),
      );
      await options.close();
      await page.reload({ waitUntil: 'load' });
      await openSidebar(session, page);
      await showTab(page, 'organization');
      expect(await listed(page)).not.toContain('OPEC');

      const again = await settingsPage(session, page);
      await again.evaluate(storageLocal(`await local.set({ glossCorrections: 'not corrections' });`));
      await again.close();
      await page.reload({ waitUntil: 'load' });
      await openSidebar(session, page);
      await showTab(page, 'organization');
      expect(await listed(page)).toContain('OPEC');
      await openCard(page, 'organization', 'opec');
      await (await pierce(page, '.gl-hide')).click();
      await pierceGone(page, '.gl-card');
      const last = await settingsPage(session, page);
      const kept = (await last.evaluate(storageLocal(`return await local.get(null);`))) as Record<string, unknown>;
      expect(kept['glossCorrections:unreadable']).toBe('not corrections');
      expect((kept.glossCorrections as { items: Array<{ name: string }> }).items.map((c) => c.name)).toEqual(['OPEC']);
      await last.evaluate(storageLocal(`await local.remove(['glossCorrections', 'glossCorrections:unreadable']);`));
      await last.close();
      await page.bringToFront();
    }, 90_000);

    it.skipIf(name !== 'chromium')(
      'a full storage: the sidebar says so, and the correction holds on the page',
      async () => {
        const options = await settingsPage(session, page);
        // storage.local holds 10 MB for an extension without unlimitedStorage: fill it.
        // One large item, then the last bytes with a small one, so that no correction fits.
        const filled = await options.evaluate(
          storageLocal(`
        let size = 10 * 1024 * 1024;
        for (;;) {
          try { await local.set({ filler: 'x'.repeat(size) }); break; } catch { size -= 4096; if (size <= 0) return 0; }
        }
        let lo = 0, hi = 8192;
        while (lo < hi) {
          const mid = Math.ceil((lo + hi) / 2);
          try { await local.set({ filler2: 'x'.repeat(mid) }); lo = mid; } catch { hi = mid - 1; }
        }
        await local.set({ filler2: 'x'.repeat(lo) });
        return size + lo;`),
        );
        expect(filled).toBeGreaterThan(0);
        await options.close();
        await page.bringToFront();
        await showTab(page, 'person');
        await openCard(page, 'person', 'pete-hegseth');
        await (await pierce(page, '.gl-correct-type button[data-type="other"]')).click();
        await pierce(page, '.gl-card[data-entity-id="pete-hegseth"] .gl-mine');
        const notice = await pierce(page, '.gl-save-notice', 15_000).catch(async (e: unknown) => {
          throw new Error(`no notice; Gloss showed: ${await glossText(page)}`, { cause: e });
        });
        expect(await textOf(notice)).toBe(
          "Gloss could not keep this correction: the browser's storage for Gloss on this device is full. It applies on this page until you reload it.",
        );
        const cleanup = await settingsPage(session, page);
        await cleanup.evaluate(storageLocal(`await local.remove(['filler', 'filler2']);`));
        await cleanup.close();
      },
      90_000,
    );
  });
}
