/**
 * The contract between the content script (extension/content/) and the sidebar UI (src/ui/sidebar/).
 * The content script owns the page, storage and messaging; the sidebar renders `SidebarState`
 * and reports what the reader does through `SidebarActions`.
 */
import type { FormattedTime } from '../../core/format';
import type { Analysis, ArticleMeta, TextSpan } from '../../core/analysis/contract';
import type { HighlightKind, Settings } from '../../core/settings';
import type { CorrectionRequest } from '../../core/corrections';
// The Wikipedia lookup functions the card's <EntityNotes/> uses.
import type { LookupWikipedia, RememberWikipediaChoice } from './notes/types';

export interface ArticleInfo extends ArticleMeta {
  excerpt: string | null;
  /**
   * The publication time already formatted (by the background, which has its date formatting
   * warmed up: a tab's first Intl.DateTimeFormat costs tens of milliseconds). Absent: format here.
   */
  published?: FormattedTime | null;
  /** Minutes at ~230 words a minute, at least 1. */
  readingMinutes: number;
  wordCount: number;
}

export type SidebarPhase =
  /** Finding the article / running the analysis. */
  | 'loading'
  /** The page holds no article. */
  | 'no-article'
  /** Article found (analysis may still be running: `analysis` null). */
  | 'ready'
  /** Something failed; `message` says what, in words for a reader. */
  | 'error';

export interface SidebarState {
  phase: SidebarPhase;
  message: string | null;
  article: ArticleInfo | null;
  analysis: Analysis | null;
  settings: Settings;
  /** Whether page highlights are currently shown. */
  highlightsOn: boolean;
  /** The entity whose card is open (set when the reader clicks a highlighted name). */
  focusEntityId: string | null;
  /** The quote selected (set when the reader clicks a highlighted quote), index into analysis.quotes. */
  selectedQuote: number | null;
  /** Keyboard shortcuts as the browser reports them ("Alt+Shift+G"), null when unset. */
  shortcuts: { toggleSidebar: string | null; toggleHighlights: string | null };
  /** A problem to show in any phase, in words for a reader (a setting that could not be saved). */
  notice?: string | null;
  /** The page's own tone behind the article: a dark page gets the dark sidebar whatever the system says. */
  pageTone?: 'light' | 'dark' | null;
  /**
   * The reader may correct Gloss here (the analysis shown is then the corrected one, see
   * src/core/corrections); `site` is the page's, for corrections that hold only there. Absent: no correcting.
   */
  corrections?: { site: string } | null;
}

export interface SidebarActions {
  close(): void;
  /** The reader dragged the resize handle; persist when `done`. */
  resize(width: number, done: boolean): void;
  /** Scroll the page to this stretch of article text and flash it. */
  reveal(span: TextSpan): void;
  setHighlights(on: boolean): void;
  /** No article found: read the page's whole text all the same (absent: not offered). */
  readAnyway?(): void;
  /** No article found: read the text the reader selected in the page (absent: not offered). */
  readSelection?(): void;
  /** The kinds of highlight switched off, shown at once and saved with the settings (absent: saved only). */
  setHiddenKinds?(kinds: HighlightKind[]): void;
  focusEntity(id: string | null): void;
  selectQuote(index: number | null): void;
  copyText(text: string): Promise<void>;
  /** Open the browser's keyboard-shortcut settings (or say where they are). */
  openShortcutSettings(): void;
  openOptions(): void;
  updateSettings(patch: Partial<Settings>): void;
  /**
   * Look an entity up on Wikipedia through the background (messages in
   * src/core/notes/wikipedia/protocol.ts; src/platform/wikipedia/content-client.ts implements both).
   * null or absent: no lookups at all. While settings.wikipedia is off, a card asks the reader
   * before it calls this.
   */
  lookupWikipedia?: LookupWikipedia | null;
  /** Remember (title) or forget (null) the reader's "Which one?" choice for a name. */
  rememberWikipediaChoice?: RememberWikipediaChoice;
  /** Keeps a correction of the reader's on the device and applies it. */
  correct?(request: CorrectionRequest): void;
  /** Removes one of the reader's corrections. */
  undoCorrection?(correctionId: string): void;
}
