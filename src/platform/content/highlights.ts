/**
 * The highlights in the page: names and quotes of the reading shown (as corrected), clicks on
 * them opening the card or the quote in the sidebar, the hover preview, and the way to a span
 * of the article (the sidebar's "show in the page").
 */
import type { TextSpan } from '../../core/analysis/contract';
import { rangeFor } from '../../core/article/ranges';
import { createPageHighlighter, type PageHighlighter } from '../../page/highlighter';
import { previewOf } from './article-view';
import type { ContentStore } from './content-state';
import { mark } from './marks';
import type { SidebarFrame } from './sidebar-frame';

export interface PageHighlights {
  readonly current: PageHighlighter | null;
  /** Draws the highlights of the current reading, unless drawn already (or nothing to draw on). */
  show(): void;
  /** Removes them from the page. */
  clear(): void;
  /** Draws them again (the reading or the nodes it stands on changed). */
  redraw(): void;
  /** Scrolls the page to a stretch of the article and flashes it. */
  reveal(span: TextSpan): void;
  setVisible(on: boolean): void;
  setHiddenKinds(kinds: readonly string[]): void;
}

export interface HighlightsDeps {
  doc: Document;
  store: ContentStore;
  frame: Pick<SidebarFrame, 'host' | 'sidebarBox'>;
  /** Between slices of the highlights' work. */
  pause: () => Promise<void>;
  /** Every range is in its highlight (the page can be watched now: that walks the same nodes). */
  onDrawn(): void;
}

export function createPageHighlights({ doc, store, frame, pause, onDrawn }: HighlightsDeps): PageHighlights {
  let highlighter: PageHighlighter | null = null;
  const clear = () => {
    highlighter?.destroy();
    highlighter = null;
  };
  const show = () => {
    const { article, analysis } = store.reading;
    const host = frame.host;
    if (!article || !analysis || !host || highlighter) return;
    const shown = store.corrected(analysis);
    const tone = store.tone;
    const mine = createPageHighlighter({
      document: doc,
      article,
      analysis: shown,
      uiRoot: host.root,
      visible: store.view.highlightsOn,
      hiddenKinds: store.settings.hiddenKinds,
      onEntityClick: (id) => store.show({ focusEntityId: id }),
      onQuoteClick: (index) => store.show({ selectedQuote: index, focusEntityId: null }),
      previewFor: (id) => previewOf(shown, id, doc),
      avoidRect: frame.sidebarBox,
      pause,
      ...(tone?.article === article ? { tone: tone.tone } : {}),
    });
    highlighter = mine;
    void mine.ready.then(() => {
      if (highlighter !== mine) return;
      requestAnimationFrame(() => mark('highlights-painted'));
      onDrawn();
    });
  };
  return {
    get current() {
      return highlighter;
    },
    show,
    clear,
    redraw() {
      clear();
      show();
    },
    reveal(span) {
      const { article } = store.reading;
      if (!article) return;
      if (highlighter?.reveal(span)) return;
      const range = rangeFor(article, span.start, span.end);
      range?.startContainer.parentElement?.scrollIntoView({ block: 'center', behavior: 'smooth' });
    },
    setVisible: (on) => highlighter?.setVisible(on),
    setHiddenKinds: (kinds) => highlighter?.setHiddenKinds(kinds),
  };
}
