/**
 * The reader's corrections in storage.local (on this device only; nothing leaves the browser):
 * the store of src/core/corrections over the real storage, and a watch for changes made in other
 * tabs or on the settings page.
 */
import browser from 'webextension-polyfill';
import {
  CORRECTIONS_KEY,
  createCorrectionsStore,
  readStoredCorrections,
  type Correction,
  type CorrectionsStore,
} from '../../core/corrections';

export const correctionsStore: CorrectionsStore = createCorrectionsStore({
  get: async (key) => (await browser.storage.local.get(key))[key],
  set: (items) => browser.storage.local.set(items),
});

/** Calls `fn` with the stored corrections whenever they change (any tab, the settings page). */
export function watchCorrections(fn: (corrections: Correction[]) => void): () => void {
  const listener = (changes: Record<string, browser.Storage.StorageChange>, area: string) => {
    if (area === 'local' && changes[CORRECTIONS_KEY])
      fn(readStoredCorrections(changes[CORRECTIONS_KEY].newValue).corrections);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
