/**
 * The offscreen document (Chrome): a page of ours with a DOM, where the background's page
 * snapshots are rebuilt as inert documents and read by Readability, away from the page's main
 * thread, and where text is put on the clipboard for the background. It answers only our own
 * background's requests.
 */
import browser from 'webextension-polyfill';
import { readSnapshotJson } from '../background/article-finder';
import { createRouter } from '../../protocol/router';
import { parseOffscreenRequest, type OffscreenReplies, type OffscreenRequest } from '../../protocol/offscreen';

const backgroundUrl = browser.runtime.getURL('background.js');

/** The offscreen document's router: the two requests the background makes of it. */
const router = createRouter<OffscreenRequest, OffscreenReplies, null>(parseOffscreenRequest, {
  extract: (msg) => readSnapshotJson(msg.snapshot),
  copy: (msg) => copyHere(msg.text),
});

browser.runtime.onMessage.addListener(((raw: unknown, sender: browser.Runtime.MessageSender) => {
  if (!router.parse(raw)) return undefined; // not ours to answer (content scripts talk to the background)
  if (sender.id !== browser.runtime.id || sender.tab || sender.url !== backgroundUrl) return undefined;
  try {
    return router.route(raw, null) ?? undefined;
  } catch (e) {
    return Promise.resolve({ error: e instanceof Error ? e.message : String(e) });
  }
}) as Parameters<typeof browser.runtime.onMessage.addListener>[0]);

/**
 * The copy command in this document of ours (navigator.clipboard needs a focused document, and an
 * offscreen one never is); no page script sees this copy event.
 */
function copyHere(text: string): true {
  const area = document.createElement('textarea');
  area.value = text;
  document.body.appendChild(area);
  area.select();
  const ok = document.execCommand('copy');
  area.remove();
  if (!ok) throw new Error('the browser refused to copy');
  return true;
}
