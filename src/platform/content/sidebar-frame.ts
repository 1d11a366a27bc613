/**
 * The sidebar in the page: our host element, the sidebar mounted in its shadow root and kept in
 * step with the store's view, the page pushed aside to make room (or overlaid, where pushing
 * would not do), and the guards around it: the page removing our element, and input that is
 * the reader's own (never script-made events).
 */
import { DEFAULT_MAX_ELEMENTS } from '../../core/article/words';
import { pageTone, type PageTone } from '../../core/style/highlight-css';
import { createHost, type Host } from '../../page/host';
import { watchTrustedInput, type TrustedInput } from '../../page/trusted-input';
import { mountSidebar, type MountedSidebar } from '../../ui/sidebar';
import type { SidebarActions } from '../../ui/sidebar/types';
import type { ContentStore } from './content-state';

/** The narrowest the page is pushed to beside the sidebar; below it the sidebar overlays the page. */
export const MIN_PAGE_WIDTH = 620;

export interface SidebarFrame {
  /** Whether the sidebar is mounted (the page may have removed it: see `onRemoved`). */
  readonly mounted: boolean;
  readonly host: Host | null;
  /** Creates the host (once), pushes the page and mounts the sidebar with the store's view. */
  mount(actions: SidebarActions, focus: boolean): void;
  unmount(): void;
  /** Pushes the page aside for the sidebar at the settings' side and width. */
  pushPage(width?: number): void;
  /** Whether our element was taken out of the page. */
  removed(): boolean;
  /** Focuses the sidebar if focus is elsewhere; true if it did. */
  takeFocus(): boolean;
  /** Runs `fn` only while the reader is acting in the sidebar (never for script-made events). */
  byReader(fn: () => void): void;
  /** The sidebar's box on screen (the hover preview keeps out of it). */
  sidebarBox(): DOMRect | null;
}

/** The page's tone before the article is known: its body's background (read before we push the page). */
export function bodyTone(doc: Document): PageTone {
  try {
    return pageTone(doc.body, (el) => getComputedStyle(el).backgroundColor);
  } catch {
    return 'light';
  }
}

export function createSidebarFrame(
  doc: Document,
  win: Window,
  store: ContentStore,
  onRemoved: () => void,
): SidebarFrame {
  let host: Host | null = null;
  let sidebar: MountedSidebar | null = null;
  let guard: MutationObserver | null = null;
  let trusted: TrustedInput | null = null;
  // On a huge page (more elements than a page read takes) the sidebar overlays the page instead
  // of pushing it aside: re-laying out tens of thousands of paragraphs froze the tab.
  const overlayOnly = doc.getElementsByTagName('*').length > DEFAULT_MAX_ELEMENTS;

  const pushPage = (width = store.settings.width) => {
    if (overlayOnly) return;
    // A narrow window: pushed aside, the page would go under its own minimum width and its
    // article would run under the sidebar. There the sidebar lies over the page instead, which
    // keeps its whole width (the reader closes the sidebar, or widens the window, to read on).
    const narrow = win.innerWidth - width < MIN_PAGE_WIDTH;
    host?.pushPage(store.settings.side, narrow ? 0 : width);
  };
  const onResize = () => {
    if (sidebar) pushPage();
  };
  // The page may remove our element (this sees its parent lose it; `removed` catches an
  // ancestor removed): then the sidebar is closed, highlights cleared, and the next click opens it.
  const watchRemoval = (h: Host) => {
    guard?.disconnect();
    const parent = h.element.parentNode;
    if (!parent) return;
    guard = new MutationObserver(() => {
      if (host === h && !h.element.isConnected) onRemoved();
    });
    guard.observe(parent, { childList: true });
  };

  return {
    get mounted() {
      return sidebar !== null;
    },
    get host() {
      return host;
    },
    mount(actions, focus) {
      win.addEventListener('resize', onResize, { passive: true });
      host ??= createHost(doc);
      watchRemoval(host);
      trusted?.stop();
      trusted = watchTrustedInput(host.root);
      store.setQuietly({ pageTone: store.tone?.tone ?? bodyTone(doc) });
      pushPage();
      const mounted = mountSidebar(host.root, store.view, actions, { focus });
      sidebar = mounted;
      store.render((view) => mounted.update(view));
    },
    unmount() {
      win.removeEventListener('resize', onResize);
      guard?.disconnect();
      guard = null;
      trusted?.stop();
      trusted = null;
      store.render(null);
      sidebar?.unmount();
      sidebar = null;
      host?.remove();
      host = null;
    },
    pushPage,
    removed: () => sidebar !== null && host !== null && !host.element.isConnected,
    takeFocus() {
      if (!sidebar || !host || host.root.activeElement !== null) return false;
      sidebar.focus();
      return true;
    },
    byReader(fn) {
      if (trusted?.acting()) fn();
    },
    sidebarBox: () => host?.root.querySelector('.gl-sidebar')?.getBoundingClientRect() ?? null,
  };
}
