/**
 * The background service worker's Wikipedia glue: the real fetch, browser.storage.local for the
 * cache and the reader's choices, the setting from storage.sync, and the sender check.
 * extension/background.ts routes Wikipedia messages here.
 */
import browser from 'webextension-polyfill';
import { isOwnSender } from '../../src/messages';
import { loadSettings } from '../settings-store';
import { dataCollectionGranted } from './data-collection';
import { createWikipediaService, isWikipediaMessage, type WikipediaAnswer } from './service';

const storage = {
  get: (keys: string[]) => browser.storage.local.get(keys) as Promise<Record<string, unknown>>,
  set: (items: Record<string, unknown>) => browser.storage.local.set(items),
  remove: (keys: string[]) => browser.storage.local.remove(keys),
};

export const wikipediaService = createWikipediaService({
  fetch: (url, init) => fetch(url, init),
  storage,
  userAgent: `Gloss/${browser.runtime.getManifest().version} (browser extension)`,
  // On for good needs the setting and, in Firefox, the reader's data-collection grant too.
  isEnabled: async () => (await loadSettings()).wikipedia && (await dataCollectionGranted()) !== false,
});

export { isWikipediaMessage };

// For the browser tests: point lookups at the test's own server from the service worker,
//   await sw.evaluate(() => glossWikipedia.setBaseUrl('http://127.0.0.1:PORT'))
// The manifest grants only en.wikipedia.org, so that server must answer CORS itself:
// `Access-Control-Allow-Origin: *` and, for the preflight, `Access-Control-Allow-Headers:
// Api-User-Agent`. (Request interception of https://en.wikipedia.org/ needs neither.)
(globalThis as Record<string, unknown>).glossWikipedia = wikipediaService;

/**
 * Answers a Wikipedia message from this extension's own content scripts or pages; anything
 * else is refused. Malformed messages reject.
 */
export function handleWikipediaMessage(msg: unknown, sender: browser.Runtime.MessageSender): Promise<WikipediaAnswer> {
  const ownOrigin = new URL(browser.runtime.getURL('/')).origin;
  if (!isOwnSender(sender, browser.runtime.id, ownOrigin)) return Promise.reject(new Error('Gloss: message from an unknown sender'));
  return wikipediaService.handle(msg);
}
