/**
 * Gloss in a page, once wanted: finds the article, analyses it, mounts the sidebar in our host
 * element and keeps the two in step. Loaded by content.js (loader.ts) with a dynamic import, so
 * none of this (Readability, the model, Preact) costs anything on pages that are not articles.
 */
import browser from 'webextension-polyfill';
import type { Analysis, ArticleBlock, TextSpan } from '../../src/analysis/contract';
import type { ArticleText } from '../../src/article';
import { rangeFor } from '../../src/article/ranges';
import { readingMinutes } from '../../src/article/reading-time';
import { countWords, DEFAULT_MAX_ELEMENTS } from '../../src/article/words';
import { createHost, type Host } from '../../src/page/host';
import { articleTone, createPageHighlighter, type PageHighlighter, type PreviewData } from '../../src/page/highlighter';
import { pageTone, type PageTone } from '../../src/style/highlight-css';
import { createPageWatch, remapArticle, type PageWatch } from '../../src/page/page-watch';
import { firstLine } from '../../src/page/preview';
import { applyNodeEdits, isMaterial, shiftAnalysis, shiftBlocks, textChange } from '../../src/page/article-edits';
import { createBackoff } from '../../src/page/backoff';
import { watchTrustedInput, type TrustedInput } from '../../src/page/trusted-input';
import { createWikipediaContentClient } from '../wikipedia/content-client';
import type { Settings } from '../../src/settings';
import { mountSidebar, type MountedSidebar } from '../../src/sidebar';
import type { ArticleInfo, SidebarActions, SidebarState } from '../../src/sidebar/types';
import { askBackground } from '../../src/protocol/client';
import { parseAnalysisJson } from '../../src/protocol/page-reading';
import { findArticle, sendSnapshot, stillOnPage, type FoundArticle, type ReadBy } from './find-article';
import { pauseBriefly } from './pause';
import { mark } from './marks';
import { loadPageAnalyzer } from './page-modules';
import { copyText } from './copy-text';
import { flagsIfDrawn } from '../../src/sidebar/flags';
import { pageAsArticle, selectionAsArticle } from '../../src/article/read-anyway';
import { loadSettings, saveSettings, watchSettings } from '../settings-store';
import { applyCorrections, findEntity, newCorrection, siteOf, type Correction, type CorrectedAnalysis } from '../../src/corrections';
import { correctionsStore, watchCorrections } from '../corrections-store';

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

const ask = askBackground((m) => browser.runtime.sendMessage(m));

/**
 * The analysis of an article that came without one (the page read it itself, or the background
 * could not analyse it), done by the background so the page's main thread stays free (a long
 * article takes the analyser hundreds of milliseconds, and the model is parsed once for all
 * tabs). If the background cannot answer (it is being updated, say), the same analyser runs here.
 */
async function analyse(text: string, lang: string | null, blocks: ArticleBlock[] | undefined, held?: string): Promise<Analysis> {
  if (held) {
    // Found by the idle pre-read and held by the background: analysed there, the text not sent again.
    try {
      const res = parseAnalysisJson(await ask({ type: 'analyze-held', held }), text.length);
      if (res) return res;
    } catch {
      /* no longer held (the background was restarted): send the text */
    }
  }
  try {
    const res = parseAnalysisJson(await ask({ type: 'analyze', text, lang, ...(blocks ? { blocks } : {}) }), text.length);
    if (res) return res;
  } catch {
    /* fall back to analysing in the page */
  }
  // Loaded only now: the analyser, its data and the model are large, and the background
  // normally does this (loading them with the sidebar was a long task of its own).
  const { analyzeText, loadModel } = await loadPageAnalyzer();
  const ner = await loadModel();
  await yieldToPage();
  return analyzeText(text, { ner }, { declaredLang: lang, blocks });
}

/** Where the last article reading was done (find-article.ts); in the status element for tests. */
let lastReadBy: ReadBy | null = null;

/**
 * The article on this page, found without a long task on its main thread, and usually analysed
 * in the same step by the background (find-article.ts).
 */
const findArticleHere = (later = false): Promise<FoundArticle | null> =>
  findArticle(
    document,
    (snapshot) => sendSnapshot(snapshot, (m) => browser.runtime.sendMessage(m), later),
    (by) => (lastReadBy = by),
  );

/** The article's words, counted once per article (where it was found, usually). */
const wordsOf = (article: ArticleText): number => article.wordCount ?? countWords(article.text);

/** What the sidebar shows about the article. */
function articleInfo(article: ArticleText): ArticleInfo {
  // Counted where the article was found (the background, usually): a long article's count is
  // milliseconds the page's main thread need not spend.
  const words = wordsOf(article);
  return {
    title: article.title,
    byline: article.byline,
    siteName: article.siteName,
    lang: article.lang,
    publishedTime: article.publishedTime,
    text: article.text,
    ...(article.blocks ? { blocks: article.blocks } : {}),
    excerpt: article.excerpt,
    ...(article.published !== undefined ? { published: article.published } : {}),
    wordCount: words,
    readingMinutes: readingMinutes(words),
  };
}

/** What the hover preview says about an entity: offline, from the analysis itself. */
function previewOf(analysis: Analysis, entityId: string): PreviewData | null {
  const e = analysis.entities.find((x) => x.id === entityId);
  if (!e) return null;
  const background = e.notes.find((n) => n.source === 'bundled') ?? e.notes.find((n) => n.source !== 'wikipedia' && n.text !== e.role);
  return { name: e.name, role: e.role, note: background ? firstLine(flagsIfDrawn(background.text, document)) : null };
}

/** Whether any name or quote of the analysis lies in [start, end). */
function coversAny(analysis: Analysis, start: number, end: number): boolean {
  const hit = (s: TextSpan) => s.start < end && start < s.end;
  return analysis.entities.some((e) => e.mentions.some(hit)) || analysis.quotes.some((q) => q.spans.some(hit));
}

/** The narrowest the page is pushed to beside the sidebar; below it the sidebar overlays the page. */
const MIN_PAGE_WIDTH = 620;

/** Characters of the page's visible text, whitespace runs counted once. */
function visibleTextLength(doc: Document): number {
  const body = doc.body;
  if (!body) return 0;
  const text = typeof body.innerText === 'string' ? body.innerText : (body.textContent ?? '');
  return text.replace(/\s+/g, ' ').trim().length;
}

/** Lets the browser paint and handle input between heavy steps. */
const yieldToPage = () =>
  new Promise<void>((r) => {
    // After a frame, so the sidebar's loading state paints before a heavy read (a timer
    // too: no frames come in a background tab).
    const t = setTimeout(r, 100);
    requestAnimationFrame(() => setTimeout(() => (clearTimeout(t), r()), 0));
  });

export async function createContentApp(): Promise<ContentApp> {
  let settings: Settings = await loadSettings();
  // The reader's corrections (kept on this device): read now, awaited only before an analysis is
  // shown, so that the sidebar's first paint does not wait for them.
  let corrections: Correction[] = [];
  let correctionsHeard = false;
  const correctionsLoaded = correctionsStore.load().then((stored) => {
    if (!correctionsHeard) corrections = stored;
  });
  /**
   * Corrections made here that storage does not hold (yet, or ever: storage full), and ones
   * removed here that it still holds: what storage reports meanwhile is read with these applied.
   */
  const unkept = new Map<string, Correction>();
  const removing = new Set<string>();
  const site = siteOf(location.hostname);
  /** The analysis as the reader corrected it (one computation per analysis and corrections). */
  let correctedOf: { raw: Analysis; list: Correction[]; out: CorrectedAnalysis } | null = null;
  const corrected = (raw: Analysis): CorrectedAnalysis => {
    if (correctedOf?.raw !== raw || correctedOf.list !== corrections) correctedOf = { raw, list: corrections, out: applyCorrections(raw, corrections, site) };
    return correctedOf.out;
  };
  let host: Host | null = null;
  let sidebar: MountedSidebar | null = null;
  let article: ArticleText | null = null;
  let analysis: Analysis | null = null;
  /** The analysis that came with `article` from the background, until it is shown. */
  let pendingAnalysis: Analysis | null = null;
  /** The background holds the found article for analysis (found by the idle pre-read). */
  let pendingHeld: string | undefined;
  let highlighter: PageHighlighter | null = null;
  let detected = false;
  let predetected: Promise<FoundArticle | null> | null = null;
  // The page's tone behind the article, read when the article is found: later, just after the
  // sidebar pushed the page aside, reading it makes the browser restyle the page in our task.
  let toneOf: { article: ArticleText; tone: PageTone } | null = null;
  const noteTone = (a: ArticleText) => {
    if (toneOf?.article === a) return;
    try {
      toneOf = { article: a, tone: articleTone(document, a) };
    } catch {
      toneOf = null;
    }
    if (toneOf && sidebar && state.pageTone !== toneOf.tone) setState({ pageTone: toneOf.tone });
  };
  /** The page's tone before the article is known: its body's background (read before we push the page). */
  const bodyTone = (): PageTone => {
    try {
      return pageTone(document.body, (el) => getComputedStyle(el).backgroundColor);
    } catch {
      return 'light';
    }
  };
  let run = 0;
  // Pages that change under us (SPA navigation, re-rendered article nodes); see
  // src/page/page-watch.ts. The status element (in our shadow root) lets tests count analyses.
  let watch: PageWatch | null = null;
  let status: HTMLElement | null = null;
  let analyses = 0;
  let reattached = 0;
  const wiki = createWikipediaContentClient((m) => browser.runtime.sendMessage(m));
  let state: SidebarState = {
    phase: 'loading',
    message: null,
    article: null,
    analysis: null,
    settings,
    highlightsOn: settings.highlights,
    focusEntityId: null,
    selectedQuote: null,
    shortcuts: { toggleSidebar: null, toggleHighlights: null },
    corrections: { site },
  };

  const setState = (patch: Partial<SidebarState>) => {
    // The sidebar shows the reading as the reader corrected it.
    state = { ...state, ...patch, ...(patch.analysis ? { analysis: corrected(patch.analysis) } : {}) };
    sidebar?.update(state);
  };

  // The page may remove our element (watchHostRemoval sees its parent lose it; this catches an
  // ancestor removed): then the sidebar is closed, highlights cleared, and the next click opens it.
  const isOpen = () => {
    if (sidebar !== null && host !== null && !host.element.isConnected) close();
    return sidebar !== null;
  };

  // On a huge page (more elements than a page read takes) the sidebar overlays the page
  // instead of pushing it aside: re-laying out tens of thousands of paragraphs froze the tab.
  const overlayOnly = document.getElementsByTagName('*').length > DEFAULT_MAX_ELEMENTS;
  const pushPage = (side: Settings['side'], width: number) => {
    if (overlayOnly) return;
    // A narrow window: pushed aside, the page would go under its own minimum width and its
    // article would run under the sidebar. There the sidebar lies over the page instead, which
    // keeps its whole width (the reader closes the sidebar, or widens the window, to read on).
    const narrow = window.innerWidth - width < MIN_PAGE_WIDTH;
    host?.pushPage(side, narrow ? 0 : width);
  };
  const onWindowResize = () => {
    if (sidebar) pushPage(settings.side, settings.width);
  };

  const reveal = (span: TextSpan) => {
    if (!article) return;
    if (highlighter?.reveal(span)) return;
    const range = rangeFor(article, span.start, span.end);
    range?.startContainer.parentElement?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  };

  const showHighlights = () => {
    if (!article || !analysis || !host || highlighter) return;
    const sidebarBox = () => host?.root.querySelector('.gl-sidebar')?.getBoundingClientRect() ?? null;
    const current = corrected(analysis);
    highlighter = createPageHighlighter({
      document,
      article,
      analysis: current,
      uiRoot: host.root,
      visible: state.highlightsOn,
      hiddenKinds: settings.hiddenKinds,
      onEntityClick: (id) => setState({ focusEntityId: id }),
      onQuoteClick: (index) => setState({ selectedQuote: index, focusEntityId: null }),
      previewFor: (id) => previewOf(current, id),
      avoidRect: sidebarBox,
      pause: pauseBriefly,
      ...(toneOf?.article === article ? { tone: toneOf.tone } : {}),
    });
    const mine = highlighter;
    void mine.ready.then(() => {
      if (highlighter !== mine) return;
      requestAnimationFrame(() => mark('highlights-painted'));
      watchPage(); // after the highlights: its setup walks the article's nodes
    });
  };

  // ---- follow the page when it changes ----
  const runtimeGone = () => {
    try {
      return typeof browser.runtime?.id !== 'string';
    } catch {
      return true;
    }
  };

  function updateStatus(): void {
    if (!host) return;
    if (!status || status.getRootNode() !== host.root) {
      status = document.createElement('div');
      status.hidden = true;
      status.setAttribute('data-gloss-status', '');
      host.root.appendChild(status);
    }
    status.setAttribute('data-analyses', String(analyses));
    status.setAttribute('data-reattached', String(reattached));
    status.setAttribute('data-url', location.href);
    if (lastReadBy) status.setAttribute('data-read-by', lastReadBy);
  }

  function watchPage(): void {
    if (!host) return;
    watch ??= createPageWatch({
      document,
      isOwnNode: (n) => n === host?.element || (n.nodeType === 1 && (n as Element).hasAttribute('data-gloss')),
      onNavigate: () => void refresh(true),
      onArticleNodesChanged: () => void refresh(false),
      minIntervalMs: 500,
    });
    watch.setArticleNodes(article ? article.segments.map((s) => s.node) : null);
    updateStatus();
  }

  /**
   * The page changed: read it again. Small edits to the article's own text nodes (a counter, a
   * clock, an "updated" stamp) are applied in place and analysed again only when material
   * (article-edits.ts). The same article (or the same with more text after it, as infinite
   * scroll adds): only the highlights are re-attached to the new nodes. Another article (SPA
   * navigation): analysed again, and the sidebar follows. Re-reads back off when the page keeps
   * changing (backoff.ts). An extension update left this copy orphaned: shut down quietly.
   */
  let refreshing = false;
  let refreshAgain: boolean | null = null;
  let refreshTimer: ReturnType<typeof setTimeout> | null = null;
  const rereads = createBackoff();
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
      refreshTimer ??= setTimeout(() => {
        refreshTimer = null;
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

  /**
   * The page edited text nodes the article stands on: applied to the article without reading the
   * page again. True when handled (nothing material changed, or nothing at all).
   */
  function applyEdits(): boolean {
    if (!article || !analysis || !watch) return false;
    const edits = watch.takeEdits();
    if (!edits) return false;
    const edited = applyNodeEdits(article.text, article.segments, edits);
    if (!edited) return false;
    if (edited.changes.length && isMaterial(edited.changes, analysis, wordsOf(article))) return false;
    const touched = new Set(edits.map((e) => e.old));
    // Ranges inside a node the page set or replaced are gone: the highlights on those nodes are
    // drawn again (re-attached); elsewhere they stand as they are.
    const carried = article.segments.some((seg) => touched.has(seg.node) && coversAny(analysis!, seg.start, seg.end));
    article = { ...article, text: edited.text, segments: edited.segments, ...(article.blocks ? { blocks: shiftBlocks(article.blocks, edited.changes) } : {}) };
    analysis = shiftAnalysis(analysis, edited.changes);
    setState({ article: articleInfo(article), analysis });
    if (carried) reattach(edited.segments);
    else watch.setArticleNodes(article.segments.map((x) => x.node));
    return true;
  }
  /** The same article text on new nodes: point the highlights at them, no new analysis. */
  function reattach(segments: ArticleText['segments']): void {
    if (!article) return;
    article = { ...article, segments };
    highlighter?.destroy();
    highlighter = null;
    reattached++;
    showHighlights();
  }

  async function refreshOnce(navigated: boolean): Promise<void> {
    if (runtimeGone()) return shutdown();
    if (!isOpen()) return;
    // The same article on new nodes (a re-render; more content around it): re-attach only.
    if (article && analysis) {
      const segments = remapArticle(document.body ?? document.documentElement, article.text);
      if (segments && segments.length) return reattach(segments);
    }
    let found: FoundArticle | null;
    try {
      found = await findArticleHere();
    } catch {
      return;
    }
    if (!isOpen()) return;
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
        analysis = shiftAnalysis(analysis, [change]);
        article = next;
        setState({ article: articleInfo(article), analysis });
        return reattach(next.segments);
      }
    }
    highlighter?.destroy();
    highlighter = null;
    const before = analysis;
    article = next;
    analysis = null;
    // The new article's analysis came with it (read and analysed in one step), usually.
    pendingAnalysis = found?.analysis ?? null;
    pendingHeld = found?.held;
    detected = true;
    if (navigated || !next || !before) setState({ phase: 'loading', analysis: null, focusEntityId: null, selectedQuote: null });
    // The same page changed: the sidebar keeps showing the last reading (its tab, scroll and open
    // card stay) until the new one replaces it.
    await detectAndAnalyse(navigated ? null : before);
    if (!article) {
      watch?.setArticleNodes(null);
      updateStatus();
    }
  }

  let hostGuard: MutationObserver | null = null;
  function watchHostRemoval(h: Host): void {
    hostGuard?.disconnect();
    const parent = h.element.parentNode;
    if (!parent) return;
    hostGuard = new MutationObserver(() => {
      if (host === h && !h.element.isConnected) close();
    });
    hostGuard.observe(parent, { childList: true });
  }

  let trusted: TrustedInput | null = null;
  /** Runs `fn` only while the reader is acting in the sidebar (never for script-made events). */
  const byReader = (fn: () => void) => {
    if (trusted?.acting()) fn();
  };

  /** Saves a patch (retried by the store); a save that never lands is shown in the sidebar. */
  const persist = (patch: Partial<Settings>) =>
    void saveSettings(patch).then(
      () => state.notice && setState({ notice: null }),
      (e: unknown) => setState({ notice: e instanceof Error ? e.message : String(e) }),
    );

  /** Reads what the reader points at when no article was found (the page, or the selection). */
  const readChosen = (pick: () => ArticleText | null, none: string) => {
    if (state.phase !== 'no-article') return;
    let chosen: ArticleText | null = null;
    try {
      chosen = pick();
    } catch {
      chosen = null;
    }
    if (!chosen) {
      setState({ message: none });
      return;
    }
    run++;
    article = chosen;
    analysis = null;
    pendingAnalysis = null;
    pendingHeld = undefined;
    detected = true;
    noteTone(chosen);
    void detectAndAnalyse();
  };
  /**
   * The corrections changed (here, in another tab, on the settings page): the sidebar and the
   * highlights show the reading again with them. An open card whose entity was merged follows it.
   */
  const setCorrections = (next: Correction[], made?: Correction) => {
    corrections = next;
    if (!analysis) return;
    const shown = corrected(analysis);
    let focus = state.focusEntityId;
    if (focus !== null && !shown.entities.some((e) => e.id === focus)) {
      const merged = made?.kind === 'merge' ? findEntity(shown.entities, made.into) : undefined;
      focus = merged?.id ?? null;
    }
    setState({ analysis, focusEntityId: focus });
    if (highlighter) {
      highlighter.destroy();
      highlighter = null;
      showHighlights();
    }
  };
  const withLocal = (list: Correction[]) =>
    [...list, ...[...unkept.values()].filter((u) => !list.some((c) => c.id === u.id))].filter((c) => !removing.has(c.id));
  const stopCorrections = watchCorrections((stored) => {
    correctionsHeard = true;
    const next = withLocal(stored);
    // Our own write coming back: nothing to show again.
    if (next.length === corrections.length && next.every((c, i) => c.id === corrections[i]?.id)) return;
    setCorrections(next);
  });
  /** A correction could not be kept or removed: it still holds on this page, and the reader is told. */
  const correctionFailed = (e: unknown) => setState({ notice: e instanceof Error ? e.message : String(e) });

  const actions: SidebarActions = {
    close: () => close(),
    readAnyway() {
      byReader(() => readChosen(() => pageAsArticle(document), 'This page has no text to read.'));
    },
    readSelection() {
      byReader(() =>
        readChosen(() => {
          const range = currentSelection() ?? lastSelection;
          return range ? selectionAsArticle(document, range) : null;
        }, 'Select some text in the page first, then choose “Read the selection”.'),
      );
    },
    resize(width, done) {
      settings = { ...settings, width };
      setState({ settings });
      pushPage(settings.side, width);
      if (done) byReader(() => persist({ width }));
    },
    reveal,
    setHighlights(on) {
      highlighter?.setVisible(on);
      setState({ highlightsOn: on });
    },
    setHiddenKinds(hiddenKinds) {
      settings = { ...settings, hiddenKinds };
      highlighter?.setHiddenKinds(hiddenKinds);
      setState({ settings });
      byReader(() => persist({ hiddenKinds }));
    },
    focusEntity(id) {
      setState({ focusEntityId: id });
    },
    selectQuote(index) {
      setState({ selectedQuote: index });
    },
    copyText,
    openShortcutSettings() {
      byReader(() => void ask({ type: 'open-shortcut-settings' }).catch(() => {}));
    },
    openOptions() {
      byReader(() => void ask({ type: 'open-options' }).catch(() => {}));
    },
    updateSettings(patch) {
      byReader(() => persist(patch));
    },
    // Lookups go through the background; the card asks the reader first unless they are on for good.
    lookupWikipedia: wiki.lookupWikipedia,
    rememberWikipediaChoice: wiki.rememberWikipediaChoice,
    correct(request) {
      byReader(() => {
        const c = newCorrection(request);
        unkept.set(c.id, c);
        setCorrections([...corrections, c], c);
        void correctionsStore.keep(c).then(() => {
          unkept.delete(c.id);
          if (state.notice) setState({ notice: null });
        }, correctionFailed);
      });
    },
    undoCorrection(id) {
      byReader(() => {
        unkept.delete(id);
        removing.add(id);
        setCorrections(corrections.filter((c) => c.id !== id));
        void correctionsStore.remove(id).then(() => removing.delete(id), correctionFailed);
      });
    },
  };

  const stopWatching = watchSettings((next) => {
    const sideChanged = next.side !== settings.side || next.width !== settings.width;
    const highlightsChanged = next.highlights !== settings.highlights;
    const kindsChanged = next.hiddenKinds.join() !== settings.hiddenKinds.join();
    settings = next;
    if (highlightsChanged) highlighter?.setVisible(next.highlights);
    if (kindsChanged) highlighter?.setHiddenKinds(next.hiddenKinds);
    setState({ settings, ...(highlightsChanged ? { highlightsOn: next.highlights } : {}) });
    if (sideChanged && isOpen()) pushPage(settings.side, settings.width);
  });

  /** Finds and analyses the article; `previous`, the reading it replaces, keeps the open card and quote where they still exist. */
  async function detectAndAnalyse(previous: Analysis | null = null): Promise<void> {
    const mine = ++run;
    if (!detected) {
      try {
        mark('detect-start');
        // Found ahead of time while the page was idle (prewarm), if the page still shows it.
        const early = predetected ? await predetected.catch(() => null) : null;
        predetected = null;
        let found: FoundArticle | null;
        if (early && stillOnPage(early.article)) found = early;
        else {
          // The sidebar was mounted in this task: its first render and the reading's first slice
          // go in separate tasks. (An article found ahead of time is shown at once.)
          await pauseBriefly();
          if (mine !== run) return;
          found = await findArticleHere();
        }
        article = found?.article ?? null;
        pendingAnalysis = found?.analysis ?? null;
        pendingHeld = found?.held;
        if (article) noteTone(article);
        mark('detect-end');
      } catch (e) {
        article = null;
        setState({ phase: 'error', message: `Gloss could not read this page: ${e instanceof Error ? e.message : String(e)}` });
        return;
      }
      detected = true;
    }
    if (mine !== run) return;
    if (!article) {
      setState({ phase: 'no-article', message: null, article: null, analysis: null });
      return;
    }
    if (!previous) setState({ phase: 'ready', article: articleInfo(article), message: null });
    mark('sidebar-rendered');
    await correctionsLoaded; // read while the article was found: done by now, as a rule
    if (mine !== run) return;
    if (analysis) {
      setState({ analysis });
      await pauseBriefly(); // the sidebar's render and the highlights: two tasks, not one
      if (mine === run) showHighlights();
      return;
    }
    try {
      mark('analyze-start');
      analyses++;
      let result: Analysis;
      if (pendingAnalysis) {
        // Found and analysed in one step: the article above paints first, the analysis in a
        // task of its own after it.
        result = pendingAnalysis;
        await pauseBriefly();
      } else result = await analyse(article.text, article.lang, article.blocks, pendingHeld);
      if (mine !== run) return;
      let next = result;
      // A huge page read in part (extractArticle's element budget): say so, against the page.
      if (article.partial) {
        // The page's whole text is built to be measured: a task of its own (tens of ms on a huge page).
        await pauseBriefly();
        if (mine !== run) return;
        // What a reader can see: innerText leaves out script, style and hidden elements, which
        // textContent counts (a page's inline scripts alone can be most of its characters).
        const pageChars = visibleTextLength(document);
        await pauseBriefly();
        if (mine !== run) return;
        const analysedChars = next.truncated?.analysedChars ?? article.text.length;
        next = { ...next, truncated: { analysedChars, totalChars: Math.max(pageChars, next.truncated?.totalChars ?? 0, analysedChars + 1) } };
      }
      analysis = next;
      pendingAnalysis = null;
      pendingHeld = undefined;
      mark('analyze-end');
      if (previous) setState({ phase: 'ready', article: articleInfo(article), message: null, analysis, ...keptSelection(previous, next) });
      else setState({ analysis });
      await pauseBriefly(); // the sidebar's render and the highlights: two tasks, not one
      if (mine === run) showHighlights();
    } catch (e) {
      setState({ phase: 'error', message: `Gloss could not analyse this article: ${e instanceof Error ? e.message : String(e)}` });
    }
  }

  /** The open card and selected quote, where the new reading still has them. */
  function keptSelection(previous: Analysis, next: Analysis): Pick<SidebarState, 'focusEntityId' | 'selectedQuote'> {
    const focus = state.focusEntityId !== null && next.entities.some((e) => e.id === state.focusEntityId) ? state.focusEntityId : null;
    const q = state.selectedQuote;
    const quote = q !== null && previous.quotes[q] && next.quotes[q]?.text === previous.quotes[q]!.text ? q : null;
    return { focusEntityId: focus, selectedQuote: quote };
  }

  /** The page's selection now, when it holds text outside our own element. */
  const currentSelection = (): Range | null => {
    const sel = document.getSelection();
    if (!sel || sel.isCollapsed || sel.rangeCount === 0) return null;
    const r = sel.getRangeAt(0);
    return host && host.element.contains(r.commonAncestorContainer) ? null : r;
  };
  // The reader's last selection in the page, kept while the sidebar is open: a click on our
  // button may collapse it before the click reaches us.
  let lastSelection: Range | null = null;
  const onSelectionChange = () => {
    const r = currentSelection();
    if (r) lastSelection = r.cloneRange();
  };

  async function open({ focus }: { focus: boolean }): Promise<void> {
    if (isOpen()) return;
    lastSelection = currentSelection()?.cloneRange() ?? null;
    document.addEventListener('selectionchange', onSelectionChange);
    window.addEventListener('resize', onWindowResize, { passive: true });
    host ??= createHost(document);
    watchHostRemoval(host);
    trusted?.stop();
    trusted = watchTrustedInput(host.root);
    state = { ...state, pageTone: toneOf?.tone ?? bodyTone() };
    pushPage(settings.side, settings.width);
    sidebar = mountSidebar(host.root, state, actions, { focus });
    void ask({ type: 'get-shortcuts' })
      .then((shortcuts) => setState({ shortcuts }))
      .catch(() => {});
    await detectAndAnalyse();
  }

  function close(): void {
    run++;
    document.removeEventListener('selectionchange', onSelectionChange);
    lastSelection = null;
    window.removeEventListener('resize', onWindowResize);
    hostGuard?.disconnect();
    hostGuard = null;
    trusted?.stop();
    trusted = null;
    if (refreshTimer !== null) clearTimeout(refreshTimer);
    refreshTimer = null;
    watch?.stop();
    watch = null;
    status = null;
    highlighter?.destroy();
    highlighter = null;
    sidebar?.unmount();
    sidebar = null;
    host?.remove();
    host = null;
    state = { ...state, focusEntityId: null, selectedQuote: null };
  }

  return {
    open,
    close,
    async toggle(focus, byKey = false) {
      if (isOpen() && byKey && host && host.root.activeElement === null && sidebar) {
        sidebar.focus();
        return true;
      }
      if (isOpen()) close();
      else await open({ focus });
      return isOpen();
    },
    async toggleHighlights() {
      if (!isOpen()) {
        // Closed: the reader asked to see the highlights, so the sidebar opens with them shown
        // (flipping them after opening would hide what the reader asked for).
        if (!state.highlightsOn) actions.setHighlights(true);
        await open({ focus: false });
        return state.highlightsOn;
      }
      actions.setHighlights(!state.highlightsOn);
      return state.highlightsOn;
    },
    shutdown,
    prewarm() {
      // (Dates come formatted by the background: a tab's first Intl.DateTimeFormat is a long task.)
      if (detected || predetected) return Promise.resolve();
      // Found, not analysed: a reader who never opens Gloss here costs no analysis. The background
      // holds the article and analyses it when the sidebar opens.
      predetected = findArticleHere(true);
      // Render the sidebar once, off the page (a detached element), so the reader's click (or
      // auto-open) runs code the engine has already compiled. Each step is a task of its own.
      return predetected.then(
        async (reading) => {
          const found = reading?.article;
          if (found) noteTone(found);
          if (!found || isOpen()) return;
          try {
            await pauseBriefly();
            const scratch = document.createElement('div').attachShadow({ mode: 'closed' });
            const m = mountSidebar(scratch, { ...state, phase: 'loading' }, actions, { focus: false });
            await pauseBriefly();
            m.update({ ...state, phase: 'ready', article: articleInfo(found) });
            m.unmount();
          } catch {
            /* only a warm-up */
          }
        },
        () => undefined,
      );
    },
  };

  function shutdown(): void {
    close();
    try {
      stopWatching();
      stopCorrections();
    } catch {
      /* orphaned: the runtime is gone */
    }
  }
}
