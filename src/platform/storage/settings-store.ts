/** Settings in storage.sync: read (normalised, never throws), patched, and watched. */
import browser from 'webextension-polyfill';
import { jsonEqual } from '../../core/json-equal';
import { normalizeSettings, SETTINGS_VERSION, type Settings } from '../../core/settings';
import { SETTINGS_KEY as KEY } from '../../core/settings-size';
import { createSettingsWriter, type SaveStatus } from '../../core/settings-writer';

export { SettingsSaveError } from '../../core/settings-writer';

const statusListeners = new Set<(s: SaveStatus) => void>();

const writer = createSettingsWriter({
  storage: {
    read: async () => (await browser.storage.sync.get(KEY))[KEY],
    write: (settings) => browser.storage.sync.set({ [KEY]: settings }),
  },
  onStatus: (s) => statusListeners.forEach((fn) => fn(s)),
});

export async function loadSettings(): Promise<Settings> {
  try {
    const stored = (await browser.storage.sync.get(KEY))[KEY];
    const settings = normalizeSettings(stored);
    // Rewrite only what was corrupt or older (best effort). Every page reads the settings, and
    // storage.sync refuses an extension's writes beyond 120 a minute: a read must not write.
    if (needsRewrite(stored, settings)) void browser.storage.sync.set({ [KEY]: settings }).catch(() => {});
    return settings;
  } catch {
    return normalizeSettings(undefined);
  }
}

function needsRewrite(stored: unknown, settings: Settings): boolean {
  if (stored === undefined) return false; // nothing stored: the defaults apply without a write
  // Written by a newer Gloss on another device: its fields are not ours to drop.
  const version = (stored as { schemaVersion?: unknown } | null)?.schemaVersion;
  if (typeof version === 'number' && version > SETTINGS_VERSION) return false;
  return !jsonEqual(stored, settings);
}

/**
 * Stores a patch. Patches close together are written once; a refused write is retried; the
 * promise rejects with a SettingsSaveError (its message is for the reader) if it never lands.
 */
export function saveSettings(patch: Partial<Settings>): Promise<Settings> {
  return writer.save(patch);
}

/** Hears how saves go (waiting to retry, failed, saved), from this page's saves. */
export function watchSaveStatus(fn: (s: SaveStatus) => void): () => void {
  statusListeners.add(fn);
  return () => statusListeners.delete(fn);
}

/** Calls `fn` with the new settings whenever they change (from any tab or the options page). */
export function watchSettings(fn: (s: Settings) => void): () => void {
  const listener = (changes: Record<string, browser.Storage.StorageChange>, area: string) => {
    if (area === 'sync' && changes[KEY]) fn(normalizeSettings(changes[KEY].newValue));
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
