/**
 * Finds the article in a page snapshot for a content script, off the page's main thread. Firefox's
 * background is a page with a DOM: the snapshot is read right here. Chrome's background is a
 * service worker without one: an offscreen document of ours reads it, created on first use and
 * closed after a minute without work.
 */
import browser from 'webextension-polyfill';
import { extractFromSnapshot } from '../src/article/extract';
import { parseSnapshotJson } from '../src/messages';
import { OFFSCREEN_PATH, OFFSCREEN_TARGET, type OffscreenRequest } from './offscreen/protocol';

declare const chrome: {
  offscreen?: {
    createDocument(p: { url: string; reasons: string[]; justification: string }): Promise<void>;
    closeDocument(): Promise<void>;
  };
  runtime: { getContexts?(filter: { contextTypes: string[]; documentUrls?: string[] }): Promise<unknown[]> };
};

const IDLE_CLOSE_MS = 60_000;

/** The article (a RemoteArticle, or null) in a page snapshot, both as JSON text. */
export async function findArticleInSnapshot(json: string): Promise<string> {
  if (typeof document !== 'undefined' && document.implementation) return readSnapshotJson(json);
  await ensureOffscreen();
  const request: OffscreenRequest = { target: OFFSCREEN_TARGET, type: 'extract', snapshot: json };
  let answer: unknown;
  for (let attempt = 0; ; attempt++) {
    try {
      answer = await browser.runtime.sendMessage(request);
      break;
    } catch (e) {
      // Just created: its listener may not be there for a moment.
      if (attempt >= 10) throw e;
      await new Promise((r) => setTimeout(r, 50));
    }
  }
  closeWhenIdle();
  if (answer && typeof answer === 'object' && 'error' in answer) throw new Error(String((answer as { error: unknown }).error));
  if (typeof answer !== 'string') throw new Error('the article finder did not answer');
  return answer;
}

/** Reads a snapshot's JSON where there is a DOM (Firefox's background page, the offscreen document). */
export function readSnapshotJson(json: string): string {
  const snapshot = parseSnapshotJson(json);
  if (!snapshot) throw new Error('Gloss: malformed page snapshot');
  return JSON.stringify(extractFromSnapshot(snapshot, () => document.implementation.createHTMLDocument('')));
}

let creating: Promise<void> | null = null;
let idleTimer: ReturnType<typeof setTimeout> | null = null;

async function ensureOffscreen(): Promise<void> {
  if (!chrome.offscreen) throw new Error('no DOM here to read pages with');
  if (idleTimer) clearTimeout(idleTimer);
  idleTimer = null;
  const url = browser.runtime.getURL(OFFSCREEN_PATH);
  if (chrome.runtime.getContexts) {
    const open = await chrome.runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT'], documentUrls: [url] });
    if (open.length) return;
  }
  creating ??= chrome.offscreen
    .createDocument({ url: OFFSCREEN_PATH, reasons: ['DOM_PARSER'], justification: 'Find the article in a snapshot of the page without blocking the page.' })
    .catch((e: unknown) => {
      // Another request created it first.
      if (!/single offscreen document/i.test(String(e))) throw e;
    })
    .finally(() => (creating = null));
  await creating;
}

function closeWhenIdle(): void {
  if (idleTimer) clearTimeout(idleTimer);
  idleTimer = setTimeout(() => {
    idleTimer = null;
    void chrome.offscreen?.closeDocument().catch(() => {});
  }, IDLE_CLOSE_MS);
}
