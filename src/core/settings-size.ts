/**
 * How much room the settings take in storage.sync, which refuses an item over 8 KB
 * (QUOTA_BYTES_PER_ITEM, 8192 in Chrome and Firefox, counted as the key plus the value's JSON).
 * The never-run list is what grows, so the settings page checks a new list against this bound
 * before saving, and the store refuses to write anything larger.
 */
import type { Settings } from './settings';

export const SETTINGS_KEY = 'settings';
export const SETTINGS_MAX_BYTES = 8192;

const utf8Length = (s: string) => new TextEncoder().encode(s).length;

/** Bytes storage.sync counts for the settings item. */
export function settingsItemBytes(settings: Settings): number {
  return utf8Length(SETTINGS_KEY) + utf8Length(JSON.stringify(settings));
}

export function settingsFit(settings: Settings): boolean {
  return settingsItemBytes(settings) <= SETTINGS_MAX_BYTES;
}

/** Thrown instead of writing settings that storage.sync would refuse. */
export class SettingsTooLargeError extends Error {
  constructor(readonly bytes: number) {
    super(`the settings would take ${bytes} bytes, more than the ${SETTINGS_MAX_BYTES} your browser keeps for them`);
    this.name = 'SettingsTooLargeError';
  }
}
