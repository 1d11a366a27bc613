/**
 * Gloss in a page, once wanted: finds the article, analyses it, mounts the sidebar in our host
 * element and keeps the two in step. Loaded by content.js (loader.ts) with a dynamic import, so
 * none of this (Readability, the model, Preact) costs anything on pages that are not articles.
 */
import browser from 'webextension-polyfill';
import { analyzeText } from '../../src/analysis/analyze';
import type { Analysis, TextSpan } from '../../src/analysis/contract';
import { countWords, extractArticle, rangeFor, readingMinutes, type ArticleText } from '../../src/article';
import { parseNerModel, type NerModel } from '../../src/nlp/ner/model';
import { createHost, type Host } from '../../src/page/host';
import { createPageHighlighter, type PageHighlighter, type PreviewData } from '../../src/page/highlighter';
import { firstLine } from '../../src/page/preview';
import { createWikipediaContentClient } from '../wikipedia/content-client';
import type { Settings } from '../../src/settings';
import { mountSidebar, type MountedSidebar } from '../../src/sidebar';
import type { ArticleInfo, SidebarActions, SidebarState } from '../../src/sidebar/types';
import type { ContentMessage, ContentToBackground, ResponseOf } from '../../src/messages';
import { loadSettings, saveSettings, watchSettings } from '../settings-store';

export interface ContentApp {
  open(opts: { focus: boolean }): Promise<void>;
  close(): void;
  /** Opens or closes; resolves to whether the sidebar is open now. */
  toggle(focus: boolean): Promise<boolean>;
  /** Shows or hides the page highlights; resolves to whether they are shown now. */
  toggleHighlights(): Promise<boolean>;
  /** Removes everything of Gloss from the page (a newer copy took over). */
  shutdown(): void;
}

function ask<K extends keyof ContentToBackground>(msg: Extract<ContentMessage, { type: K }>): Promise<ResponseOf<ContentToBackground, K>> {
  return browser.runtime.sendMessage(msg) as Promise<ResponseOf<ContentToBackground, K>>;
}

let modelPromise: Promise<NerModel> | null = null;
/** The entity model, fetched from the extension's files once per page. */
function loadModel(): Promise<NerModel> {
  modelPromise ??= fetch(browser.runtime.getURL('model/ner-model.json'))
    .then((r) => {
      if (!r.ok) throw new Error(`model file: HTTP ${r.status}`);
      return r.json();
    })
    .then(parseNerModel);
  modelPromise.catch(() => (modelPromise = null));
  return modelPromise;
}

/** Performance marks (read by the browser benchmarks; cheap, and never an error). */
export function mark(name: string): void {
  try {
    performance.mark(`gloss:${name}`);
  } catch {
    /* no User Timing here */
  }
}

/** What the hover preview says about an entity: offline, from the analysis itself. */
function previewOf(analysis: Analysis, entityId: string): PreviewData | null {
  const e = analysis.entities.find((x) => x.id === entityId);
  if (!e) return null;
  const background = e.notes.find((n) => n.source === 'bundled') ?? e.notes.find((n) => n.source !== 'wikipedia' && n.text !== e.role);
  return { name: e.name, role: e.role, note: background ? firstLine(background.text) : null };
}

/** Lets the browser paint and handle input between heavy steps. */
const yieldToPage = () => new Promise<void>((r) => setTimeout(r, 0));

export async function createContentApp(): Promise<ContentApp> {
  let settings: Settings = await loadSettings();
  let host: Host | null = null;
  let sidebar: MountedSidebar | null = null;
  let article: ArticleText | null = null;
  let analysis: Analysis | null = null;
  let highlighter: PageHighlighter | null = null;
  let detected = false;
  let run = 0;
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
  };

  const setState = (patch: Partial<SidebarState>) => {
    state = { ...state, ...patch };
    sidebar?.update(state);
  };

  const isOpen = () => sidebar !== null;

  const reveal = (span: TextSpan) => {
    if (!article) return;
    if (highlighter?.reveal(span)) return;
    const range = rangeFor(article, span.start, span.end);
    range?.startContainer.parentElement?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  };

  const showHighlights = () => {
    if (!article || !analysis || !host || highlighter) return;
    const sidebarBox = () => host?.root.querySelector('.gl-sidebar')?.getBoundingClientRect() ?? null;
    const current = analysis;
    highlighter = createPageHighlighter({
      document,
      article,
      analysis: current,
      uiRoot: host.root,
      visible: state.highlightsOn,
      onEntityClick: (id) => setState({ focusEntityId: id }),
      onQuoteClick: (index) => setState({ selectedQuote: index, focusEntityId: null }),
      previewFor: (id) => previewOf(current, id),
      avoidRect: sidebarBox,
    });
    requestAnimationFrame(() => mark('highlights-painted'));
  };

  const actions: SidebarActions = {
    close: () => close(),
    resize(width, done) {
      settings = { ...settings, width };
      setState({ settings });
      host?.pushPage(settings.side, width);
      if (done) void saveSettings({ width }).catch(() => {});
    },
    reveal,
    setHighlights(on) {
      highlighter?.setVisible(on);
      setState({ highlightsOn: on });
    },
    focusEntity(id) {
      setState({ focusEntityId: id });
    },
    selectQuote(index) {
      setState({ selectedQuote: index });
    },
    copyText: (text) => copyToClipboard(text, host),
    openShortcutSettings() {
      void ask({ type: 'open-shortcut-settings' }).catch(() => {});
    },
    openOptions() {
      void ask({ type: 'open-options' }).catch(() => {});
    },
    updateSettings(patch) {
      void saveSettings(patch).catch(() => {});
    },
    // Lookups go through the background, and only while the reader allows them.
    lookupWikipedia: settings.wikipedia ? wiki.lookupWikipedia : null,
    rememberWikipediaChoice: wiki.rememberWikipediaChoice,
  };

  const stopWatching = watchSettings((next) => {
    const sideChanged = next.side !== settings.side || next.width !== settings.width;
    const highlightsChanged = next.highlights !== settings.highlights;
    settings = next;
    actions.lookupWikipedia = next.wikipedia ? wiki.lookupWikipedia : null;
    if (highlightsChanged) highlighter?.setVisible(next.highlights);
    setState({ settings, ...(highlightsChanged ? { highlightsOn: next.highlights } : {}) });
    if (sideChanged && isOpen()) host?.pushPage(settings.side, settings.width);
  });

  async function detectAndAnalyse(): Promise<void> {
    const mine = ++run;
    await yieldToPage();
    if (!detected) {
      try {
        mark('detect-start');
        article = extractArticle(document);
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
    const words = countWords(article.text);
    const info: ArticleInfo = {
      title: article.title,
      byline: article.byline,
      siteName: article.siteName,
      lang: article.lang,
      publishedTime: article.publishedTime,
      text: article.text,
      excerpt: article.excerpt,
      wordCount: words,
      readingMinutes: readingMinutes(words),
    };
    setState({ phase: 'ready', article: info, message: null });
    mark('sidebar-rendered');
    if (analysis) {
      setState({ analysis });
      showHighlights();
      return;
    }
    try {
      const ner = await loadModel();
      await yieldToPage();
      if (mine !== run) return;
      mark('analyze-start');
      analysis = analyzeText(article.text, { ner }, { declaredLang: article.lang });
      mark('analyze-end');
      setState({ analysis });
      showHighlights();
    } catch (e) {
      setState({ phase: 'error', message: `Gloss could not analyse this article: ${e instanceof Error ? e.message : String(e)}` });
    }
  }

  async function open({ focus }: { focus: boolean }): Promise<void> {
    if (isOpen()) return;
    host ??= createHost(document);
    host.pushPage(settings.side, settings.width);
    sidebar = mountSidebar(host.root, state, actions, { focus });
    void ask({ type: 'get-shortcuts' })
      .then((shortcuts) => setState({ shortcuts }))
      .catch(() => {});
    await detectAndAnalyse();
  }

  function close(): void {
    run++;
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
    async toggle(focus) {
      if (isOpen()) close();
      else await open({ focus });
      return isOpen();
    },
    async toggleHighlights() {
      if (!isOpen()) await open({ focus: false });
      actions.setHighlights(!state.highlightsOn);
      return state.highlightsOn;
    },
    shutdown() {
      close();
      try {
        stopWatching();
      } catch {
        /* orphaned: the runtime is gone */
      }
    },
  };
}

/** Writes to the clipboard; falls back to a hidden textarea inside our shadow root. */
async function copyToClipboard(text: string, host: Host | null): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
    return;
  } catch {
    /* no clipboard permission in this page: fall back */
  }
  if (!host) throw new Error('Copy failed');
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.cssText = 'position:fixed;opacity:0;pointer-events:none;';
  host.root.appendChild(area);
  area.select();
  const ok = document.execCommand('copy');
  area.remove();
  if (!ok) throw new Error('Copy failed');
}
