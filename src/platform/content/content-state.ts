/**
 * The content script's one state, and its only owner: the article found on the page and its
 * analysis as read (`reading`), the reader's corrections, and what the sidebar shows (`view`,
 * whose `settings` are the settings). The other parts read it here and change it through these
 * methods; nothing else keeps a copy. Only `view` is rendered: it can show an older reading while
 * a new one is made (a page that changed under the reader).
 */
import type { Analysis } from '../../core/analysis/contract';
import type { ArticleText } from '../../core/article';
import { applyCorrections, type CorrectedAnalysis, type Correction } from '../../core/corrections';
import type { PageTone } from '../../core/style/highlight-css';
import type { Settings } from '../../core/settings';
import type { SidebarState } from '../../ui/sidebar/types';

export interface Reading {
  /** The article on the page, as the highlights stand on it (null: none found, or not yet). */
  article: ArticleText | null;
  /** Its analysis, as made (uncorrected); null until made. */
  analysis: Analysis | null;
  /** An analysis that came with `article` (found and analysed in one step), until it is shown. */
  pending: Analysis | null;
  /** The background holds the article to analyse (found by the idle pre-read), under this id. */
  held: string | undefined;
  /** The page was read (whether an article was found or not). */
  detected: boolean;
}

export interface ContentStore {
  readonly reading: Readonly<Reading>;
  readonly view: Readonly<SidebarState>;
  readonly settings: Settings;
  readonly corrections: readonly Correction[];
  /** The page's tone behind an article, read when the article was found. */
  readonly tone: { article: ArticleText; tone: PageTone } | null;
  /** Each reading of the page (and each close) starts a new run; older runs stop where they are. */
  nextRun(): number;
  isCurrent(run: number): boolean;
  setReading(patch: Partial<Reading>): void;
  /** Shows `patch` in the sidebar; an `analysis` in it is the raw one, shown as corrected. */
  show(patch: Partial<SidebarState>): void;
  /** Changes the view without rendering (the sidebar is not mounted, or mounts with it). */
  setQuietly(patch: Partial<SidebarState>): void;
  setCorrections(list: Correction[]): void;
  setTone(tone: { article: ArticleText; tone: PageTone } | null): void;
  /** The analysis as the reader corrected it (computed once per analysis and corrections). */
  corrected(raw: Analysis): CorrectedAnalysis;
  /** Where the view goes when it changes (the mounted sidebar), or null. */
  render(to: ((view: SidebarState) => void) | null): void;
  readonly rendering: boolean;
}

export function createContentStore(settings: Settings, site: string): ContentStore {
  let reading: Reading = { article: null, analysis: null, pending: null, held: undefined, detected: false };
  let corrections: Correction[] = [];
  let tone: ContentStore['tone'] = null;
  let run = 0;
  let renderTo: ((view: SidebarState) => void) | null = null;
  let memo: { raw: Analysis; list: Correction[]; out: CorrectedAnalysis } | null = null;
  const corrected = (raw: Analysis): CorrectedAnalysis => {
    if (memo?.raw !== raw || memo.list !== corrections)
      memo = { raw, list: corrections, out: applyCorrections(raw, corrections, site) };
    return memo.out;
  };
  let view: SidebarState = {
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
  const merge = (patch: Partial<SidebarState>) => {
    view = { ...view, ...patch, ...(patch.analysis ? { analysis: corrected(patch.analysis) } : {}) };
  };
  return {
    get reading() {
      return reading;
    },
    get view() {
      return view;
    },
    get settings() {
      return view.settings;
    },
    get corrections() {
      return corrections;
    },
    get tone() {
      return tone;
    },
    get rendering() {
      return renderTo !== null;
    },
    nextRun: () => ++run,
    isCurrent: (r) => r === run,
    setReading(patch) {
      reading = { ...reading, ...patch };
    },
    show(patch) {
      merge(patch);
      renderTo?.(view);
    },
    setQuietly: merge,
    setCorrections(list) {
      corrections = list;
    },
    setTone(t) {
      tone = t;
    },
    corrected,
    render(to) {
      renderTo = to;
    },
  };
}
