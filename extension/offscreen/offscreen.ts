/**
 * The offscreen document (Chrome): a page of ours with a DOM, where the background's page
 * snapshots are rebuilt as inert documents and read by Readability, away from the page's main
 * thread. It answers only our own background's requests.
 */
import browser from 'webextension-polyfill';
import { readSnapshotJson } from '../article-finder';
import { isOffscreenRequest } from './protocol';

const backgroundUrl = browser.runtime.getURL('background.js');

browser.runtime.onMessage.addListener(((raw: unknown, sender: browser.Runtime.MessageSender) => {
  if (!isOffscreenRequest(raw)) return undefined; // not ours to answer (content scripts talk to the background)
  if (sender.id !== browser.runtime.id || sender.tab || sender.url !== backgroundUrl) return undefined;
  try {
    return Promise.resolve(readSnapshotJson(raw.snapshot));
  } catch (e) {
    return Promise.resolve({ error: e instanceof Error ? e.message : String(e) });
  }
}) as Parameters<typeof browser.runtime.onMessage.addListener>[0]);
