/**
 * Hostile pages, in real Chromium and Firefox ESR with the built extension (issue 8):
 * a strict CSP (`default-src 'none'`), built-ins overwritten by the page, a page that already
 * uses our element's name, page CSS `* { all: unset !important }`, names and quotes that contain
 * markup, iframes (top frame only), and an article inside shadow DOM. Every page is served by the
 * harness server; the sidebar is opened with a real toolbar click.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { BROWSERS, launch, pierce, screenshot, startServer, textOf, unavailable, type Session, type TestServer } from './harness';
import { collectErrors, examplePage, glossErrors, glossStatus, highlightInfo, hostNames, sidebarTitle, totalRanges, until } from './hostile-support';
import { exampleExpected } from '../helpers/fixtures';

const TITLE: string = exampleExpected().article.title;

/** Computed styles of the sidebar's boxes that page CSS must not change. */
async function sidebarLook(page: Page): Promise<Record<string, string>> {
  await pierce(page, '.gl-title');
  return page.evaluate(() => {
    const out: Record<string, string> = {};
    const all = document.querySelectorAll('*');
    let root: ShadowRoot | null = null;
    for (let i = 0; i < all.length; i++) if (all[i]!.tagName.toLowerCase().startsWith('gloss-root') && all[i]!.shadowRoot?.querySelector('.gl-sidebar')) root = all[i]!.shadowRoot;
    if (!root) return out;
    const props = ['position', 'display', 'width', 'background-color', 'color', 'font-size', 'font-family', 'border-left-width', 'z-index', 'visibility', 'opacity'];
    const sels = ['.gl-sidebar', '.gl-title', '.gl-close'];
    for (let s = 0; s < sels.length; s++) {
      const el = root.querySelector(sels[s]!);
      if (!el) continue;
      const cs = getComputedStyle(el);
      for (let p = 0; p < props.length; p++) out[`${sels[s]} ${props[p]}`] = cs.getPropertyValue(props[p]!);
    }
    const box = root.querySelector('.gl-sidebar')!.getBoundingClientRect();
    out['.gl-sidebar box'] = `${Math.round(box.width)}x${Math.round(box.height)}`;
    return out;
  });
}

/** The box of the first person highlight in view (viewport pixels), or null. */
async function firstNameBox(page: Page): Promise<{ x: number; y: number; width: number; height: number } | null> {
  const rect = await page.evaluate(() => {
    const h = (CSS as unknown as { highlights: { get(n: string): Set<Range> | undefined } }).highlights.get('gloss-person');
    let first: Range | null = null;
    h?.forEach((r) => {
      if (!first && r.getBoundingClientRect().top > 0 && r.getBoundingClientRect().bottom < innerHeight) first = r;
    });
    if (!first) return null;
    const b = (first as Range).getBoundingClientRect();
    return { x: Math.floor(b.left), y: Math.floor(b.top), width: Math.ceil(b.width), height: Math.ceil(b.height) };
  });
  return rect && rect.width >= 2 && rect.height >= 2 ? rect : null;
}

for (const name of BROWSERS) {
  const why = unavailable(name);
  describe.skipIf(why !== null)(`hostile pages in ${name}${why ? ` (skipped: ${why})` : ''}`, () => {
    let session: Session;
    let server: TestServer;
    let control: Record<string, string>;

    const open = async (path: string): Promise<{ page: Page; errors: string[] }> => {
      const page = await session.newPage();
      const errors = collectErrors(page);
      await page.goto(server.url(path), { waitUntil: 'load' });
      await session.clickToolbar(page);
      return { page, errors };
    };
    /** Waits until the analysis is shown and highlights are registered. */
    const analysed = async (page: Page) => until(page, 'highlights', async () => {
      const h = await highlightInfo(page);
      return totalRanges(h) > 0 ? h : null;
    });

    beforeAll(async () => {
      server = await startServer();
      server.route('/plain', examplePage());
      // A page whose snapshot is larger than one message part (64K characters): it crosses in parts.
      server.route(
        '/large',
        examplePage({ bodyEnd: `<footer class="site-footer"><ul>${Array.from({ length: 1500 }, (_, i) => `<li class="footer-link item-${i}"><a href="/section/${i}">Section number ${i} of the site</a></li>`).join('')}</ul></footer>` }),
      );
      server.route('/csp', examplePage(), { 'Content-Security-Policy': "default-src 'none'" });
      server.route(
        '/builtins',
        examplePage({
          head: `<script>
            window.__hostile = { map: 0, parse: 0, fetch: 0, define: 0, attach: 0 };
            Array.prototype.map = function () { window.__hostile.map++; return []; };
            JSON.parse = function () { window.__hostile.parse++; return { poisoned: true }; };
            window.fetch = function () { window.__hostile.fetch++; return Promise.reject(new Error('fetch poisoned')); };
            customElements.define = function () { window.__hostile.define++; throw new Error('define poisoned'); };
            Element.prototype.attachShadow = function () { window.__hostile.attach++; throw new Error('attachShadow poisoned'); };
          </script>`,
        }),
      );
      server.route(
        '/taken-name',
        examplePage({
          head: `<script>
            customElements.define('gloss-root', class extends HTMLElement {
              constructor() { super(); const r = this.attachShadow({ mode: 'open' }); r.textContent = 'the page widget'; }
            });
          </script>`,
          bodyStart: '<gloss-root id="page-own" data-x="1">page text in its own gloss-root</gloss-root>',
        }),
      );
      server.route(
        '/taken-name-defined-only',
        examplePage({
          head: `<script>
            window.__constructed = 0;
            customElements.define('gloss-root', class extends HTMLElement {
              constructor() { super(); window.__constructed++; this.attachShadow({ mode: 'closed' }); }
            });
          </script>`,
        }),
      );
      server.route('/unset', examplePage({ head: '<style>* { all: unset !important; } </style>' }));
      server.route(
        '/markup',
        examplePage({ head: '<script>window.__pwned = 0;</script>' }).replace(
          /(<p class="byline">.*?<\/p>)/,
          `$1
          <p>&ldquo;&lt;img src=x onerror=window.__pwned=1&gt; is not a policy, and &lt;script&gt;window.__pwned=2&lt;/script&gt; is not an answer,&rdquo; said Maria &lt;b onmouseover=&quot;window.__pwned=3&quot;&gt;Lopez&lt;/b&gt;, a senator from Florida, on Tuesday.</p>
          <p>Senator Lopez &lt;img src=y onerror=window.__pwned=4&gt; added that she would ask the Senate for a vote next week.</p>`,
        ),
      );
      server.route('/framed', examplePage({ bodyEnd: '<iframe id="f" src="/frame-article" width="700" height="500"></iframe>' }));
      server.route(
        '/frame-article',
        examplePage().replace('<title>', '<title>FRAME ').replace(/<h1>/, '<h1>FRAME '),
      );
      // A news component that renders its article into its own shadow root, open or closed. The
      // page keeps the root where the test (page world) can reach it even when it is closed.
      const shadowPage = (mode: 'open' | 'closed') => `<!doctype html><html lang="en"><head><title>Shadow article</title></head><body>
          <header><a href="/">Home</a></header>
          <news-article></news-article>
          <script>
            customElements.define('news-article', class extends HTMLElement {
              connectedCallback() {
                const root = this.attachShadow({ mode: '${mode}' });
                window.__newsRoot = root;
                const art = document.createElement('article');
                const h = document.createElement('h1');
                h.textContent = 'Senate passes the budget after a long night';
                art.appendChild(h);
                for (let i = 0; i < 12; i++) {
                  const p = document.createElement('p');
                  p.textContent = 'Senator Maria Lopez said the budget would fund new schools in Miami and Orlando. "This is a good day for Florida," she told reporters on Tuesday, adding that the vote had taken more than twelve hours of debate in the chamber.';
                  art.appendChild(p);
                }
                root.appendChild(art);
              }
            });
          </script>
        </body></html>`;
      server.route('/shadow', shadowPage('open'));
      server.route('/shadow-closed', shadowPage('closed'));
      session = await launch(name);
      const { page } = await open('/plain');
      control = await sidebarLook(page);
      await page.close();
    });

    afterAll(async () => {
      await session?.close();
      await server?.close();
    });

    it('a strict CSP (default-src none): the sidebar renders with its styles and the highlights paint', async () => {
      const { page, errors } = await open('/csp');
      expect(await textOf(await pierce(page, '.gl-title'))).toBe(TITLE);
      expect(await sidebarLook(page)).toEqual(control);
      const h = await analysed(page);
      expect(h.counts['gloss-person']).toBeGreaterThan(0);
      expect(h.people.join(' ')).toContain('Trump');
      // Painted: the pixels of a highlighted name change when the highlights are switched off.
      const box = await until(page, 'a highlighted name in view', () => firstNameBox(page));
      const on = Buffer.from(await page.screenshot({ clip: box }));
      // The sidebar's own switch (the reader's path; same effect as the shortcut).
      await (await pierce(page, '.gl-highlights-switch')).click();
      const off = await until(page, 'the name repainted without its highlight', async () => {
        const shot = Buffer.from(await page.screenshot({ clip: box }));
        return shot.equals(on) ? null : shot;
      });
      expect(off.equals(on)).toBe(false);
      // And back on: the same pixels as before.
      await (await pierce(page, '.gl-highlights-switch')).click();
      await until(page, 'the highlight painted again', async () => Buffer.from(await page.screenshot({ clip: box })).equals(on));
      await screenshot(page, `hostile-${name}-csp`);
      expect(glossErrors(errors)).toEqual([]);
      await page.close();
    });

    it('built-ins overwritten by the page (map, JSON.parse, fetch, customElements.define, attachShadow): the isolated world holds', async () => {
      const { page, errors } = await open('/builtins');
      expect(await textOf(await pierce(page, '.gl-title'))).toBe(TITLE);
      const h = await analysed(page);
      expect(h.people.join(' ')).toContain('Trump');
      await pierce(page, '.gl-quote-text');
      // None of the page's poisoned functions was ever called by Gloss.
      const calls = await page.evaluate(() => (window as unknown as { __hostile: Record<string, number> }).__hostile);
      expect(calls).toEqual({ map: 0, parse: 0, fetch: 0, define: 0, attach: 0 });
      expect(await sidebarLook(page)).toEqual(control);
      expect(glossErrors(errors)).toEqual([]);
      await page.close();
    });

    it("a page that already uses our element's name keeps its element; ours gets another name", async () => {
      const { page, errors } = await open('/taken-name');
      expect(await textOf(await pierce(page, '.gl-title'))).toBe(TITLE);
      const hosts = await hostNames(page);
      expect(hosts).toHaveLength(1);
      expect(hosts[0]).toMatch(/^gloss-root-[a-z0-9]+$/);
      const own = await page.evaluate(() => {
        const el = document.getElementById('page-own')!;
        return { text: el.textContent, shadow: el.shadowRoot?.textContent, attrs: el.getAttributeNames().join(','), count: document.querySelectorAll('gloss-root').length };
      });
      expect(own).toEqual({ text: 'page text in its own gloss-root', shadow: 'the page widget', attrs: 'id,data-x', count: 1 });
      await analysed(page);
      expect(glossErrors(errors)).toEqual([]);
      await page.close();

      // Defined by the page but not used yet: the page's constructor must not take our element.
      const second = await open('/taken-name-defined-only');
      expect(await textOf(await pierce(second.page, '.gl-title'))).toBe(TITLE);
      expect((await hostNames(second.page))[0]).toMatch(/^gloss-root-[a-z0-9]+$/);
      expect(glossErrors(second.errors)).toEqual([]);
      await second.page.close();
    });

    it('page CSS `* { all: unset !important }` does not reach the sidebar', async () => {
      const { page, errors } = await open('/unset');
      expect(await textOf(await pierce(page, '.gl-title'))).toBe(TITLE);
      expect(await sidebarLook(page)).toEqual(control);
      await analysed(page);
      await screenshot(page, `hostile-${name}-all-unset`);
      expect(glossErrors(errors)).toEqual([]);
      await page.close();
    });

    it('names and quotes containing markup are shown as text, never run', async () => {
      const { page, errors } = await open('/markup');
      await analysed(page);
      const quotes = await until(page, 'the markup quote', async () => {
        const texts = await page.evaluate(() => {
          let out = '';
          const all = document.querySelectorAll('*');
          for (let i = 0; i < all.length; i++) {
            const r = all[i]!.shadowRoot;
            if (!all[i]!.tagName.toLowerCase().startsWith('gloss-root') || !r) continue;
            const q = r.querySelectorAll('.gl-quote-text');
            for (let k = 0; k < q.length; k++) out += `${q[k]!.textContent}\n`;
          }
          return out;
        });
        return texts.includes('<img src=x onerror=') ? texts : null;
      });
      expect(quotes).toContain('<script>window.__pwned=2</script>');
      const state = await page.evaluate(() => {
        let imgs = 0;
        let scripts = 0;
        let handlers = 0;
        const all = document.querySelectorAll('*');
        for (let i = 0; i < all.length; i++) {
          const r = all[i]!.shadowRoot;
          if (!all[i]!.tagName.toLowerCase().startsWith('gloss-root') || !r) continue;
          imgs += r.querySelectorAll('img').length;
          scripts += r.querySelectorAll('script').length;
          const inner = r.querySelectorAll('*');
          for (let k = 0; k < inner.length; k++) {
            const names = inner[k]!.getAttributeNames();
            for (let n = 0; n < names.length; n++) if (names[n]!.startsWith('on')) handlers++;
          }
        }
        return { pwned: (window as unknown as { __pwned: number }).__pwned, imgs, scripts, handlers, pageImgs: document.images.length };
      });
      // The page's own images only (the escaped ones in the text are not elements).
      const pageImgs = (examplePage().match(/<img\b/gi) ?? []).length;
      expect(state).toEqual({ pwned: 0, imgs: 0, scripts: 0, handlers: 0, pageImgs });
      expect(glossErrors(errors)).toEqual([]);
      await page.close();
    });

    it('iframes: Gloss runs in the top frame only', async () => {
      const { page, errors } = await open('/framed');
      expect(await textOf(await pierce(page, '.gl-title'))).toBe(TITLE);
      await analysed(page);
      const frame = page.frames().find((f) => f.url().endsWith('/frame-article'));
      expect(frame).toBeTruthy();
      const inFrame = await frame!.evaluate(() => ({
        hosts: document.querySelectorAll('*').length > 0 ? [...document.querySelectorAll('*')].filter((e) => e.tagName.toLowerCase().startsWith('gloss')).length : 0,
        marks: performance.getEntriesByType('mark').filter((m) => m.name.startsWith('gloss:')).length,
      }));
      expect(inFrame).toEqual({ hosts: 0, marks: 0 });
      // The shortcut too acts on the top frame.
      await session.runCommand(page, 'toggle-sidebar');
      await until(page, 'sidebar closed', async () => (await hostNames(page)).length === 0);
      await session.runCommand(page, 'toggle-sidebar');
      await pierce(page, '.gl-title');
      expect(await sidebarTitle(page)).toBe(TITLE);
      const again = await frame!.evaluate(() => [...document.querySelectorAll('*')].filter((e) => e.tagName.toLowerCase().startsWith('gloss')).length);
      expect(again).toBe(0);
      expect(glossErrors(errors)).toEqual([]);
      await page.close();
    });

    it.each([
      ['open', '/shadow'],
      ['closed', '/shadow-closed'],
    ])('an article inside a shadow root (%s) is found, listed and highlighted inside the component', async (_mode, path) => {
      const { page, errors } = await open(path);
      const shown = await until(page, 'a settled sidebar state', async () => {
        const t = await page.evaluate(() => {
          const all = document.querySelectorAll('*');
          for (let i = 0; i < all.length; i++) {
            const r = all[i]!.shadowRoot;
            if (!all[i]!.tagName.toLowerCase().startsWith('gloss-root') || !r) continue;
            if (r.querySelector('.gl-error')) return 'error';
            if (r.querySelector('.gl-empty')) return 'empty';
            if (r.querySelector('.gl-title')) return 'article';
          }
          return null;
        });
        return t;
      });
      expect(shown).toBe('article');
      expect(await sidebarTitle(page)).toBe('Senate passes the budget after a long night');
      const h = await analysed(page);
      expect(h.counts['gloss-person'] ?? 0).toBeGreaterThan(0);
      expect(h.people).toContain('Maria Lopez');
      // The highlighted ranges are the component's own text nodes, and its shadow root has the styles.
      const inside = await page.evaluate(() => {
        const root = (window as unknown as { __newsRoot: ShadowRoot }).__newsRoot;
        const hl = (CSS as unknown as { highlights: { get(n: string): Set<Range> | undefined } }).highlights.get('gloss-person');
        let ranges = 0;
        let texts = '';
        hl?.forEach((r) => {
          if (r.startContainer.getRootNode() === root) ranges++;
          texts += `${r.toString()}|`;
        });
        return { ranges, texts, sheets: root.adoptedStyleSheets.length };
      });
      expect(inside.ranges).toBeGreaterThan(0);
      expect(inside.texts).toContain('Maria Lopez');
      expect(inside.sheets).toBeGreaterThan(0);
      expect(glossErrors(errors)).toEqual([]);
      await page.close();
    });

    for (const [path, what] of [
      ['/plain', 'reads the page off its main thread: the background finds the article in a snapshot'],
      ['/large', 'a large page: its snapshot crosses in parts and the background still reads it'],
    ] as const) {
      it(what, async () => {
        const { page, errors } = await open(path);
        await analysed(page);
        const status = await until(page, 'the status of the reading', async () => {
          const st = await glossStatus(page);
          return st?.readBy ? st : null;
        });
        expect(status.readBy).toBe('background');
        expect(glossErrors(errors)).toEqual([]);
        await page.close();
      });
    }
  });
}
