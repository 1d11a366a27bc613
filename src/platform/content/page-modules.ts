/**
 * The page side's parts that load only when needed, each one self-contained file (no shared
 * chunks) loaded through the URL the extension gives it. In Chrome that URL is per session
 * (`use_dynamic_url`), so a page cannot probe for Gloss's files; a file that imported shared
 * chunks by relative path would reach them through the fixed URL, which Chrome then refuses.
 */
declare const chrome: { runtime?: { id?: string; getURL(path: string): string } };

export type Extraction = typeof import('../../core/article/extract');
export type PageAnalyzer = typeof import('./page-analyzer');

/**
 * Rejects when this copy of the content script is orphaned (Gloss was updated, reloaded or
 * removed: its runtime has no id any more; both browsers have `chrome.runtime`). Asking for a
 * file then would only be a failed request in the page's console.
 */
function checkRuntime(): void {
  if (typeof chrome === 'undefined' || !chrome.runtime?.id)
    throw new Error('Gloss was updated or removed; this page’s copy of it has stopped');
}

/** Readability and the extraction around it: when the page must read itself. */
export const loadExtraction = async (): Promise<Extraction> => {
  checkRuntime();
  return import(/* @vite-ignore */ chrome.runtime!.getURL('app/page-extract.js'));
};

/** The analyser and the model: when the background cannot analyse. */
export const loadPageAnalyzer = async (): Promise<PageAnalyzer> => {
  checkRuntime();
  return import(/* @vite-ignore */ chrome.runtime!.getURL('app/page-analyzer.js'));
};
