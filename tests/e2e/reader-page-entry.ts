/**
 * A test-only "content script" for the reader tests: bundled into one IIFE and injected into the
 * served example page. It runs the product's own modules the way extension/content/app.ts does
 * (find the article, analyse it, mount the sidebar in our host, highlight the page) and wires
 * the highlighter to the sidebar, so the reader's experience can be driven in real Chromium and
 * Firefox without depending on the extension's messaging.
 */
import { analyzeText } from '../../src/analysis/analyze';
import type { Analysis, TextSpan } from '../../src/analysis/contract';
import { countWords, extractArticle, rangeFor, readingMinutes } from '../../src/article';
import { parseNerModel } from '../../src/nlp/ner/model';
import { createHost } from '../../src/page/host';
import { createPageHighlighter, type PageHighlighter } from '../../src/page/highlighter';
import { DEFAULT_SETTINGS } from '../../src/settings';
import { mountSidebar } from '../../src/sidebar';
import type { SidebarActions, SidebarState } from '../../src/sidebar/types';
import { largeAnalysis } from '../unit/sidebar-large-fixture';

export interface ReaderProbe {
  calls: Array<[string, unknown]>;
  state(): SidebarState;
  analysis(): Analysis;
  highlighter(): PageHighlighter;
  stylePath(): string;
  /** Scrolls an entity's mention (by index) to the middle of the view and gives its first line box. */
  mentionRect(entityId: string, index: number): { x: number; y: number; width: number; height: number } | null;
}

async function start(modelUrl: string): Promise<{ entities: number; quotes: number }> {
  const article = extractArticle(document);
  if (!article) throw new Error('no article found');
  const ner = parseNerModel(await (await fetch(modelUrl)).json());
  const analysis = analyzeText(article.text, { ner }, { declaredLang: article.lang, blocks: article.blocks });
  const words = countWords(article.text);
  const host = createHost(document);
  const settings = { ...DEFAULT_SETTINGS, neverRunOn: [] };
  host.pushPage(settings.side, settings.width);
  const calls: Array<[string, unknown]> = [];
  let state: SidebarState = {
    phase: 'ready',
    message: null,
    article: { ...article, wordCount: words, readingMinutes: readingMinutes(words) },
    analysis,
    settings,
    highlightsOn: true,
    focusEntityId: null,
    selectedQuote: null,
    shortcuts: { toggleSidebar: 'Alt+Shift+G', toggleHighlights: 'Alt+Shift+H' },
  };
  const set = (patch: Partial<SidebarState>) => {
    state = { ...state, ...patch };
    sidebar.update(state);
  };
  const actions: SidebarActions = {
    close: () => {
      calls.push(['close', null]);
      sidebar.unmount();
    },
    resize: (width, done) => {
      calls.push(['resize', [width, done]]);
      set({ settings: { ...state.settings, width } });
      host.pushPage(state.settings.side, width);
    },
    reveal: (span: TextSpan) => {
      calls.push(['reveal', span]);
      highlighter.reveal(span);
    },
    setHighlights: (on) => {
      highlighter.setVisible(on);
      set({ highlightsOn: on });
    },
    focusEntity: (id) => set({ focusEntityId: id }),
    selectQuote: (i) => set({ selectedQuote: i }),
    copyText: async (t) => {
      calls.push(['copyText', t]);
    },
    openShortcutSettings: () => calls.push(['openShortcutSettings', null]),
    openOptions: () => calls.push(['openOptions', null]),
    updateSettings: (p) => calls.push(['updateSettings', p]),
  };
  const sidebar = mountSidebar(host.root, state, actions, { focus: false });
  const highlighter = createPageHighlighter({
    document,
    article,
    analysis,
    uiRoot: host.root,
    onEntityClick: (id) => set({ focusEntityId: id }),
    onQuoteClick: (i) => set({ focusEntityId: null, selectedQuote: i }),
    previewFor: (id) => {
      const e = analysis.entities.find((x) => x.id === id);
      return e ? { name: e.name, role: e.role, note: e.notes[0]?.text ?? null } : null;
    },
    avoidRect: () => host.root.querySelector('.gl-sidebar')?.getBoundingClientRect() ?? null,
  });
  const probe: ReaderProbe = {
    calls,
    state: () => state,
    analysis: () => analysis,
    highlighter: () => highlighter,
    stylePath: () => sidebar.stylePath,
    mentionRect(entityId, index) {
      const e = analysis.entities.find((x) => x.id === entityId);
      const m = e?.mentions[index];
      if (!m) return null;
      const r = rangeFor(article, m.start, m.end);
      if (!r) return null;
      r.startContainer.parentElement?.scrollIntoView({ block: 'center', behavior: 'instant' });
      const c = r.getClientRects()[0];
      return c ? { x: c.left, y: c.top, width: c.width, height: c.height } : null;
    },
  };
  (window as unknown as { glossProbe: ReaderProbe }).glossProbe = probe;
  return { entities: analysis.entities.length, quotes: analysis.quotes.length };
}

/**
 * Mounts a second sidebar (its own host) with a synthetic long article, 300 entities and 200
 * quotes, and measures in this browser: mount time, then frame intervals while the list is
 * scrolled to the end in steps (rows render incrementally as it nears the end).
 */
async function measureLongLists(): Promise<{ mountMs: number; rowsAtMount: number; rowsAtEnd: number; frames: number; worstFrameMs: number; medianFrameMs: number }> {
  const { text, analysis } = largeAnalysis(300, 200);
  const host = createHost(document);
  const settings = { ...DEFAULT_SETTINGS, neverRunOn: [] };
  const noop = () => {};
  const actions: SidebarActions = {
    close: noop, resize: noop, reveal: noop, setHighlights: noop, focusEntity: noop, selectQuote: noop,
    copyText: async () => {}, openShortcutSettings: noop, openOptions: noop, updateSettings: noop,
  };
  const state: SidebarState = {
    phase: 'ready', message: null,
    article: { title: 'A long article', byline: null, siteName: null, lang: 'en', publishedTime: null, text, excerpt: null, wordCount: 20000, readingMinutes: 87 },
    analysis, settings, highlightsOn: false, focusEntityId: null, selectedQuote: null,
    shortcuts: { toggleSidebar: null, toggleHighlights: null },
  };
  const t0 = performance.now();
  mountSidebar(host.root, state, actions);
  await new Promise((r) => requestAnimationFrame(() => r(null)));
  const mountMs = performance.now() - t0;
  const body = host.root.querySelector<HTMLElement>('.gl-body')!;
  const rowsAtMount = host.root.querySelectorAll('.gl-quote-item').length;
  const intervals: number[] = [];
  let last = performance.now();
  for (let i = 0; i < 120 && body.scrollTop + body.clientHeight < body.scrollHeight - 2; i++) {
    body.scrollTop += 250;
    body.dispatchEvent(new Event('scroll'));
    await new Promise((r) => requestAnimationFrame(() => r(null)));
    const now = performance.now();
    intervals.push(now - last);
    last = now;
  }
  const sorted = [...intervals].sort((a, b) => a - b);
  const rowsAtEnd = host.root.querySelectorAll('.gl-quote-item').length;
  host.remove();
  return { mountMs, rowsAtMount, rowsAtEnd, frames: intervals.length, worstFrameMs: sorted.at(-1) ?? 0, medianFrameMs: sorted[Math.floor(sorted.length / 2)] ?? 0 };
}

(window as unknown as { glossReaderStart: typeof start }).glossReaderStart = start;
(window as unknown as { glossMeasureLongLists: typeof measureLongLists }).glossMeasureLongLists = measureLongLists;
