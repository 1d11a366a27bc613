/**
 * Page highlights for names and quotes, with the CSS Custom Highlight API: the page's DOM is
 * never touched (no wrapping elements), so page scripts, editors and selection keep working.
 *
 *   const h = createPageHighlighter({ document, article, analysis, uiRoot, onEntityClick, onQuoteClick, previewFor });
 *   h.setVisible(false);           // hide / show the name and quote highlights (the flash stays usable)
 *   h.reveal({ start, end });      // scroll the page to that stretch of article text and flash it
 *   h.hitTest(x, y);               // what is under a viewport point (mention or quote), or null
 *   h.destroy();                   // listeners, highlights, stylesheet and preview all go
 *
 * - One Highlight per entity type (`gloss-person`, `gloss-organization`, `gloss-place`,
 *   `gloss-other`), a quieter `gloss-quote`, and `gloss-flash` for reveal(). Colours: src/core/style/highlight-css.ts.
 * - The `::highlight()` rules must live in a stylesheet of the page itself (rules in our shadow
 *   root do not reach light-DOM text): a constructed sheet adopted by the document, or, where
 *   that fails (Firefox content scripts), a <style data-gloss> in <head>; the body is unchanged.
 * - Clicks and hovers are hit-tested with caretPositionFromPoint / caretRangeFromPoint and our
 *   own index (range-index.ts): Firefox throws when a content script iterates CSS.highlights,
 *   and highlightsFromPoint names a highlight, not which of its ranges was hit.
 * - A click acts only when it is a plain click: no drag, no selection made, no modifier, not on a
 *   page link or control. Drag-selecting across highlights selects text as usual.
 * - Hover: after `hoverDelayMs` (400) over the same name, a preview appears (in our shadow root,
 *   kept on screen and clear of the sidebar); leaving the name hides it; quick pass-overs show
 *   nothing. Responses of an async `previewFor` that arrive after the pointer moved on are dropped.
 * - Per-event work is one caret lookup, two binary searches and the client rects of one or two
 *   ranges, at most once per animation frame for mousemove.
 */
import type { Analysis, TextSpan } from '../core/analysis/contract';
import { ENTITY_TYPE_NAMES } from '../core/analysis/entity-types';
import type { ArticleText } from '../core/article/types';
import { rangeFor } from '../core/article/ranges';
import { installStyles, type InstalledStyles, type StyleInstallPath } from '../core/style/install';
import { HIGHLIGHT_NAMES, highlightCss, pageTone, type PageTone } from '../core/style/highlight-css';
import { articleOffsetAt, buildRangeIndex, itemsAt, pointInRects, segmentsByNode, type HitItem } from './range-index';
import { PreviewBox, type PreviewData } from './preview';

export type { PreviewData } from './preview';
export type { HitItem } from './range-index';

export interface PageHighlighterOptions {
  document: Document;
  article: Pick<ArticleText, 'segments'>;
  analysis: Pick<Analysis, 'entities' | 'quotes'>;
  /** Our shadow root, where the hover preview is drawn. Without it there is no preview. */
  uiRoot?: ShadowRoot | null;
  onEntityClick(entityId: string): void;
  onQuoteClick(quoteIndex: number): void;
  /** What the preview shows for an entity; may be async (a background lookup). */
  previewFor?(entityId: string): PreviewData | null | Promise<PreviewData | null>;
  /** The sidebar's box, so the preview keeps clear of it. */
  avoidRect?(): DOMRect | null;
  /** Start with highlights shown (default true). */
  visible?: boolean;
  /** Kinds switched off by the reader ('person', 'organization', 'place', 'quote'): not painted, not clickable. */
  hiddenKinds?: readonly string[];
  hoverDelayMs?: number;
  flashMs?: number;
  /**
   * Called between slices of range building (a few milliseconds each); resolve to go on. Without
   * it every range is built before createPageHighlighter returns. A long article has thousands of
   * names and quotes: built at once, that was one long task on the page's main thread.
   */
  pause?: () => Promise<void>;
  /**
   * The page's tone, when the caller has it: reading computed styles just after the sidebar
   * pushed the page aside makes the browser restyle the page in our task (a large page's restyle
   * is tens of milliseconds). Without it the highlighter reads the tone itself.
   */
  tone?: PageTone;
}

export interface PageHighlighter {
  readonly visible: boolean;
  /** Resolves once every range is in its highlight (at once without `pause`). */
  readonly ready: Promise<void>;
  /** False when the browser has no CSS Custom Highlight API (nothing paints; reveal still scrolls). */
  readonly supported: boolean;
  readonly stylePath: StyleInstallPath;
  readonly tone: PageTone;
  setVisible(on: boolean): void;
  /** Switches kinds of highlight off (listed) or back on (not listed). */
  setHiddenKinds(kinds: readonly string[]): void;
  reveal(span: TextSpan): boolean;
  hitTest(x: number, y: number): HitItem | null;
  destroy(): void;
}

type HighlightCtor = new (...ranges: AbstractRange[]) => Highlight;
interface Registry {
  set(name: string, h: Highlight): unknown;
  delete(name: string): boolean;
}

const DRAG_SLOP_PX = 5;

/** The tone (light or dark) of the page behind the article's first paragraph. */
export function articleTone(doc: Document, article: Pick<ArticleText, 'segments'>): PageTone {
  const view = doc.defaultView;
  const firstEl = article.segments[0]?.node.parentElement ?? doc.body;
  return view ? pageTone(firstEl, (el) => view.getComputedStyle(el).backgroundColor) : 'light';
}

export function createPageHighlighter(opts: PageHighlighterOptions): PageHighlighter {
  const doc = opts.document;
  const view = doc.defaultView as (Window & typeof globalThis) | null;
  const hoverDelay = opts.hoverDelayMs ?? 400;
  const flashMs = opts.flashMs ?? 1600;

  // Page constructors (not the content script's), so Firefox Xrays accept what we hand over.
  const HighlightC = (view as unknown as { Highlight?: HighlightCtor } | null)?.Highlight;
  const registry = (view?.CSS as unknown as { highlights?: Registry } | undefined)?.highlights;
  const supported = typeof HighlightC === 'function' && !!registry;

  const index = buildRangeIndex(opts.analysis);
  // Needed only to hit-test a click or hover: built on the first one, not with the highlights.
  let nodeMap: ReturnType<typeof segmentsByNode> | null = null;
  const ranges = new Map<HitItem, Range>();
  const rangeOf = (it: HitItem): Range | null => {
    let r = ranges.get(it);
    if (!r) {
      r = rangeFor(opts.article, it.start, it.end) ?? undefined;
      if (!r) return null;
      ranges.set(it, r);
    }
    return r;
  };

  const tone = opts.tone ?? articleTone(doc, opts.article);
  const styles: InstalledStyles = installStyles(doc, highlightCss(tone), 'highlights');
  // An article inside web components: ::highlight() rules apply only within their own
  // tree, so the open shadow roots that hold article text get the highlight styles too, and the
  // caret lookup is told about them (else it stops at their hosts).
  const shadowRoots = [
    ...new Set(
      opts.article.segments
        .map((s) => s.node.getRootNode())
        .filter((r): r is ShadowRoot => r !== doc && r.nodeType === 11),
    ),
  ];
  const shadowStyles = shadowRoots.map((r) => installStyles(r, highlightCss(tone), 'highlights'));

  // The highlights: one per type, one for quotes, one for the flash. Ranges go in top to bottom,
  // in slices when `pause` is given; the highlights enter the page's registry (are shown) once the
  // first slice is in, and the page paints the rest as they fill.
  const highlights = new Map<string, Highlight>();
  let destroyed = false;
  // Whether the highlights may be in the page's registry yet: after the first slice of ranges.
  let registered = false;
  // Set at the end of createPageHighlighter (a first slice done before then registers there).
  let created = false;
  let ready: Promise<void> = Promise.resolve();
  if (supported) {
    const byName = (name: string, priority: number) => {
      const h = new HighlightC();
      h.priority = priority;
      highlights.set(name, h);
      return h;
    };
    const perType = new Map(ENTITY_TYPE_NAMES.map((t) => [t, byName(HIGHLIGHT_NAMES[t], 1)] as const));
    const quotes = byName(HIGHLIGHT_NAMES.quote, 0);
    // Both index lists are sorted by start: merged, they give the article's order.
    const work: Array<[Highlight, HitItem]> = [];
    const { mentions: ms, quotes: qs } = index;
    for (let i = 0, j = 0; i < ms.length || j < qs.length;) {
      if (j >= qs.length || (i < ms.length && ms[i]!.start <= qs[j]!.start)) {
        const m = ms[i++]!;
        if (m.kind === 'mention') work.push([perType.get(m.type)!, m]);
      } else work.push([quotes, qs[j++]!]);
    }
    ready = fillHighlights(
      work,
      rangeOf,
      opts.pause,
      () => destroyed,
      () => {
        // Shown once the first slice is in (an ordinary article: all of it).
        registered = true;
        if (created && !destroyed) setVisible(visible);
      },
    );
  }
  const flash = supported ? new HighlightC() : null;
  if (flash) {
    flash.priority = 2;
    registry!.set(HIGHLIGHT_NAMES.flash, flash);
  }

  let visible = opts.visible ?? true;
  let hiddenKinds = new Set<string>(opts.hiddenKinds ?? []);
  const hiddenNames = () => new Set([...hiddenKinds].map((k) => HIGHLIGHT_NAMES[k as keyof typeof HIGHLIGHT_NAMES]));
  const setVisible = (on: boolean) => {
    visible = on;
    if (!supported) return;
    const off = hiddenNames();
    for (const [name, h] of highlights) {
      if (on && registered && !off.has(name)) registry!.set(name, h);
      else registry!.delete(name);
    }
    if (!on) hidePreview();
  };
  const setHiddenKinds = (kinds: readonly string[]) => {
    hiddenKinds = new Set(kinds);
    hidePreview();
    setVisible(visible);
  };
  /** A switched-off kind is neither painted nor answers a click or hover. */
  const kindHidden = (it: HitItem) => hiddenKinds.has(it.kind === 'mention' ? it.type : 'quote');

  // ---- hit-testing -------------------------------------------------------------------------
  const caretAt = (x: number, y: number): { node: Node; offset: number } | null => {
    const d = doc as Document & {
      caretPositionFromPoint?(x: number, y: number): { offsetNode: Node; offset: number } | null;
      caretRangeFromPoint?(x: number, y: number): Range | null;
    };
    if (typeof d.caretPositionFromPoint === 'function') {
      const p = shadowRoots.length
        ? (
            d.caretPositionFromPoint as (
              x: number,
              y: number,
              o: { shadowRoots: ShadowRoot[] },
            ) => { offsetNode: Node; offset: number } | null
          )(x, y, { shadowRoots })
        : d.caretPositionFromPoint(x, y);
      return p ? { node: p.offsetNode, offset: p.offset } : null;
    }
    if (typeof d.caretRangeFromPoint === 'function') {
      const r = d.caretRangeFromPoint(x, y);
      return r ? { node: r.startContainer, offset: r.startOffset } : null;
    }
    return null;
  };

  const hitTest = (x: number, y: number): HitItem | null => {
    const caret = caretAt(x, y);
    if (!caret) return null;
    nodeMap ??= segmentsByNode(opts.article.segments);
    const off = articleOffsetAt(nodeMap, caret.node, caret.offset);
    if (off === null) return null;
    for (const it of itemsAt(index, off)) {
      if (kindHidden(it)) continue;
      const r = rangeOf(it);
      if (r && pointInRects(x, y, r.getClientRects())) return it;
    }
    return null;
  };

  const ourHost = opts.uiRoot?.host ?? null;
  const fromOurUi = (e: Event) => ourHost !== null && e.composedPath().includes(ourHost);
  const onPageControl = (e: Event) => {
    const t = e.target as Element | null;
    return !!t?.closest?.(
      'a[href], button, input, textarea, select, label, summary, [contenteditable=""], [contenteditable="true"], [role="button"], [role="link"]',
    );
  };

  // ---- clicks ------------------------------------------------------------------------------
  let down: { x: number; y: number } | null = null;
  const onPointerDown = (e: PointerEvent) => {
    down = e.button === 0 ? { x: e.clientX, y: e.clientY } : null;
  };
  const onClick = (e: MouseEvent) => {
    const start = down;
    down = null;
    if (!visible || e.button !== 0 || e.detail > 1 || e.ctrlKey || e.metaKey || e.shiftKey || e.altKey) return;
    if (start && Math.hypot(e.clientX - start.x, e.clientY - start.y) > DRAG_SLOP_PX) return;
    const sel = doc.getSelection();
    if (sel && !sel.isCollapsed) return;
    if (fromOurUi(e) || onPageControl(e)) return;
    const hit = hitTest(e.clientX, e.clientY);
    if (!hit) return;
    hidePreview();
    // The reader acted on this name: its card is open, a preview over the article would only
    // cover it. None for it again until the pointer has left it.
    clicked = hit;
    if (hit.kind === 'mention') opts.onEntityClick(hit.entityId);
    else opts.onQuoteClick(hit.quoteIndex);
  };

  // ---- hover preview -----------------------------------------------------------------------
  const preview = opts.uiRoot && opts.previewFor ? new PreviewBox(opts.uiRoot, tone) : null;
  let frame = 0;
  let lastPoint: { x: number; y: number } | null = null;
  let candidate: HitItem | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let token = 0;
  let shownFor: HitItem | null = null;
  /** The name last clicked, while the pointer stays on it. */
  let clicked: HitItem | null = null;

  function hidePreview() {
    if (timer) clearTimeout(timer);
    timer = null;
    candidate = null;
    shownFor = null;
    token += 1;
    preview?.hide();
  }

  const viewportFor = () => {
    const vp = {
      width: view?.innerWidth ?? 1024,
      height: view?.innerHeight ?? 768,
      left: 0,
      right: view?.innerWidth ?? 1024,
    };
    const side = opts.avoidRect?.();
    if (side && side.width > 0) {
      if (side.left > vp.width / 2) vp.right = Math.min(vp.right, side.left);
      else vp.left = Math.max(vp.left, side.right);
    }
    return vp;
  };

  const showPreview = (it: HitItem & { kind: 'mention' }, at: { x: number; y: number }) => {
    if (!preview || !opts.previewFor) return;
    const my = ++token;
    const r = rangeOf(it);
    if (!r) return;
    const rects = [...r.getClientRects()];
    const rect = rects.find((c) => pointInRects(at.x, at.y, [c])) ?? r.getBoundingClientRect();
    const anchor = { left: rect.left, top: rect.top, bottom: rect.bottom };
    const entity = opts.analysis.entities.find((e) => e.id === it.entityId);
    const base: PreviewData = { name: entity?.name ?? '', role: entity?.role ?? null, note: null };
    let result: PreviewData | null | Promise<PreviewData | null>;
    try {
      result = opts.previewFor(it.entityId);
    } catch {
      result = null;
    }
    shownFor = it;
    if (result && typeof (result as Promise<unknown>).then === 'function') {
      preview.show(base, anchor, viewportFor());
      (result as Promise<PreviewData | null>).then(
        (data) => {
          // Stale: the pointer moved on (or highlights went off) before the answer came.
          if (data && my === token && shownFor === it) preview.show(data, anchor, viewportFor());
        },
        () => undefined,
      );
    } else {
      preview.show((result as PreviewData | null) ?? base, anchor, viewportFor());
    }
  };

  const onFrame = () => {
    frame = 0;
    const p = lastPoint;
    if (!p || !visible) return;
    const hit = hitTest(p.x, p.y);
    const item = hit && hit.kind === 'mention' ? hit : null;
    const same = (a: HitItem | null, b: HitItem | null) =>
      a === b || (a?.kind === 'mention' && b?.kind === 'mention' && a.entityId === b.entityId && a.start === b.start);
    if (clicked && !same(item, clicked)) clicked = null;
    if (same(item, candidate)) return;
    hidePreview();
    if (clicked) return;
    candidate = item;
    if (item) timer = setTimeout(() => showPreview(item, p), hoverDelay);
  };

  const onMouseMove = (e: MouseEvent) => {
    if (!preview) return;
    if (fromOurUi(e)) {
      if (candidate) hidePreview();
      return;
    }
    lastPoint = { x: e.clientX, y: e.clientY };
    if (!frame)
      frame = view?.requestAnimationFrame
        ? view.requestAnimationFrame(onFrame)
        : (setTimeout(onFrame, 16) as unknown as number);
  };
  const onLeave = (e: MouseEvent) => {
    if (e.relatedTarget === null) hidePreview();
  };
  const onScrollOrKey = () => {
    if (candidate || shownFor) hidePreview();
  };

  // ---- reveal ------------------------------------------------------------------------------
  let flashTimer: ReturnType<typeof setTimeout> | null = null;
  const reveal = (span: TextSpan): boolean => {
    const r = rangeFor(opts.article, span.start, span.end);
    if (!r) return false;
    const reduce = view?.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
    const behavior: ScrollBehavior = reduce ? 'auto' : 'smooth';
    const el = r.startContainer.parentElement;
    const vh = view?.innerHeight ?? 768;
    if (el && el.getBoundingClientRect().height < vh * 0.6)
      el.scrollIntoView({ block: 'center', inline: 'nearest', behavior });
    else {
      el?.scrollIntoView({ block: 'nearest', behavior: 'auto' });
      const rect = r.getBoundingClientRect();
      view?.scrollBy({ top: rect.top - (vh / 2 - rect.height / 2), behavior });
    }
    if (flash) {
      flash.clear();
      flash.add(r);
      if (flashTimer) clearTimeout(flashTimer);
      flashTimer = setTimeout(() => flash.clear(), flashMs);
    }
    return true;
  };

  // Listeners on the window, capture phase: page handlers that stop propagation do not blind us.
  // All passive: we never cancel the page's own handling.
  const target: EventTarget = view ?? doc;
  const listen: Array<[string, EventListener]> = [
    ['pointerdown', onPointerDown as EventListener],
    ['click', onClick as EventListener],
    ['mousemove', onMouseMove as EventListener],
    ['mouseout', onLeave as EventListener],
    ['scroll', onScrollOrKey],
    ['keydown', onScrollOrKey],
    ['blur', onScrollOrKey],
  ];
  for (const [type, fn] of listen) target.addEventListener(type, fn, { capture: true, passive: true });

  setVisible(visible);
  created = true;

  return {
    get visible() {
      return visible;
    },
    supported,
    ready,
    stylePath: styles.path,
    tone,
    setVisible,
    setHiddenKinds,
    reveal,
    hitTest,
    destroy() {
      destroyed = true;
      for (const [type, fn] of listen) target.removeEventListener(type, fn, { capture: true });
      setVisible(false);
      if (flash) registry!.delete(HIGHLIGHT_NAMES.flash);
      if (flashTimer) clearTimeout(flashTimer);
      if (frame && view?.cancelAnimationFrame) view.cancelAnimationFrame(frame);
      hidePreview();
      preview?.destroy();
      styles.remove();
      for (const s of shadowStyles) s.remove();
      ranges.clear();
    },
  };
}

/** Longest stretch of range building between pauses, in milliseconds. */
const SLICE_MS = 8;
/**
 * Ranges built in a slice before the clock is consulted (a few milliseconds' work): an ordinary
 * article's highlights are complete when they are first shown, however busy the machine.
 */
const MIN_PER_SLICE = 256;

/**
 * Adds each item's range to its highlight: all at once without `pause`, else in slices of about
 * SLICE_MS with `pause` between them. Stops when `stopped()` (the highlighter was destroyed).
 */
function fillHighlights(
  work: Array<[Highlight, HitItem]>,
  rangeOf: (it: HitItem) => Range | null,
  pause: (() => Promise<void>) | undefined,
  stopped: () => boolean,
  firstSliceDone: () => void,
): Promise<void> {
  const add = (from: number, until: (i: number) => boolean): number => {
    let i = from;
    for (; i < work.length && !until(i); i++) {
      const [h, it] = work[i]!;
      const r = rangeOf(it);
      if (r) h.add(r);
    }
    return i;
  };
  if (!pause) {
    add(0, () => false);
    firstSliceDone();
    return Promise.resolve();
  }
  return (async () => {
    // Not in the caller's task: that one already built the index (and, in the extension, follows
    // the sidebar's render).
    await pause();
    let i = 0;
    let first = true;
    while (i < work.length && !stopped()) {
      const start = performance.now();
      const from = i;
      // The clock is read every 32 ranges: cheap next to building one.
      i = add(from, (k) => k - from >= MIN_PER_SLICE && k % 32 === 0 && performance.now() - start > SLICE_MS);
      if (first) firstSliceDone();
      first = false;
      if (i < work.length) await pause();
    }
    if (first && !stopped()) firstSliceDone();
  })();
}
