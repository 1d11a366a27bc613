/**
 * Every view and state of the sidebar, and the settings page, in Chromium and Firefox ESR, on a
 * light and a dark page, in an 800 px window (the sidebar lies over the page) and a 1400 px one:
 * each is saved as a screenshot for a person to look at (test-output/gallery/, not committed)
 * and checked with axe-core in the real browser, where colour contrast is measured on what is
 * painted (the unit tests' jsdom has no layout).
 *
 * One browser per kind and one tab per theme and width: the walk goes through the states in
 * turn, undoing what it changed (corrections, the colour key's switches) so that the next walk
 * starts from the same place.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { rolldown } from 'rolldown';
import {
  BROWSERS,
  inFirefoxChrome,
  launch,
  OUTPUT_DIR,
  pierce,
  pierceGone,
  startServer,
  tabAt,
  unavailable,
  type Session,
  type TestServer,
} from './harness';
import { FIXTURES, ROOT } from '../helpers/fixtures';
import { centre, wordBox } from './reader-helpers';
import { fakeWikipedia, pointAt } from './wikipedia-fake';
import { articlePage, frenchPage, frontPage, hugeHiddenTextPage } from './polish-pages';

const GALLERY = resolve(OUTPUT_DIR, 'gallery');
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

type Theme = 'light' | 'dark';
const THEMES: Theme[] = ['light', 'dark'];
const WIDTHS = [800, 1400];

/** The page's own dark look: Gloss reads the page's tone from what it paints. */
const DARK_STYLE =
  '<style>html,body,header.site,.cookie{background:#111418 !important;color:#e6e6e6 !important} a{color:#9cf !important}</style>';
const darken = (html: string) => html.replace('</head>', `${DARK_STYLE}</head>`);

/** The sidebar's host element, found from the page's world (the test build's root is open). */
const HOST = `[...document.querySelectorAll('*')].find((e) => e.tagName.toLowerCase().startsWith('gloss-root'))`;

/** Runs `fn` (source of a function of the shadow root) in the page and returns its result. */
function inGloss<T>(page: Page, fn: string): Promise<T> {
  return page.evaluate(`(${fn})(${HOST}.shadowRoot)`) as Promise<T>;
}

const click = (page: Page, selector: string) =>
  inGloss(page, `(r) => r.querySelector(${JSON.stringify(selector)}).click()`);
/** A click through the browser's input: what the reader's own choices (settings, corrections) need. */
const press = async (page: Page, selector: string) => (await pierce(page, selector)).click();

/** A long article (about 150,000 characters): read and analysed slowly enough to see the loading state. */
function longArticle(): string {
  const html = articlePage({ quotes: true });
  const paras = (html.match(/<p>[^]*?<\/p>/g) ?? []).join('\n');
  return html.replace('</article>', `${Array.from({ length: 70 }, () => paras).join('\n')}</article>`);
}

interface Violation {
  id: string;
  nodes: string[];
}

/** axe-core in the page's world, over `context` (an expression: the sidebar's host, or the document). No rule left out. */
async function axe(page: Page, context: string): Promise<Violation[]> {
  if (!(await page.evaluate('typeof window.axe === "object"'))) await page.evaluate(AXE_SOURCE);
  return (await page.evaluate(`window.axe.run(${context}, { resultTypes: ['violations'] }).then((r) =>
    r.violations.map((v) => ({ id: v.id, nodes: v.nodes.map((n) => n.target.join(' ') + ': ' + (n.failureSummary || '').replace(/\\s+/g, ' ').slice(0, 160)) })))`)) as Violation[];
}

/**
 * The states only a failure reaches (views-gallery-states.ts), bundled for the page: the
 * product's host and sidebar, mounted by the page itself.
 */
let statesBundle: Promise<string> | null = null;
function galleryStates(): Promise<string> {
  statesBundle ??= rolldown({
    input: resolve(ROOT, 'tests/e2e/views-gallery-states.ts'),
    platform: 'browser',
    tsconfig: resolve(ROOT, 'tsconfig.json'),
    logLevel: 'silent',
  })
    .then((b) => b.generate({ format: 'iife' }))
    .then((out) => out.output[0].code);
  return statesBundle;
}

// prettier-ignore
const LONG_ROLE_PARAGRAPHS = [
  'Helena Marsh, a former deputy director of the regional water authority who now chairs the citizens\' committee on the reservoir project, said on Monday that the council had rushed its decision to flood the valley north of Springfield.',
  '"We were never shown the numbers," Marsh said at a meeting in the town hall. "Nobody here is against water, but we are against being told after the fact."',
  'The council\'s chief engineer, Paul Grant, said the plans had been published in the spring and that every resident had been invited to the hearings held in Springfield and in Westport.',
  '"The committee was at every hearing," Marsh said. She added that the committee would ask the state to review the plan before any work began.',
  '"We will take this to Albany if we have to," Marsh told reporters after the meeting, as Grant left the building without answering further questions.',
  'Grant has said the reservoir would secure the town\'s water for fifty years, and Marsh has said the committee does not dispute the need, only the place.',
];

/** An article whose most quoted speaker has a long role: a whole appositive. */
function longRolePage(): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Springfield reservoir plan draws criticism</title></head>
    <body><main><article><h1>Springfield reservoir plan draws criticism</h1><p class="byline">By Sam Reed</p>
    ${LONG_ROLE_PARAGRAPHS.map((p) => `<p>${p}</p>`).join('\n')}</article></main></body></html>`;
}

for (const name of BROWSERS.filter((b) => !process.env.ONLY || b === process.env.ONLY)) {
  const why = unavailable(name);
  describe.skipIf(why !== null)(`views gallery in ${name}${why ? ` (skipped: ${why})` : ''}`, () => {
    let session: Session;
    let server: TestServer;
    let wiki: Awaited<ReturnType<typeof fakeWikipedia>>;
    let wikiPointed = false;
    const started = Date.now();

    beforeAll(async () => {
      mkdirSync(GALLERY, { recursive: true });
      server = await startServer();
      const example = readFileSync(resolve(FIXTURES, 'pages/us-venezuela.html'), 'utf8');
      const pages: Record<string, string> = {
        example,
        front: frontPage(),
        french: frenchPage(),
        huge: hugeHiddenTextPage(),
        long: longArticle(),
        springfield: articlePage({ quotes: false }),
        'long-role': longRolePage(),
      };
      for (const [key, html] of Object.entries(pages)) {
        server.route(`/light/${key}.html`, html);
        server.route(`/dark/${key}.html`, darken(html));
      }
      wiki = await fakeWikipedia();
      session = await launch(name);
      await galleryStates();
    }, 60_000);

    afterAll(async () => {
      console.log(`${name}: views gallery took ${((Date.now() - started) / 1000).toFixed(1)} s`);
      await session?.close();
      await server?.close();
      await wiki?.close();
    });

    for (const theme of THEMES) {
      for (const width of WIDTHS) {
        it(`${theme} page, ${width} px window: every state shot and axe-clean`, async () => {
          const t0 = Date.now();
          const page = await session.newPage();
          await page.setViewport({ width, height: 900 });
          const problems: string[] = [];
          const shots: string[] = [];
          const spent = { shots: 0, axe: 0 };

          /** Screenshot and axe of the state on screen now. */
          const shoot = async (state: string, target: Page = page, context = HOST) => {
            const file = resolve(GALLERY, `${name}-${theme}-${width}-${state}.png`) as `${string}.png`;
            const s0 = Date.now();
            await target.screenshot({ path: file });
            const s1 = Date.now();
            shots.push(state);
            const found = await axe(target, context);
            spent.shots += s1 - s0;
            spent.axe += Date.now() - s1;
            if (found.length)
              problems.push(`${state}: ${found.map((v) => `${v.id} (${v.nodes.join('; ')})`).join(', ')}`);
          };
          const open = async (key: string, ready: string) => {
            await page.goto(server.url(`/${theme}/${key}.html`), { waitUntil: 'load' });
            await session.clickToolbar(page);
            await pierce(page, ready, 30_000);
          };
          const openCard = async (view: string, entityName: string) => {
            if (await inGloss(page, `(r) => !!r.querySelector('.gl-back')`)) await click(page, '.gl-back');
            await click(page, `.gl-tab[data-view="${view}"]`);
            await pierce(page, '.gl-entity');
            await inGloss(
              page,
              `(r) => [...r.querySelectorAll('.gl-entity')].find((e) => e.querySelector('.gl-row-name').textContent === ${JSON.stringify(entityName)}).click()`,
            );
            await pierce(page, '.gl-card-title');
          };
          const openCorrections = async () => {
            await click(page, '.gl-correct > summary');
            await pierce(page, '.gl-correct[open]');
          };

          // A long article: the loading state while it is read and analysed.
          await page.goto(server.url(`/${theme}/long.html`), { waitUntil: 'load' });
          await session.clickToolbar(page);
          await pierce(page, '.gl-loading, .gl-tab', 30_000);
          if (await page.$('pierce/.gl-loading')) {
            await shoot('loading');
            // Shown through the whole screenshot only if it is still there after it.
            if (!(await page.$('pierce/.gl-loading')))
              console.log(
                `${name} ${theme} ${width}: the loading state ended before its screenshot was done: look at the shot`,
              );
          } else console.log(`${name} ${theme} ${width}: the loading state was over before it could be shot`);
          await pierce(page, '.gl-tab', 60_000);
          // A page too large to read whole: the notice.
          await open('huge', '.gl-truncated');
          await shoot('long-page-notice');

          // The example article: the briefing line over the quotes, then every list and card.
          await open('example', '.gl-quote');
          await pierce(page, '.gl-briefline');
          await shoot('quotes-briefing');
          if (!wikiPointed) {
            // Wikipedia's stand-in, for the card with its results below (once per browser).
            await pointAt(session, page, wiki.origin);
            wikiPointed = true;
          }
          // The hover preview over a highlighted name, one the sidebar does not cover.
          await page.waitForFunction(`CSS.highlights && CSS.highlights.has('gloss-person')`, { timeout: 15_000 });
          const sidebarLeft = await inGloss<number>(
            page,
            `(r) => r.querySelector('.gl-sidebar').getBoundingClientRect().left`,
          );
          let over: { x: number; y: number } | null = null;
          for (let nth = 0; nth < 8 && !over; nth++) {
            const box = await wordBox(page, 'Maduro', { nth }).catch(() => null);
            if (box && box.x + box.width < sidebarLeft - 8) over = centre(box);
          }
          expect(over, 'a "Maduro" the sidebar does not cover').not.toBeNull();
          await page.mouse.move(3, over!.y);
          await page.mouse.move(over!.x, over!.y, { steps: 2 });
          await page.waitForFunction(
            `(() => { const p = ${HOST}.shadowRoot.querySelector('.gl-hover-preview'); return !!p && !p.hidden && p.textContent.includes('Maduro'); })()`,
            { timeout: 5000, polling: 100 },
          );
          await shoot('hover-preview');
          await page.mouse.move(3, 3);
          await click(page, '.gl-segmented button:last-child');
          await pierce(page, '.gl-group-title');
          await shoot('quotes-by-speaker');
          await click(page, '.gl-segmented button:first-child');
          // The colour key, one kind switched off (the switch is a setting: switched back after).
          await click(page, '.gl-key-toggle');
          await pierce(page, '.gl-key');
          await press(page, '.gl-key-switch[data-kind="place"]');
          await page.waitForFunction(`!${HOST}.shadowRoot.querySelector('.gl-key-switch[data-kind="place"]').checked`, {
            timeout: 5000,
            polling: 100,
          });
          await shoot('colour-key');
          await press(page, '.gl-key-switch[data-kind="place"]');
          await page.waitForFunction(`${HOST}.shadowRoot.querySelector('.gl-key-switch[data-kind="place"]').checked`, {
            timeout: 5000,
            polling: 100,
          });
          await click(page, '.gl-key-toggle');
          for (const [view, label] of [
            ['person', 'people'],
            ['organization', 'organisations'],
            ['place', 'places'],
          ] as const) {
            await click(page, `.gl-tab[data-view="${view}"]`);
            await pierce(page, `.gl-tab[data-view="${view}"][aria-selected="true"]`);
            await pierce(page, '.gl-entity');
            await shoot(label);
          }
          // Filtered to nothing.
          await (await pierce(page, '.gl-filter')).type('zzqx');
          await pierce(page, '.gl-empty-list');
          await shoot('filtered-to-nothing');
          await inGloss(
            page,
            `(r) => { const f = r.querySelector('.gl-filter'); f.value = ''; f.dispatchEvent(new Event('input', { bubbles: true })); }`,
          );
          await pierceGone(page, '.gl-empty-list');

          // A card with background notes, its corrections open, one applied and undone.
          await openCard('place', 'Venezuela');
          await pierce(page, '.gl-notes-group-bundled');
          await shoot('card-with-notes');
          await openCorrections();
          await shoot('card-corrections-open');
          // A card with Wikipedia's results (from the stand-in): offered first, then found.
          await openCard('person', 'Nicolas Maduro');
          if (!(await page.$('pierce/.gl-notes-wiki-found'))) {
            await inGloss(page, `(r) => r.querySelector('.gl-notes-lookup').scrollIntoView({ block: 'center' })`);
            await shoot('card-wikipedia-offer');
            await press(page, '.gl-notes-lookup');
          }
          await pierce(page, '.gl-notes-wiki-found', 30_000);
          await inGloss(page, `(r) => r.querySelector('.gl-notes-wiki-found').scrollIntoView({ block: 'center' })`);
          await shoot('card-wikipedia-found');
          // The type buttons follow their label, or start the next line when they wrap: not pushed to the far end.
          const typeRow = await inGloss<{ wrapped: boolean; fromStart: number; fromLabel: number }>(
            page,
            `(r) => {
              const row = r.querySelector('.gl-correct-type').parentElement.getBoundingClientRect();
              const label = r.querySelector('.gl-correct-label').getBoundingClientRect();
              const seg = r.querySelector('.gl-correct-type').getBoundingClientRect();
              return { wrapped: seg.top >= label.bottom - 1, fromStart: seg.left - row.left, fromLabel: seg.left - label.right };
            }`,
          );
          expect(typeRow.wrapped ? typeRow.fromStart : typeRow.fromLabel, JSON.stringify(typeRow)).toBeLessThanOrEqual(
            10,
          );
          await openCard('organization', 'White House');
          await openCorrections();
          await press(page, '.gl-correct-type button[data-type="place"]');
          await pierce(page, '.gl-card .gl-mine');
          await inGloss(page, `(r) => r.querySelector('.gl-mine').scrollIntoView({ block: 'center' })`);
          await shoot('card-corrected-by-reader');
          await press(page, '.gl-card .gl-undo');
          await pierceGone(page, '.gl-card .gl-mine');
          // A name hidden: "Hidden by you" under the list, opened; then shown again.
          await openCard('organization', 'OPEC');
          await openCorrections();
          await press(page, '.gl-hide');
          await pierceGone(page, '.gl-card');
          await click(page, '.gl-tab[data-view="organization"]');
          await pierce(page, '.gl-hidden-by-reader');
          await click(page, '.gl-hidden-by-reader summary');
          await inGloss(page, `(r) => r.querySelector('.gl-hidden-by-reader').scrollIntoView({ block: 'center' })`);
          await shoot('hidden-by-reader');
          await press(page, '.gl-unhide');
          await pierceGone(page, '.gl-hidden-by-reader');

          // The settings page, opened from the sidebar's footer, in the system's dark look on the dark walk.
          await press(page, '.gl-open-options');
          const options = await tabAt(session, '/extension/options/options.html');
          await options.setViewport({ width, height: 900 });
          await darkScheme(session, options, theme === 'dark');
          await options.waitForSelector('#h-corrections');
          await options.waitForFunction(`matchMedia('(prefers-color-scheme: dark)').matches === ${theme === 'dark'}`, {
            timeout: 5000,
          });
          await shoot('options-page', options, 'document');
          await options.evaluate(`document.querySelector('#h-corrections').scrollIntoView({ block: 'start' })`);
          await shoot('options-page-lower', options, 'document');
          await darkScheme(session, options, false);
          await options.close();
          await page.bringToFront();

          // No article: the offers; the selection read.
          await open('front', '.gl-empty');
          await shoot('no-article');
          await page.evaluate(() => {
            const r = document.createRange();
            r.selectNodeContents(document.getElementById('teaser-1')!);
            document.getSelection()!.removeAllRanges();
            document.getSelection()!.addRange(r);
          });
          await press(page, '.gl-read-selection');
          await pierce(page, '.gl-tab', 30_000);
          await shoot('selection-read');

          // Another language.
          await open('french', '.gl-unsupported');
          await shoot('unsupported-language');

          // An article without quotes: opens on People.
          await open('springfield', '.gl-entity');
          await shoot('article-without-quotes');

          // A speaker with a long role: given once, kept short.
          await open('long-role', '.gl-quote');
          await shoot('long-role-quotes');
          await click(page, '.gl-segmented button:last-child');
          await pierce(page, '.gl-group-title');
          await shoot('long-role-by-speaker');
          await click(page, '.gl-segmented button:first-child');
          await click(page, '.gl-tab[data-view="person"]');
          await pierce(page, '.gl-entity');
          await shoot('long-role-people');

          // What only a failure shows: an analysis that failed; a correction with no room to keep it.
          for (const [state, ready] of [
            ['error', '.gl-error'],
            ['not-saved', '.gl-save-notice'],
          ] as const) {
            // Over the article the sidebar's fixture reads (a shortened example), as a reader would meet them.
            await page.goto(server.url(`/${theme}/example.html`), { waitUntil: 'load' });
            await page.evaluate(await galleryStates());
            await page.evaluate(`window.glossGalleryState(${JSON.stringify(state)}, ${JSON.stringify(theme)})`);
            await pierce(page, ready);
            await shoot(state === 'error' ? 'analysis-failed' : 'could-not-save');
          }

          await page.close();
          const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
          console.log(
            `${name} ${theme} ${width}: ${shots.length} states in ${s(Date.now() - t0)} (screenshots ${s(spent.shots)}, axe ${s(spent.axe)})`,
          );
          expect(problems, `axe violations in ${name}, ${theme} page, ${width} px:\n${problems.join('\n')}`).toEqual(
            [],
          );
        }, 300_000);
      }
    }
  });
}

/**
 * The system's colour scheme as the settings page sees it: emulated in Chromium; in Firefox,
 * whose WebDriver BiDi has no such emulation, through the preference that overrides it for
 * content (0 dark, 1 light; cleared to follow the system again).
 */
async function darkScheme(session: Session, page: Page, dark: boolean): Promise<void> {
  if (session.name === 'chromium') {
    await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: dark ? 'dark' : 'light' }]);
    return;
  }
  const pref = 'layout.css.prefers-color-scheme.content-override';
  await inFirefoxChrome(
    session.browser,
    dark ? `Services.prefs.setIntPref('${pref}', 0)` : `Services.prefs.clearUserPref('${pref}')`,
  );
}
