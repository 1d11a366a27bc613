/**
 * The background service worker's Wikipedia glue: the real fetch, browser.storage.local for the
 * cache and the reader's choices, the setting from storage.sync. extension/background.ts's router
 * (after its sender check) hands Wikipedia messages to this service.
 */
import browser from 'webextension-polyfill';
import { TEST_BUILD } from '../../core/build-flags';
import { DEFAULT_BASE_URL } from '../../core/notes/wikipedia/api';
import { loadSettings } from '../storage/settings-store';
import { dataCollectionGranted } from './data-collection';
import { createWikipediaService } from './service';

const storage = {
  get: (keys: string[]) => browser.storage.local.get(keys) as Promise<Record<string, unknown>>,
  set: (items: Record<string, unknown>) => browser.storage.local.set(items),
  remove: (keys: string[]) => browser.storage.local.remove(keys),
  getAll: () => browser.storage.local.get(null) as Promise<Record<string, unknown>>,
};

/** Set only by the test build's hook below; the shipped build always asks Wikipedia itself. */
let testBaseUrl: string | null = null;

export const wikipediaService = createWikipediaService({
  fetch: (url, init) => fetch(url, init),
  storage,
  userAgent: `Gloss/${browser.runtime.getManifest().version} (browser extension)`,
  // On for good needs the setting and, in Firefox, the reader's data-collection grant too.
  isEnabled: async () => (await loadSettings()).wikipedia && (await dataCollectionGranted()) !== false,
  baseUrl: () => testBaseUrl ?? DEFAULT_BASE_URL,
});

// For the browser tests (test build only): point lookups at the test's own server from the
// service worker, `await sw.evaluate(() => glossWikipedia.setBaseUrl('http://127.0.0.1:PORT'))`.
// The manifest grants only en.wikipedia.org, so that server must answer CORS itself:
// `Access-Control-Allow-Origin: *` and, for the preflight, `Access-Control-Allow-Headers:
// Api-User-Agent`.
if (TEST_BUILD) {
  (globalThis as Record<string, unknown>).glossWikipedia = {
    setBaseUrl: (url: string) => void (testBaseUrl = url),
    settled: () => wikipediaService.settled(),
  };
}
