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
  const analysis = analyzeText(article.text, { ner }, { declaredLang: article.lang });
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

(window as unknown as { glossReaderStart: typeof start }).glossReaderStart = start;
