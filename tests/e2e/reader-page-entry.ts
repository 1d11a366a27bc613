/**
 * A test-only "content script" for the reader tests: bundled into one IIFE and injected into the
 * served example page. It runs the content script's own composition (src/platform/content/compose.ts,
 * the same function the extension's app/content-app.js calls) with a double of the extension's
 * edge (edge.ts): no background (the page reads and analyses the article itself, the way it does
 * while the background is being updated), settings and corrections in memory. So the reader's
 * experience can be driven in real Chromium and Firefox in a plain page, through the same wiring
 * the extension ships.
 */
import { analyzeText } from '../../src/core/analysis/analyze';
import type { Analysis } from '../../src/core/analysis/contract';
import * as extraction from '../../src/core/article/extract';
import { rangeFor } from '../../src/core/article';
import { parseNerModel } from '../../src/core/nlp/ner/model';
import { createHost } from '../../src/page/host';
import type { PageHighlighter } from '../../src/page/highlighter';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import { mountSidebar } from '../../src/ui/sidebar';
import type { SidebarActions, SidebarState } from '../../src/ui/sidebar/types';
import { composeContentApp } from '../../src/platform/content/compose';
import type { ContentEdge } from '../../src/platform/content/edge';
import { fakeEdge } from '../helpers/content-edge';
import { largeAnalysis } from '../unit/sidebar-large-fixture';

export interface ReaderProbe {
  /** The sidebar actions the reader took, in order: [name, argument(s)]. */
  calls: Array<[string, unknown]>;
  state(): SidebarState;
  analysis(): Analysis;
  highlighter(): PageHighlighter;
  /** Scrolls an entity's mention (by index) to the middle of the view and gives its first line box. */
  mentionRect(entityId: string, index: number): { x: number; y: number; width: number; height: number } | null;
}

const SHORTCUTS = { toggleSidebar: 'Alt+Shift+G', toggleHighlights: 'Alt+Shift+H' };

/** The extension's edge, as a double (the unit tests' one): what the background would answer, with no background. */
function testEdge(modelUrl: string): ContentEdge {
  return fakeEdge({
    answer: (msg) => {
      switch (msg.type) {
        case 'get-shortcuts':
          return SHORTCUTS;
        case 'copy-text':
          return true;
        case 'open-options':
        case 'open-shortcut-settings':
        case 'article-status':
          return undefined;
        default:
          // analyze, analyze-held: the page analyses the article itself.
          throw new Error(`no background for ${msg.type}`);
      }
    },
    // Page snapshots (detect): the page reads the article itself. Wikipedia: no lookups here.
    loadExtraction: async () => extraction,
    loadAnalyzer: async () => ({
      analyzeText,
      loadModel: async () => parseNerModel(await (await fetch(modelUrl)).json()),
    }),
  });
}

async function start(modelUrl: string): Promise<{ entities: number; quotes: number }> {
  const calls: Array<[string, unknown]> = [];
  const app = await composeContentApp(testEdge(modelUrl), {
    onAction: (name, args) => calls.push([name, args.length > 1 ? args : (args[0] ?? null)]),
  });
  await app.open({ focus: false });
  const shown = app.inspect();
  if (!shown.analysis || !shown.highlighter)
    throw new Error(`no article read: ${shown.view.phase} ${shown.view.message ?? ''}`);
  await shown.highlighter.ready;
  const analysis = (): Analysis => app.inspect().analysis!;
  const probe: ReaderProbe = {
    calls,
    state: () => app.inspect().view,
    analysis,
    highlighter: () => app.inspect().highlighter!,
    mentionRect(entityId, index) {
      const article = app.inspect().article;
      const e = analysis().entities.find((x) => x.id === entityId);
      const m = e?.mentions[index];
      if (!m || !article) return null;
      const r = rangeFor(article, m.start, m.end);
      if (!r) return null;
      r.startContainer.parentElement?.scrollIntoView({ block: 'center', behavior: 'instant' });
      const c = r.getClientRects()[0];
      return c ? { x: c.left, y: c.top, width: c.width, height: c.height } : null;
    },
  };
  (window as unknown as { glossProbe: ReaderProbe }).glossProbe = probe;
  return { entities: shown.analysis.entities.length, quotes: shown.analysis.quotes.length };
}

/**
 * Mounts a second sidebar (its own host) with a synthetic long article, 300 entities and 200
 * quotes, and measures in this browser: mount time, then frame intervals while the list is
 * scrolled to the end in steps (rows render incrementally as it nears the end).
 */
async function measureLongLists(): Promise<{
  mountMs: number;
  rowsAtMount: number;
  rowsAtEnd: number;
  frames: number;
  worstFrameMs: number;
  medianFrameMs: number;
}> {
  const { text, analysis } = largeAnalysis(300, 200);
  const host = createHost(document);
  const settings = { ...DEFAULT_SETTINGS, neverRunOn: [] };
  const noop = () => {};
  const actions: SidebarActions = {
    close: noop,
    resize: noop,
    reveal: noop,
    setHighlights: noop,
    focusEntity: noop,
    selectQuote: noop,
    copyText: async () => {},
    openShortcutSettings: noop,
    openOptions: noop,
    updateSettings: noop,
  };
  const state: SidebarState = {
    phase: 'ready',
    message: null,
    article: {
      title: 'A long article',
      byline: null,
      siteName: null,
      lang: 'en',
      publishedTime: null,
      text,
      excerpt: null,
      wordCount: 20000,
      readingMinutes: 87,
    },
    analysis,
    settings,
    highlightsOn: false,
    focusEntityId: null,
    selectedQuote: null,
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
  return {
    mountMs,
    rowsAtMount,
    rowsAtEnd,
    frames: intervals.length,
    worstFrameMs: sorted.at(-1) ?? 0,
    medianFrameMs: sorted[Math.floor(sorted.length / 2)] ?? 0,
  };
}

(window as unknown as { glossReaderStart: typeof start }).glossReaderStart = start;
(window as unknown as { glossMeasureLongLists: typeof measureLongLists }).glossMeasureLongLists = measureLongLists;
