/** Settings in storage.sync: read (normalised, never throws), patched, and watched. */
import browser from 'webextension-polyfill';
import { applySettingsPatch, normalizeSettings, type Settings } from '../src/settings';

const KEY = 'settings';

export async function loadSettings(): Promise<Settings> {
  try {
    const got = await browser.storage.sync.get(KEY);
    const settings = normalizeSettings(got[KEY]);
    // Rewrite what was corrupt or older, so the next read is clean (best effort).
    if (JSON.stringify(got[KEY]) !== JSON.stringify(settings)) void browser.storage.sync.set({ [KEY]: settings }).catch(() => {});
    return settings;
  } catch {
    return normalizeSettings(undefined);
  }
}

export async function saveSettings(patch: Partial<Settings>): Promise<Settings> {
  const next = applySettingsPatch(await loadSettings(), patch);
  await browser.storage.sync.set({ [KEY]: next });
  return next;
}

/** Calls `fn` with the new settings whenever they change (from any tab or the options page). */
export function watchSettings(fn: (s: Settings) => void): () => void {
  const listener = (changes: Record<string, browser.Storage.StorageChange>, area: string) => {
    if (area === 'sync' && changes[KEY]) fn(normalizeSettings(changes[KEY].newValue));
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
