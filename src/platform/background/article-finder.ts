/**
 * Finds the article in a page snapshot for a content script, off the page's main thread. Firefox's
 * background is a page with a DOM: the snapshot is read right here. Chrome's background is a
 * service worker without one: an offscreen document of ours reads it, created on first use and
 * closed after a minute without work.
 */
import { extractFromSnapshot } from '../../core/article/extract';
import type { RemoteArticle } from '../../core/article/remote';
import { parseWith, type JsonText } from '../../protocol/kit';
import { OFFSCREEN_REPLIES } from '../../protocol/offscreen-replies';
import { parseSnapshotJson, remoteArticleJson } from '../../protocol/page-reading';
import { formatPublished } from '../../core/format';
// Chrome only (service workers cannot import() on demand, so it is imported here); the
// Firefox build leaves it out, as nothing there calls it.
import { readInOffscreen } from '../offscreen/chrome-offscreen';
import { BROWSER } from './browser-target';

/** The article (a RemoteArticle, or null) in a page snapshot, both as JSON text. */
export async function findArticleInSnapshot(json: string): Promise<JsonText<RemoteArticle | null>> {
  if (BROWSER === 'firefox') return readSnapshotJson(json);
  const answer = parseWith(OFFSCREEN_REPLIES.extract, await readInOffscreen(json));
  if (answer === null) throw new Error('the article finder did not answer');
  return answer;
}

/** Reads a snapshot's JSON where there is a DOM (Firefox's background page, the offscreen document). */
export function readSnapshotJson(json: string): JsonText<RemoteArticle | null> {
  const snapshot = parseSnapshotJson(json);
  if (!snapshot) throw new Error('Gloss: malformed page snapshot');
  const article = extractFromSnapshot(snapshot, () => document.implementation.createHTMLDocument(''));
  // Formatted here, where date formatting is warm: a tab's first Intl.DateTimeFormat is a long task.
  return remoteArticleJson(article && { ...article, published: formatPublished(article.publishedTime) });
}
