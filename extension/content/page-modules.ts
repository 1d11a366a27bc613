/**
 * The page side's parts that load only when needed, each one self-contained file (no shared
 * chunks) loaded through the URL the extension gives it. In Chrome that URL is per session
 * (`use_dynamic_url`), so a page cannot probe for Gloss's files; a file that imported shared
 * chunks by relative path would reach them through the fixed URL, which Chrome then refuses.
 */
declare const chrome: { runtime: { getURL(path: string): string } };

export type Extraction = typeof import('../../src/article/extract');
export type PageAnalyzer = typeof import('./page-analyzer');

/** Readability and the extraction around it: when the page must read itself. */
export const loadExtraction = (): Promise<Extraction> => import(/* @vite-ignore */ chrome.runtime.getURL('app/page-extract.js'));

/** The analyser and the model: when the background cannot analyse. */
export const loadPageAnalyzer = (): Promise<PageAnalyzer> => import(/* @vite-ignore */ chrome.runtime.getURL('app/page-analyzer.js'));
