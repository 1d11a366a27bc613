/**
 * Shared helpers for the hostile-* and changing-* browser tests: page builders from the example
 * article, reads of Gloss's highlights and status from the page, and error collection.
 * Page-side functions use plain loops only: some test pages overwrite Array.prototype.map.
 */
import type { Page } from 'puppeteer-core';
import { exampleHtml } from '../helpers/fixtures';
import { glossText } from './harness';

/** The example article with extra markup in <head> and at the start / end of <body>. */
export function examplePage(opts: { head?: string; bodyStart?: string; bodyEnd?: string } = {}): string {
  let html = exampleHtml();
  if (opts.head) html = html.replace('</head>', `${opts.head}\n</head>`);
  if (opts.bodyStart) html = html.replace('<body>', `<body>\n${opts.bodyStart}`);
  if (opts.bodyEnd) html = html.replace('</body>', `${opts.bodyEnd}\n</body>`);
  return html;
}

export interface HighlightInfo {
  /** Ranges per highlight name. */
  counts: Record<string, number>;
  /** Ranges whose start node is no longer in the document. */
  detached: number;
  /** The texts of the person ranges. */
  people: string[];
}

/** Gloss's highlights as the page's CSS.highlights registry has them (read from the page world). */
export async function highlightInfo(page: Page): Promise<HighlightInfo> {
  return page.evaluate(() => {
    const names = ['gloss-person', 'gloss-organization', 'gloss-place', 'gloss-other', 'gloss-quote'];
    const reg = (CSS as unknown as { highlights?: { get(n: string): Set<Range> | undefined } }).highlights;
    const counts: Record<string, number> = {};
    let detached = 0;
    const people: string[] = [];
    for (let i = 0; i < names.length; i++) {
      const h = reg?.get(names[i]!);
      let n = 0;
      if (h) {
        h.forEach((r) => {
          n++;
          if (!r.startContainer.isConnected || !r.endContainer.isConnected) detached++;
          if (names[i] === 'gloss-person') people.push(r.toString());
        });
      }
      counts[names[i]!] = n;
    }
    return { counts, detached, people };
  });
}

export function totalRanges(h: HighlightInfo): number {
  let n = 0;
  for (const k of Object.keys(h.counts)) n += h.counts[k]!;
  return n;
}

/** Polls `check` (run in Node) until it returns a truthy value; fails with `what` and Gloss's text. */
export async function until<T>(
  page: Page | null,
  what: string,
  check: () => Promise<T | null | undefined | false>,
  timeout = 30_000,
): Promise<T> {
  const end = Date.now() + timeout;
  let last: unknown = null;
  for (;;) {
    try {
      const v = await check();
      if (v) return v;
      last = v;
    } catch (e) {
      last = e;
    }
    if (Date.now() > end)
      throw new Error(
        `timed out waiting for ${what} (last: ${String(last)}); Gloss showed: ${page ? await glossText(page) : '(no page)'}`,
      );
    await new Promise((r) => setTimeout(r, 150));
  }
}

/** Gloss's status element in its shadow root: analyses run, the article's title, the URL read. */
export async function glossStatus(
  page: Page,
): Promise<{ analyses: number; url: string; reattached: number; readBy: string | null } | null> {
  return page.evaluate(() => {
    const all = document.querySelectorAll('*');
    for (let i = 0; i < all.length; i++) {
      const el = all[i]!;
      if (!el.tagName.toLowerCase().startsWith('gloss-root') || !el.shadowRoot) continue;
      const s = el.shadowRoot.querySelector('[data-gloss-status]');
      if (s) {
        return {
          analyses: Number(s.getAttribute('data-analyses')),
          url: s.getAttribute('data-url') ?? '',
          reattached: Number(s.getAttribute('data-reattached')),
          readBy: s.getAttribute('data-read-by'),
        };
      }
    }
    return null;
  });
}

/** Collects uncaught errors and console errors of the page (and of the content scripts in it). */
export function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e instanceof Error ? e.message : String(e)}`));
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warn')
      errors.push(`console.${m.type()}: ${m.text()} @ ${m.location()?.url ?? ''}`);
  });
  return errors;
}

/** Errors that come from Gloss (its scripts or its messages), not from the test page itself. */
export function glossErrors(errors: string[]): string[] {
  return errors.filter((e) => /gloss|-extension:\/\/|Extension context|content\.js|content-app/i.test(e));
}

/** The text of the sidebar's title, or null. */
export async function sidebarTitle(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    const all = document.querySelectorAll('*');
    for (let i = 0; i < all.length; i++) {
      const el = all[i]!;
      if (!el.tagName.toLowerCase().startsWith('gloss-root') || !el.shadowRoot) continue;
      const t = el.shadowRoot.querySelector('.gl-title');
      if (t) return (t.textContent ?? '').replace(/\s+/g, ' ').trim();
    }
    return null;
  });
}

/** The whole text of Gloss's sidebar (all gloss-root elements), whitespace collapsed. */
export async function sidebarText(page: Page): Promise<string> {
  return page.evaluate(() => {
    let out = '';
    const all = document.querySelectorAll('*');
    for (let i = 0; i < all.length; i++) {
      const el = all[i]!;
      if (el.tagName.toLowerCase().startsWith('gloss-root') && el.shadowRoot)
        out += ` ${el.shadowRoot.textContent ?? ''}`;
    }
    return out.replace(/\s+/g, ' ').trim();
  });
}

/** Our host elements in the document (any suffix). */
export async function hostNames(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    const all = document.querySelectorAll('*');
    for (let i = 0; i < all.length; i++) {
      const n = all[i]!.tagName.toLowerCase();
      if (
        n.startsWith('gloss-root') &&
        all[i]!.shadowRoot &&
        all[i]!.shadowRoot!.querySelector('.gl-sidebar, .gl-mount')
      )
        out.push(n);
    }
    return out;
  });
}

/**
 * What Gloss has left in the page, read from the page's world: host elements, adopted or <style>
 * sheets carrying our rules (the `::highlight(gloss-…)` rules, the `html { margin-… }` push),
 * the html element's computed side margins, and how many Gloss content scripts have started in
 * this document (`gloss:content-start` marks; the page's world sees them in both browsers).
 */
export async function glossLeftovers(
  page: Page,
): Promise<{ hosts: number; highlightSheets: number; pushSheets: number; margin: string; contentStarts: number }> {
  return page.evaluate(() => {
    let hosts = 0;
    const all = document.querySelectorAll('*');
    for (let i = 0; i < all.length; i++) if (all[i]!.tagName.toLowerCase().startsWith('gloss-root')) hosts++;
    let highlightSheets = 0;
    let pushSheets = 0;
    const sheets: CSSStyleSheet[] = [];
    const adopted = document.adoptedStyleSheets;
    for (let i = 0; i < adopted.length; i++) sheets.push(adopted[i]!);
    const styles = document.querySelectorAll('style');
    for (let i = 0; i < styles.length; i++) if (styles[i]!.sheet) sheets.push(styles[i]!.sheet!);
    for (let i = 0; i < sheets.length; i++) {
      let text = '';
      const rules = sheets[i]!.cssRules;
      for (let j = 0; j < rules.length; j++) text += `${rules[j]!.cssText}\n`;
      if (text.includes('::highlight(gloss-')) highlightSheets++;
      if (/^html \{ margin-(left|right): \d+px !important; \}\n$/.test(text)) pushSheets++;
    }
    const cs = getComputedStyle(document.documentElement);
    const marks = performance.getEntriesByName('gloss:content-start');
    return {
      hosts,
      highlightSheets,
      pushSheets,
      margin: `${cs.marginLeft} ${cs.marginRight}`,
      contentStarts: marks.length,
    };
  });
}

/**
 * The example with 400 more paragraphs after the article's own and a counter in its first
 * paragraph; `glossStartTicking()` starts it, every `everyMs`, replacing the counter's text node
 * or (inPlace) editing it. Used by the browser test and the benchmark of a changing page.
 */
export function tickingPage(everyMs: number, inPlace: boolean): string {
  const filler = Array.from(
    { length: 400 },
    (_, i) =>
      `<p>Background paragraph ${i} on the long history of the two countries, their trade and their politics over the decades.</p>`,
  ).join('\n');
  const tick = inPlace
    ? `var t = document.getElementById('counter').firstChild; setInterval(function () { n++; t.data = String(n); }, ${everyMs});`
    : `var c = document.getElementById('counter'); setInterval(function () { n++; c.textContent = String(n); }, ${everyMs});`;
  return examplePage({ bodyEnd: `<script>var n = 100; window.glossStartTicking = function () { ${tick} };</script>` })
    .replace(
      'Tensions between the United States and Venezuela',
      'Tensions (watched by <span id="counter">100</span> readers) between the United States and Venezuela',
    )
    .replace(/(More than 13,000 Venezuelans[^<]*<\/p>)/, `$1\n${filler}`);
}
