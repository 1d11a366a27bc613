/**
 * Our one element in the page: `<gloss-root>` with a shadow root (closed in the shipped build) holding all of Gloss's UI.
 * It sits fixed over the viewport with `pointer-events: none` (our own boxes inside take pointer
 * events), outside the page's layout, and `all: initial` keeps the page's CSS from reaching it.
 * While the sidebar is open the page is pushed aside (not covered) with a stylesheet adopted by
 * the document, so the page's DOM itself is never changed.
 */
import { TEST_BUILD } from '../core/build-flags';
import { installStyles } from '../core/style/install';
import type { Side } from '../core/settings';

export const HOST_TAG = 'gloss-root';
/** Marks our host element (its shadow root is closed, so a later copy of Gloss cannot look in). */
export const HOST_MARK = 'data-gloss-host';

export interface Host {
  element: HTMLElement;
  root: ShadowRoot;
  /** Puts the host above everything the page has in the top layer (a modal dialog opened since). */
  raise(): void;
  /** Pushes the page aside by `width` on `side`, or stops pushing with width 0. */
  pushPage(side: Side, width: number): void;
  remove(): void;
}

/** Where and how the host lies over the page (no spacing, no `all`: see HOST_CSS). */
const HOST_PLACEMENT =
  'position: fixed !important; inset: 0 !important; z-index: 2147483647 !important;' +
  ' pointer-events: none !important; display: block !important; contain: layout style !important;' +
  ' width: auto !important; height: auto !important; margin: 0 !important; padding: 0 !important; border: 0 !important;' +
  ' opacity: 1 !important; visibility: visible !important; transform: none !important; filter: none !important;';

/**
 * The reset that keeps the page's CSS out, as a `:host` rule in our own shadow root rather than
 * in the element's style attribute. An !important rule from inside the shadow tree wins over the
 * page's !important rules and its style attribute alike, so it holds as firmly (a reader's own
 * user stylesheet still wins over both). The attribute then carries no `all`, which Firefox
 * spells out as every longhand, letter-spacing and word-spacing included, each !important: what
 * axe flags as text spacing fixed in a style attribute. The placement is repeated after `all`
 * (which would undo it) and kept in the attribute, so the host lies right before this sheet is in.
 */
const HOST_CSS = `:host { all: initial !important; ${HOST_PLACEMENT} }`;

/**
 * Creates the host. If the page already uses our element's name (or an old copy of Gloss left
 * its element behind), that element is left alone and ours gets a suffixed name.
 */
export function createHost(doc: Document): Host {
  const { element, root } = makeElement(doc);
  element.setAttribute('style', HOST_PLACEMENT);
  element.setAttribute(HOST_MARK, '');
  (doc.body ?? doc.documentElement).appendChild(element);
  const reset = installStyles(root, HOST_CSS, 'host');
  let pushSheet: CSSStyleSheet | null = null;
  let pushFallback = false;

  // In the top layer (a manual popover), the page's clip-path, transforms, overflow or z-index on
  // an ancestor cannot hide the sidebar; a modal dialog the page opens later is answered by
  // raising ours above it. Without the Popover API the host is a fixed element with the highest
  // z-index, which such tricks can hide.
  const topLayer = typeof (element as HTMLElement & { showPopover?: unknown }).showPopover === 'function';
  const raise = () => {
    if (!topLayer || !element.isConnected) return;
    try {
      if (element.matches(':popover-open')) element.hidePopover();
      element.showPopover();
    } catch {
      /* not in a document that allows it */
    }
  };
  let dialogs: MutationObserver | null = null;
  if (topLayer) {
    element.setAttribute('popover', 'manual');
    raise();
    const Observer = (doc.defaultView as (Window & typeof globalThis) | null)?.MutationObserver ?? MutationObserver;
    dialogs = new Observer((records) => {
      const opened = (t: Node) => {
        try {
          return t !== element && (t as Element).matches(':modal, :popover-open');
        } catch {
          return false; // a browser without these selectors
        }
      };
      if (records.some((r) => opened(r.target))) raise();
    });
    dialogs.observe(doc, { subtree: true, attributes: true, attributeFilter: ['open'] });
  }

  return {
    element,
    root,
    raise,
    pushPage(side, width) {
      const rule = width > 0 ? `html { margin-${side}: ${Math.round(width)}px !important; }` : '';
      try {
        if (!pushSheet) {
          const Ctor = (doc.defaultView as (Window & typeof globalThis) | null)?.CSSStyleSheet ?? CSSStyleSheet;
          pushSheet = new Ctor();
          doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, pushSheet];
        }
        pushSheet.replaceSync(rule);
      } catch {
        // No constructable stylesheets here: fall back to the root element's own style.
        pushFallback = true;
        const style = doc.documentElement.style;
        style.removeProperty('margin-left');
        style.removeProperty('margin-right');
        if (width > 0) style.setProperty(`margin-${side}`, `${Math.round(width)}px`, 'important');
      }
    },
    remove() {
      if (pushSheet) {
        const sheet = pushSheet;
        try {
          doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== sheet);
        } catch {
          /* the page replaced adoptedStyleSheets; nothing of ours is left to remove */
        }
      }
      if (pushFallback) {
        doc.documentElement.style.removeProperty('margin-left');
        doc.documentElement.style.removeProperty('margin-right');
      }
      dialogs?.disconnect();
      reset.remove();
      element.remove();
    },
  };
}

function makeElement(doc: Document): { element: HTMLElement; root: ShadowRoot } {
  for (let i = 0; i < 5; i++) {
    const name = i === 0 ? HOST_TAG : `${HOST_TAG}-${Math.random().toString(36).slice(2, 8)}`;
    if (doc.querySelector(name)) continue;
    const el = doc.createElement(name);
    // A page that defined this name may have attached its own shadow root in the constructor.
    if (el.shadowRoot) continue;
    try {
      // Closed in the shipped build: page script can neither read what the sidebar shows nor
      // drive its controls. The test build keeps it open for the browser tests.
      return { element: el, root: el.attachShadow({ mode: TEST_BUILD ? 'open' : 'closed' }) };
    } catch {
      continue;
    }
  }
  throw new Error('Gloss could not create its element on this page');
}
