/**
 * What the content script needs from the extension, and nothing else: messages to the
 * background, the stored settings and corrections, whether the runtime is still there, and the
 * page-side modules that load on demand. The real one is extension-edge.ts; the browser tests of
 * the sidebar pass a double, so that they run the same composition (compose.ts) in a plain page.
 */
import type { Correction } from '../../core/corrections';
import type { Settings } from '../../core/settings';
import type { ContentMessenger } from './messaging';
import type { Extraction, PageAnalyzer } from './page-modules';

export interface SettingsEdge {
  load(): Promise<Settings>;
  /** Saves a patch; rejects when the save never lands (the error's message is for the reader). */
  save(patch: Partial<Settings>): Promise<unknown>;
  /** Calls `fn` with the settings whenever they change (here or elsewhere); returns the way to stop. */
  watch(fn: (settings: Settings) => void): () => void;
}

export interface CorrectionsEdge {
  load(): Promise<Correction[]>;
  keep(correction: Correction): Promise<unknown>;
  remove(id: string): Promise<unknown>;
  watch(fn: (corrections: Correction[]) => void): () => void;
}

export interface ContentEdge {
  messages: ContentMessenger;
  settings: SettingsEdge;
  corrections: CorrectionsEdge;
  /** False once Gloss was updated or removed under this copy of the content script. */
  runtimeAlive(): boolean;
  /** Readability and the extraction around it, for when the page must read itself. */
  loadExtraction(): Promise<Extraction>;
  /** The analyser and its model, for when the background cannot analyse. */
  loadAnalyzer(): Promise<PageAnalyzer>;
}
