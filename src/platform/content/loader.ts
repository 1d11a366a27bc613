/**
 * The content script every http(s) page gets. It stays tiny: the cheap article check
 * (Readability's isProbablyReaderable, no cloning or parsing), the badge, and the toggle messages.
 * The analyser, the model and the sidebar load (app/content-app.js) only once an article is found
 * and the reader wants it open, or the reader asks.
 */
import { mark } from './marks';
import { looksLikeArticle } from '../../core/article/readerable';
import { createRouter } from '../../protocol/router';
import { parseBackgroundMessage, type BackgroundMessage, type BackgroundReplies } from '../../protocol/to-content';
import { isSiteExcluded } from '../../core/settings';
import { HOST_MARK, HOST_TAG } from '../../page/host';
import { HIGHLIGHT_NAMES } from '../../core/style/highlight-css';
import { loadSettings } from '../storage/settings-store';
import type { ContentApp } from './app';
import { askFromLoader, listenToBackground, runtimeAlive } from './messaging';
import { pauseBriefly } from './pause';

declare const chrome: { runtime: { getURL(path: string): string } };

/**
 * The copies of this script in a page (the declared one, one injected on a click, one left over
 * from before an update) find each other through a property of the content scripts' own global,
 * which page script cannot see, set or cancel: a live copy keeps the page and a newcomer steps
 * back; a copy whose extension runtime is gone (Gloss was updated or reloaded) is shut down.
 */
const LIVE_COPY = Symbol.for('gloss.content.live');

/** How long the app's code may take to load and start before a new request loads it again. */
const APP_LOAD_TIMEOUT_MS = 10_000;

interface LiveCopy {
  alive(): boolean;
  shutdown(): void;
}

/** Whether a stylesheet holds only Gloss's rules (the ::highlight() rules, the page push). */
function isOurSheet(sheet: CSSStyleSheet): boolean {
  const rules = sheet.cssRules;
  if (!rules.length) return false;
  for (const r of rules) {
    if (
      !r.cssText.startsWith('::highlight(gloss-') &&
      !/^html \{ margin-(left|right): \d+px !important; \}$/.test(r.cssText)
    )
      return false;
  }
  return true;
}

/**
 * Removes what a stopped copy of Gloss left in the page: Firefox stops an old content script on
 * an update (none of its code runs again, so it cannot clean up) but keeps its host element, its
 * adopted stylesheets and its highlights, and injects the new version's script into open tabs.
 * Called only when no live copy runs here. Cheap when there is nothing: our host is a
 * child of <body> (or <html>), so only those children are looked at.
 */
function removeLeftovers(): void {
  try {
    const parents = [document.body, document.documentElement];
    let found = false;
    for (const parent of parents) {
      if (!parent) continue;
      for (const el of Array.from(parent.children)) {
        if (el.localName.startsWith(HOST_TAG) && el.hasAttribute(HOST_MARK)) {
          el.remove();
          found = true;
        }
      }
    }
    if (!found) return;
    document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => !isOurSheet(s));
    for (const el of Array.from(document.querySelectorAll('style[data-gloss]'))) el.remove();
    const highlights = (CSS as unknown as { highlights?: { delete(name: string): boolean } }).highlights;
    for (const name of Object.values(HIGHLIGHT_NAMES)) highlights?.delete(name);
  } catch {
    /* never break the page over leftovers */
  }
}

/** Whether another live copy of this script already runs here; shuts down an orphaned one. */
function anotherCopyRuns(): boolean {
  const shared = globalThis as { [LIVE_COPY]?: LiveCopy };
  const prev = shared[LIVE_COPY];
  if (!prev) return false;
  let alive = false;
  try {
    alive = prev.alive();
  } catch {
    alive = false;
  }
  if (alive) return true;
  try {
    prev.shutdown();
  } catch {
    /* its runtime is gone; what it left in the page is removed below */
  }
  return false;
}

function start(): void {
  if (anotherCopyRuns()) return;
  removeLeftovers();

  let app: Promise<ContentApp> | null = null;
  const loadApp = (): Promise<ContentApp> => {
    // `chrome.runtime.getURL` spelled out (Firefox has the chrome namespace too): the add-on
    // linter accepts a dynamic import of exactly that, and a web page cannot forge its result.
    if (app) return app;
    const loading: Promise<ContentApp> = import(/* @vite-ignore */ chrome.runtime.getURL('app/content-app.js')).then(
      (m: typeof import('./app')) => m.createContentApp(),
    );
    app = loading;
    // A load that failed or never finishes is not kept: the next click (or the background's retry
    // of this one) loads again. Seen twice in some 250 benchmark clicks: nothing after the
    // toolbar message, every later click answered by the same stuck load.
    const forget = () => {
      if (app === loading) app = null;
    };
    const watchdog = setTimeout(forget, APP_LOAD_TIMEOUT_MS);
    loading.then(
      () => clearTimeout(watchdog),
      () => (clearTimeout(watchdog), forget()),
    );
    return loading;
  };

  // A reader's click can arrive more than once (the background's retries; also in answer to the
  // hello below): each click is acted on once, and a repeat gets the first one's answer.
  const acted = new Map<string, Promise<boolean>>();
  /** Resolves to whether the sidebar (or the highlights) is shown now. */
  const toggle = (
    type: 'toggle-sidebar' | 'toggle-highlights',
    click: string | undefined,
    byKey = false,
  ): Promise<boolean> => {
    const before = click === undefined ? undefined : acted.get(click);
    if (before) return before;
    mark(`message:${type}`);
    const done =
      type === 'toggle-sidebar'
        ? loadApp().then((a) => a.toggle(true, byKey))
        : loadApp().then((a) => a.toggleHighlights());
    if (click !== undefined) {
      acted.set(click, done);
      if (acted.size > 20) acted.delete(acted.keys().next().value!);
    }
    return done;
  };

  // The content script's router: anything else is not ours to answer.
  const router = createRouter<BackgroundMessage, BackgroundReplies, null>(parseBackgroundMessage, {
    ping: () => ({ alive: true }),
    'toggle-sidebar': (msg) =>
      toggle(msg.type, 'click' in msg ? msg.click : undefined, 'key' in msg && msg.key === true).then((open) => ({
        open,
      })),
    'toggle-highlights': (msg) => toggle(msg.type, 'click' in msg ? msg.click : undefined).then((on) => ({ on })),
  });
  const onMessage = (raw: unknown): Promise<unknown> | undefined => router.route(raw, null) ?? undefined;
  const stopListening = listenToBackground(onMessage);
  // A click that reached the background before this script could take it waits there for us.
  askFromLoader({ type: 'hello' })
    .then((pending) => {
      if (pending) void toggle(pending.type, pending.click).catch(() => {});
    })
    .catch(() => {});

  (globalThis as { [LIVE_COPY]?: LiveCopy })[LIVE_COPY] = {
    alive: runtimeAlive,
    shutdown() {
      stopListening();
      void app?.then((a) => a.shutdown());
    },
  };

  void (async () => {
    // Nothing a page could notice before this check: on a never-run site Gloss stays silent
    // (a reader's toolbar click still opens it, through the listener above).
    const settings = await loadSettings();
    if (isSiteExcluded(location.hostname, settings.neverRunOn)) return;
    mark('content-start');
    const found = looksLikeArticle(document);
    askFromLoader({ type: 'article-status', found }).catch(() => {});
    if (found && settings.autoOpen) {
      const a = await loadApp();
      // Loading the app, finding the article, a first render off the page (the engine compiles
      // the sidebar's code there) and showing the sidebar: separate tasks on the page's main
      // thread, none of them long.
      await pauseBriefly();
      await a.prewarm();
      await pauseBriefly();
      void a.open({ focus: false });
    } else if (found) {
      // An article: get the sidebar's code ready while the browser is idle, so a click on the
      // toolbar shows the sidebar at once. Pages that are not articles never load it.
      const idle = (fn: () => void) =>
        'requestIdleCallback' in window ? requestIdleCallback(fn, { timeout: 3000 }) : setTimeout(fn, 500);
      idle(() => void loadApp().then((a) => idle(() => a.prewarm())));
    }
  })();
}

// Top frame only (the manifest says so too; injected copies must not run in frames either).
if (window.top === window) start();
