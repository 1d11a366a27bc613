/**
 * The cheap "is this an article?" check every page gets, kept apart from extract.ts so the
 * per-page content script bundles only Readability's small heuristic, not Readability itself.
 */
// Default import: the file is CommonJS (`module.exports = isProbablyReaderable`), so Node's ESM
// loader (tsx: `analyze`, the benches) has no named export; vite and vitest accept this form too.
import isProbablyReaderable from '@mozilla/readability/Readability-readerable.js';

export function looksLikeArticle(doc: Document): boolean {
  try {
    return isProbablyReaderable(doc);
  } catch {
    return false;
  }
}
