/**
 * Watches a page that changes under Gloss, with no extension API:
 *
 * - **SPA navigation.** A content script cannot see the page's own history.pushState calls (they
 *   run in the page's world), so the URL is watched: the Navigation API's `navigate` /
 *   `navigatesuccess` / `currententrychange` events where the browser has them, `popstate` and
 *   `hashchange` always, and a cheap URL poll (one string compare) as the fallback. A change of
 *   URL (a change of hash alone does not count) is reported once the page's DOM has been quiet for
 *   `settleMs` (the new article is usually rendered after the URL changes), or after
 *   `maxSettleMs` at the latest.
 * - **Re-rendered article nodes.** ONE MutationObserver on the document (childList, characterData,
 *   subtree). Its callback only notes what happened; the work is done at most once per animation
 *   frame: if a text node the highlights stand on was changed, or was removed (a removal happened
 *   and one of those nodes is no longer connected), `onArticleNodesChanged` is called (trailing,
 *   at most once per `minIntervalMs`). Mutations of our own element (the host, our style
 *   element) are ignored, so our own work never triggers us.
 * - **Content that keeps arriving** (infinite scroll) only adds nodes: the article's nodes stay
 *   where they were, so nothing is called and nothing is re-analysed.
 * - `remapArticle` maps the article's text onto re-rendered nodes without Readability.
 */
import type { Segment } from '../core/article/types';
import type { NodeEdit } from './article-edits';
import { collectParagraphs, joinParagraphs, paragraphText } from '../core/article/text-builder';

export interface PageWatchOptions {
  document: Document;
  /** Our own nodes (the host element, a <style data-gloss>): their mutations are ignored. */
  isOwnNode(node: Node): boolean;
  /** The URL changed (same-document navigation) and the DOM has settled. */
  onNavigate(url: string): void;
  /** Text nodes the highlights stand on were replaced or changed. */
  onArticleNodesChanged(): void;
  /** URL poll interval when the Navigation API is missing (default 400 ms; 1500 ms with it). */
  pollMs?: number;
  settleMs?: number;
  maxSettleMs?: number;
  minIntervalMs?: number;
}

export interface PageWatch {
  /** The text nodes to guard (the current article's segments), or null for none. */
  setArticleNodes(nodes: Iterable<Text> | null): void;
  /**
   * What happened to the guarded nodes since they were set: each one changed in place or
   * replaced by one new text node, as edits; null when one was removed any other way (the
   * caller then reads the page again).
   */
  takeEdits(): NodeEdit[] | null;
  /** Forget the current URL as "seen" (after a re-detection the app made itself). */
  resetUrl(): void;
  stop(): void;
  /** Counters, for tests and debugging. */
  readonly stats: { frames: number; changes: number; navigations: number };
}

interface NavigationLike {
  addEventListener(type: string, fn: () => void): void;
  removeEventListener(type: string, fn: () => void): void;
}

/** The URL without its fragment: a change of hash alone is not a new page. */
function pageUrl(href: string): string {
  const i = href.indexOf('#');
  return i < 0 ? href : href.slice(0, i);
}

export function createPageWatch(opts: PageWatchOptions): PageWatch {
  const doc = opts.document;
  const win = doc.defaultView as (Window & typeof globalThis) | null;
  if (!win) throw new Error('page-watch: a document with a window is needed');
  const settleMs = opts.settleMs ?? 300;
  const maxSettleMs = opts.maxSettleMs ?? 2500;
  const minInterval = opts.minIntervalMs ?? 250;

  const stats = { frames: 0, changes: 0, navigations: 0 };
  let stopped = false;
  let watched = new Set<Text>();
  /** What each guarded node held when it was set, and what replaced a node the page swapped out. */
  let original = new Map<Text, string>();
  let replacedBy = new Map<Text, Text>();
  let changedInPlace = new Set<Text>();
  let structural = false;
  let url = pageUrl(win.location.href);
  let lastMutation = 0;

  // ---- mutations: noted in the callback, handled at most once per frame ----
  let dirtyText = false;
  let sawRemoval = false;
  let frame: number | null = null;
  let frameTimer: ReturnType<typeof setTimeout> | null = null;
  let lastChange = -Infinity;
  let changeTimer: ReturnType<typeof setTimeout> | null = null;

  const isOwn = (n: Node): boolean => {
    try {
      return opts.isOwnNode(n);
    } catch {
      return false;
    }
  };
  /** Whether `n` is ours or inside one of ours (light DOM only: shadow trees are not observed). */
  const insideOwn = (n: Node | null): boolean => {
    for (let cur = n; cur; cur = cur.parentNode) if (isOwn(cur)) return true;
    return false;
  };

  // The content script's own constructors where it has them (Firefox gives a content script the
  // page's window through Xray wrappers); the document's window otherwise (jsdom, the page itself).
  const g = (typeof MutationObserver === 'function' ? globalThis : win) as Window & typeof globalThis;
  const raf = (fn: () => void) =>
    typeof g.requestAnimationFrame === 'function'
      ? g.requestAnimationFrame(fn)
      : (setTimeout(fn, 16) as unknown as number);
  const caf = (id: number) =>
    typeof g.cancelAnimationFrame === 'function' ? g.cancelAnimationFrame(id) : clearTimeout(id);

  const observer = new g.MutationObserver((records) => {
    if (stopped) return;
    let relevant = false;
    for (const r of records) {
      if (r.type === 'characterData') {
        if (watched.has(r.target as Text)) {
          dirtyText = true;
          changedInPlace.add(r.target as Text);
        } else if (replacedByValue(r.target as Text)) dirtyText = true;
        if (!insideOwn(r.target)) relevant = true;
        continue;
      }
      // childList: ignore additions and removals that are all our own nodes.
      let foreign = false;
      for (const n of r.addedNodes) if (!isOwn(n)) foreign = true;
      let foreignRemoval = false;
      for (const n of r.removedNodes) if (!isOwn(n)) foreignRemoval = true;
      noteReplacement(r);
      if ((foreign || foreignRemoval) && !insideOwn(r.target)) {
        relevant = true;
        if (foreignRemoval) sawRemoval = true;
      }
    }
    if (!relevant) return;
    lastMutation = performance.now();
    if (dirtyText || sawRemoval) scheduleFrame();
  });
  observer.observe(doc, { childList: true, subtree: true, characterData: true });

  /** The guarded node that `t` now stands for, if `t` replaced one. */
  function replacedByValue(t: Text): Text | null {
    for (const [old, now] of replacedBy) if (now === t) return old;
    return null;
  }

  /** A guarded text node (or its stand-in) swapped for exactly one new text node is an edit. */
  function noteReplacement(r: MutationRecord): void {
    for (const n of r.removedNodes) {
      if (n.nodeType !== 3) {
        // An element holding guarded nodes went: whether they did is seen when the frame runs.
        continue;
      }
      const t = n as Text;
      const guarded = watched.has(t) ? t : replacedByValue(t);
      if (!guarded) continue;
      const added = r.addedNodes;
      if (r.removedNodes.length === 1 && added.length === 1 && added[0]!.nodeType === 3)
        replacedBy.set(guarded, added[0] as Text);
      else structural = true;
    }
  }

  function scheduleFrame(): void {
    if (frame !== null || frameTimer !== null || stopped) return;
    const run = () => {
      if (frame !== null) caf(frame);
      if (frameTimer !== null) clearTimeout(frameTimer);
      frame = null;
      frameTimer = null;
      handleFrame();
    };
    frame = raf(run);
    // rAF does not run in a background tab: handle a little later there instead.
    frameTimer = setTimeout(run, 500);
  }

  function handleFrame(): void {
    if (stopped) return;
    stats.frames++;
    let changed = dirtyText;
    if (!changed && sawRemoval) {
      for (const t of watched) {
        if (!t.isConnected) {
          changed = true;
          break;
        }
      }
    }
    dirtyText = false;
    sawRemoval = false;
    if (changed) requestChange();
  }

  function requestChange(): void {
    if (changeTimer !== null || stopped) return;
    const wait = Math.max(0, lastChange + minInterval - performance.now());
    changeTimer = setTimeout(() => {
      changeTimer = null;
      if (stopped) return;
      lastChange = performance.now();
      stats.changes++;
      opts.onArticleNodesChanged();
    }, wait);
  }

  // ---- navigation ----
  let settleTimer: ReturnType<typeof setTimeout> | null = null;
  let navStartedAt = 0;

  const checkUrl = () => {
    if (stopped) return;
    const now = pageUrl(win.location.href);
    if (now === url) return;
    url = now;
    navStartedAt = performance.now();
    waitForSettle();
  };

  function waitForSettle(): void {
    if (settleTimer !== null) clearTimeout(settleTimer);
    settleTimer = setTimeout(() => {
      settleTimer = null;
      if (stopped) return;
      const t = performance.now();
      const quietFor = t - Math.max(lastMutation, navStartedAt);
      if (quietFor < settleMs && t - navStartedAt < maxSettleMs) {
        waitForSettle();
        return;
      }
      stats.navigations++;
      opts.onNavigate(win!.location.href);
    }, settleMs);
  }

  // The URL changes after `navigate` is dispatched: look just after it.
  const soon = () => setTimeout(checkUrl, 0);
  const nav = (win as unknown as { navigation?: NavigationLike }).navigation;
  const navEvents = ['navigate', 'navigatesuccess', 'currententrychange'];
  let hasNav = false;
  if (nav && typeof nav.addEventListener === 'function') {
    try {
      for (const e of navEvents) nav.addEventListener(e, soon);
      hasNav = true;
    } catch {
      hasNav = false;
    }
  }
  win.addEventListener('popstate', soon);
  win.addEventListener('hashchange', soon);
  const poll = setInterval(checkUrl, opts.pollMs ?? (hasNav ? 1500 : 400));

  return {
    stats,
    takeEdits() {
      if (structural) return null;
      const edits: NodeEdit[] = [];
      for (const t of watched) {
        const now = replacedBy.get(t) ?? t;
        if (!now.isConnected) return null;
        const oldData = original.get(t) ?? t.data;
        // A node set in place, even to the same text, collapsed the ranges inside it: an edit too.
        if (now === t && !changedInPlace.has(t)) continue;
        edits.push({ old: t, now, oldData, newData: now.data });
      }
      return edits;
    },
    setArticleNodes(nodes) {
      watched = new Set(nodes ?? []);
      original = new Map([...watched].map((t) => [t, t.data]));
      replacedBy = new Map();
      changedInPlace = new Set();
      structural = false;
      dirtyText = false;
      sawRemoval = false;
    },
    resetUrl() {
      url = pageUrl(win.location.href);
    },
    stop() {
      if (stopped) return;
      stopped = true;
      observer.disconnect();
      clearInterval(poll);
      for (const t of [settleTimer, changeTimer, frameTimer]) if (t !== null) clearTimeout(t);
      if (frame !== null) caf(frame);
      win.removeEventListener('popstate', soon);
      win.removeEventListener('hashchange', soon);
      if (hasNav && nav) {
        for (const e of navEvents) {
          try {
            nav.removeEventListener(e, soon);
          } catch {
            /* a page-replaced navigation object */
          }
        }
      }
      watched = new Set();
      original = new Map();
      replacedBy = new Map();
    },
  };
}

/**
 * Maps an article's text onto the page as it is now, without running Readability again: after
 * the page re-rendered the article's nodes (same text, new nodes), or added content around it
 * (infinite scroll, where a fresh Readability pass may pick another container). Every paragraph
 * of `text` must be found, in order, among the paragraphs of `root`; the segments found there
 * are shifted to the article's offsets. Null when a paragraph is missing (the article changed).
 */
export function remapArticle(root: Node, text: string): Segment[] | null {
  const paras = collectParagraphs(root, (t) => t, { kinds: false });
  const page = joinParagraphs(paras);
  // Start offset of every page paragraph, as joinParagraphs lays them out.
  const starts: number[] = [];
  const texts: string[] = [];
  let off = 0;
  paras.forEach((p, i) => {
    if (i > 0) off += 2;
    const t = paragraphText(p);
    starts.push(off);
    texts.push(t);
    off += t.length;
  });
  const out: Segment[] = [];
  let j = 0;
  let seg = 0;
  let aStart = 0;
  for (const a of text.split('\n\n')) {
    while (j < texts.length && texts[j] !== a) j++;
    if (j >= texts.length) return null;
    const pStart = starts[j]!;
    const pEnd = pStart + a.length;
    const shift = aStart - pStart;
    while (seg < page.segments.length && page.segments[seg]!.end <= pStart) seg++;
    for (let k = seg; k < page.segments.length && page.segments[k]!.start < pEnd; k++) {
      const s = page.segments[k]!;
      out.push({ start: s.start + shift, end: s.end + shift, node: s.node, nodeOffset: s.nodeOffset });
    }
    j++;
    aStart += a.length + 2;
  }
  return out;
}
