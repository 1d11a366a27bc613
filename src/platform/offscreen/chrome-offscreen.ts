/**
 * Chrome only: its background is a service worker, without a DOM or a clipboard, so page snapshots
 * are read, and text is copied, in an offscreen document of ours (offscreen.html), created on first
 * use and closed after a minute without work. The Firefox build leaves this module out (its
 * callers choose by the build's browser, browser-target.ts): Firefox's background page reads
 * snapshots and copies itself.
 */
import browser from 'webextension-polyfill';
import type { Send } from '../../protocol/client';
import { OFFSCREEN_PATH, OFFSCREEN_TARGET } from '../../protocol/offscreen-names';

declare const chrome: {
  offscreen?: {
    createDocument(p: { url: string; reasons: string[]; justification: string }): Promise<void>;
    closeDocument(): Promise<void>;
  };
  runtime: { getContexts?(filter: { contextTypes: string[]; documentUrls?: string[] }): Promise<unknown[]> };
};

const IDLE_CLOSE_MS = 60_000;

/**
 * Reads a page snapshot's JSON in our offscreen document. The answer is returned as it came: the
 * background checks it against the protocol (article-finder.ts), since this module, an entry of
 * its own, shares no code with the background.
 */
export async function readInOffscreen(json: string): Promise<unknown> {
  return ask({ target: OFFSCREEN_TARGET, type: 'extract', snapshot: json });
}

/** Puts text on the clipboard from our offscreen document. */
export async function copyInOffscreen(text: string): Promise<void> {
  if ((await ask({ target: OFFSCREEN_TARGET, type: 'copy', text })) !== true)
    throw new Error('the clipboard did not answer');
}

/** Sends to the offscreen document, created first if need be; its failures ({ error }) reject. */
const ask: Send = async (request) => {
  await ensureOffscreen();
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
  if (answer && typeof answer === 'object' && 'error' in answer) throw new Error(String(answer.error));
  return answer;
};

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
    .createDocument({
      url: OFFSCREEN_PATH,
      reasons: ['DOM_PARSER', 'CLIPBOARD'],
      justification:
        'Find the article in a snapshot of the page without blocking the page; copy the briefing without the page seeing it.',
    })
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
