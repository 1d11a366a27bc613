/**
 * Following a page that changes under the open sidebar (single-page apps, re-rendered article
 * nodes; see src/page/page-watch.ts). Small edits to the article's own text nodes (a counter, a
 * clock, an "updated" stamp) are applied in place and analysed again only when material
 * (article-edits.ts). The same article (or the same with more text after it, as infinite scroll
 * adds): only the highlights are re-attached to the new nodes. Another article (navigation):
 * analysed again, and the sidebar follows. Re-reads back off when the page keeps changing
 * (backoff.ts). An extension update left this copy orphaned: it shuts down quietly.
 */
import type { ArticleText } from '../../core/article';
import { applyNodeEdits, isMaterial, shiftAnalysis, shiftBlocks, textChange } from '../../page/article-edits';
import { createBackoff } from '../../page/backoff';
import { createPageWatch, remapArticle, type PageWatch } from '../../page/page-watch';
import { articleInfo, coversAny, wordsOf } from './article-view';
import type { ContentStore } from './content-state';
import type { PageHighlights } from './highlights';
import type { ArticleReader } from './reader';

export interface ChangeFollower {
  /** Starts (or goes on) watching the article's current nodes and the URL. */
  watch(): void;
  stop(): void;
}

export interface FollowDeps {
  doc: Document;
  store: ContentStore;
  highlights: Pick<PageHighlights, 'clear' | 'show'>;
  reader: Pick<ArticleReader, 'find' | 'read'>;
  /** Our own nodes, whose mutations are not the page's. */
  isOwnNode(node: Node): boolean;
  isOpen(): boolean;
  runtimeAlive(): boolean;
  shutdown(): void;
  /** The highlights were re-attached to new nodes (counted for the tests). */
  onReattached(): void;
  /** The watch changed what it follows (the tests' status element is written). */
  onWatching(): void;
}

export function createChangeFollower(deps: FollowDeps): ChangeFollower {
  const { doc, store, highlights, reader } = deps;
  let watch: PageWatch | null = null;
  let refreshing = false;
  let refreshAgain: boolean | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  const rereads = createBackoff();

  /** The same article text on new nodes: point the highlights at them, no new analysis. */
  function reattach(segments: ArticleText['segments']): void {
    const { article } = store.reading;
    if (!article) return;
    store.setReading({ article: { ...article, segments } });
    highlights.clear();
    deps.onReattached();
    highlights.show();
  }

  /**
   * The page edited text nodes the article stands on: applied to the article without reading the
   * page again. True when handled (nothing material changed, or nothing at all).
   */
  function applyEdits(): boolean {
    const { article, analysis } = store.reading;
    if (!article || !analysis || !watch) return false;
    const edits = watch.takeEdits();
    if (!edits) return false;
    const edited = applyNodeEdits(article.text, article.segments, edits);
    if (!edited) return false;
    if (edited.changes.length && isMaterial(edited.changes, analysis, wordsOf(article))) return false;
    const touched = new Set(edits.map((e) => e.old));
    // Ranges inside a node the page set or replaced are gone: the highlights on those nodes are
    // drawn again (re-attached); elsewhere they stand as they are.
    const carried = article.segments.some((seg) => touched.has(seg.node) && coversAny(analysis, seg.start, seg.end));
    const next = {
      ...article,
      text: edited.text,
      segments: edited.segments,
      ...(article.blocks ? { blocks: shiftBlocks(article.blocks, edited.changes) } : {}),
    };
    const shifted = shiftAnalysis(analysis, edited.changes);
    store.setReading({ article: next, analysis: shifted });
    store.show({ article: articleInfo(next), analysis: shifted });
    if (carried) reattach(edited.segments);
    else watch.setArticleNodes(next.segments.map((x) => x.node));
    return true;
  }

  async function refreshOnce(navigated: boolean): Promise<void> {
    if (!deps.runtimeAlive()) return deps.shutdown();
    if (!deps.isOpen()) return;
    const before = store.reading;
    // The same article on new nodes (a re-render; more content around it): re-attach only.
    if (before.article && before.analysis) {
      const segments = remapArticle(doc.body ?? doc.documentElement, before.article.text);
      if (segments && segments.length) return reattach(segments);
    }
    let found;
    try {
      found = await reader.find();
    } catch {
      // Orphaned while reading (Gloss reloaded or updated): step down now, not on the next change.
      if (!deps.runtimeAlive()) deps.shutdown();
      return;
    }
    if (!deps.isOpen()) return;
    const { article, analysis } = store.reading;
    const next = found?.article ?? null;
    if (next && article && analysis && next.text.startsWith(article.text)) {
      const keep = article.text.length;
      return reattach(next.segments.filter((s) => s.start < keep).map((s) => (s.end > keep ? { ...s, end: keep } : s)));
    }
    if (!next && !navigated) return; // mid-render: the next change brings us back
    if (next && article && analysis && !navigated) {
      // Re-rendered with a small change (a clock, a counter): keep the reading, shifted.
      const change = textChange(article.text, next.text);
      if (!isMaterial([change], analysis, wordsOf(article))) {
        const shifted = shiftAnalysis(analysis, [change]);
        store.setReading({ article: next, analysis: shifted });
        store.show({ article: articleInfo(next), analysis: shifted });
        return reattach(next.segments);
      }
    }
    highlights.clear();
    // The new article's analysis came with it (read and analysed in one step), usually.
    store.setReading({
      article: next,
      analysis: null,
      pending: found?.analysis ?? null,
      held: found?.held,
      detected: true,
    });
    if (navigated || !next || !analysis)
      store.show({ phase: 'loading', analysis: null, focusEntityId: null, selectedQuote: null });
    // The same page changed: the sidebar keeps showing the last reading (its tab, scroll and open
    // card stay) until the new one replaces it.
    await reader.read(navigated ? null : analysis);
    if (!store.reading.article) {
      watch?.setArticleNodes(null);
      deps.onWatching();
    }
  }

  /** One refresh at a time: a change that arrives during one (an analysis in flight) runs after it. */
  async function refresh(navigated: boolean): Promise<void> {
    if (refreshing) {
      refreshAgain = (refreshAgain ?? false) || navigated;
      return;
    }
    if (!navigated && applyEdits()) return;
    // A page that keeps changing: wait for the backoff before reading it again (navigation is
    // the reader's own doing and is followed at once).
    const wait = navigated ? 0 : rereads.delay(performance.now());
    if (wait > 0) {
      timer ??= setTimeout(() => {
        timer = null;
        void refresh(false);
      }, wait);
      return;
    }
    refreshing = true;
    try {
      rereads.record(performance.now());
      await refreshOnce(navigated);
    } finally {
      refreshing = false;
    }
    if (refreshAgain !== null) {
      const again = refreshAgain;
      refreshAgain = null;
      await refresh(again);
    }
  }

  return {
    watch() {
      watch ??= createPageWatch({
        document: doc,
        isOwnNode: deps.isOwnNode,
        onNavigate: () => void refresh(true),
        onArticleNodesChanged: () => void refresh(false),
        minIntervalMs: 500,
      });
      const { article } = store.reading;
      watch.setArticleNodes(article ? article.segments.map((s) => s.node) : null);
      deps.onWatching();
    },
    stop() {
      if (timer !== null) clearTimeout(timer);
      timer = null;
      watch?.stop();
      watch = null;
    },
  };
}
