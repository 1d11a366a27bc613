/**
 * Gloss in a page, once wanted: the content script's parts put together. It finds the article
 * (reader.ts), has it analysed, shows it in the sidebar (sidebar-frame.ts), highlights it in the
 * page (highlights.ts) and follows the page when it changes (follow-changes.ts); the settings and
 * the reader's corrections are kept in step (settings-sync.ts, corrections-sync.ts). The state is
 * one store (content-state.ts); the extension itself is reached only through `edge`, so the
 * browser tests of the sidebar run this same composition in a plain page with a double of it.
 */
import type { Analysis } from '../../core/analysis/contract';
import type { ArticleText } from '../../core/article';
import { siteOf } from '../../core/corrections';
import type { PageHighlighter } from '../../page/highlighter';
import type { SidebarActions, SidebarState } from '../../ui/sidebar/types';
import { createContentStore } from './content-state';
import { createCorrectionsSync } from './corrections-sync';
import type { ContentEdge } from './edge';
import { createChangeFollower } from './follow-changes';
import { createPageHighlights } from './highlights';
import { pauseBriefly } from './pause';
import { prewarmSidebar } from './prewarm';
import { createArticleReader } from './reader';
import { createSelectionTracker } from './selection';
import { createSettingsSync } from './settings-sync';
import { createSidebarActions } from './sidebar-actions';
import { createSidebarFrame } from './sidebar-frame';
import { createContentStatus } from './status';

export interface ContentApp {
  open(opts: { focus: boolean }): Promise<void>;
  close(): void;
  /**
   * Opens or closes; resolves to whether the sidebar is open now. `byKey` (the shortcut): an open
   * sidebar without focus takes focus instead of closing, the keyboard's way back into it.
   */
  toggle(focus: boolean, byKey?: boolean): Promise<boolean>;
  /** Shows or hides the page highlights; resolves to whether they are shown now. */
  toggleHighlights(): Promise<boolean>;
  /** Removes everything of Gloss from the page (a newer copy took over). */
  shutdown(): void;
  /**
   * Does the first-use work ahead of time (while the page is idle, or before auto-open shows the
   * sidebar): finding the article (in slices here, Readability in the background) and a first
   * render of the sidebar off the page, in tasks of their own; resolves when done.
   */
  prewarm(): Promise<void>;
}

/** What the browser tests may look at (read only). */
export interface ContentInspection {
  view: SidebarState;
  article: ArticleText | null;
  /** The analysis as shown (corrected), null until made. */
  analysis: Analysis | null;
  highlighter: PageHighlighter | null;
}

export interface ComposedContentApp extends ContentApp {
  inspect(): ContentInspection;
}

export interface ComposeOptions {
  /** Told of every sidebar action the reader takes (the browser tests record them). */
  onAction?: (name: keyof SidebarActions, args: unknown[]) => void;
}

export async function composeContentApp(edge: ContentEdge, options: ComposeOptions = {}): Promise<ComposedContentApp> {
  const doc = document;
  const store = createContentStore(await edge.settings.load(), siteOf(location.hostname));
  const status = createContentStatus();
  const frame = createSidebarFrame(doc, window, store, () => close());
  const writeStatus = () => frame.host && status.write(frame.host.root, doc, location.href);
  const selection = createSelectionTracker(doc, (n) => !!frame.host?.element.contains(n));
  const highlights = createPageHighlights({
    doc,
    store,
    frame,
    pause: pauseBriefly,
    onDrawn: () => frame.host && follow.watch(),
  });
  const corrections = createCorrectionsSync(edge.corrections, store, () => highlights.current && highlights.redraw());
  const reader = createArticleReader({
    doc,
    store,
    edge,
    status,
    corrections: corrections.loaded,
    showHighlights: highlights.show,
  });
  // The page may remove our element: then the sidebar is closed, and the next click opens it.
  const isOpen = () => {
    if (frame.removed()) close();
    return frame.mounted;
  };
  const follow = createChangeFollower({
    doc,
    store,
    highlights,
    reader,
    isOwnNode: (n) => n === frame.host?.element || (n.nodeType === 1 && (n as Element).hasAttribute('data-gloss')),
    isOpen,
    runtimeAlive: edge.runtimeAlive,
    shutdown: () => shutdown(),
    onReattached: status.reattached,
    onWatching: writeStatus,
  });
  const settings = createSettingsSync({
    edge: edge.settings,
    store,
    highlights,
    onPlaceChanged: () => isOpen() && frame.pushPage(),
  });
  const actions = traced(
    createSidebarActions({
      doc,
      store,
      messages: edge.messages,
      frame,
      highlights,
      reader,
      selection,
      settings,
      corrections,
      close: () => close(),
    }),
    options.onAction,
  );

  async function open({ focus }: { focus: boolean }): Promise<void> {
    if (isOpen()) return;
    selection.start();
    frame.mount(actions, focus);
    void edge.messages
      .ask({ type: 'get-shortcuts' })
      .then((shortcuts) => store.show({ shortcuts }))
      .catch(() => {});
    await reader.read();
  }

  function close(): void {
    store.nextRun();
    selection.stop();
    follow.stop();
    status.detach();
    highlights.clear();
    frame.unmount();
    store.setQuietly({ focusEntityId: null, selectedQuote: null });
  }

  function shutdown(): void {
    close();
    try {
      settings.stop();
      corrections.stop();
    } catch {
      /* orphaned: the runtime is gone */
    }
  }

  return {
    open,
    close,
    async toggle(focus, byKey = false) {
      if (isOpen() && byKey && frame.takeFocus()) return true;
      if (isOpen()) close();
      else await open({ focus });
      return isOpen();
    },
    async toggleHighlights() {
      if (!isOpen()) {
        // Closed: the reader asked to see the highlights, so the sidebar opens with them shown
        // (flipping them after opening would hide what the reader asked for).
        if (!store.view.highlightsOn) actions.setHighlights(true);
        await open({ focus: false });
        return store.view.highlightsOn;
      }
      actions.setHighlights(!store.view.highlightsOn);
      return store.view.highlightsOn;
    },
    shutdown,
    prewarm: () => prewarmSidebar({ doc, store, reader, actions, isOpen }),
    inspect: () => ({
      view: store.view,
      article: store.reading.article,
      analysis: store.reading.analysis && store.corrected(store.reading.analysis),
      highlighter: highlights.current,
    }),
  };
}

/** The actions, each telling `onAction` first (none: the actions as they are). */
function traced(actions: SidebarActions, onAction: ComposeOptions['onAction']): SidebarActions {
  if (!onAction) return actions;
  const out: Record<string, unknown> = { ...actions };
  for (const [name, fn] of Object.entries(actions)) {
    if (typeof fn !== 'function') continue;
    out[name] = (...args: unknown[]) => {
      onAction(name as keyof SidebarActions, args);
      return (fn as (...a: unknown[]) => unknown)(...args);
    };
  }
  return out as unknown as SidebarActions;
}
