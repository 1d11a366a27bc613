/**
 * Wikipedia lookups need the reader's yes: off on a fresh install, and off after an upgrade from
 * the version that had them on by default (its stored "on" is not a yes). A yes given under the
 * current version survives reading.
 */
import { describe, expect, it } from 'vitest';
import { normalizeSettings, SETTINGS_VERSION } from '../../src/core/settings';

describe('settings: Wikipedia lookups need consent', () => {
  it('are off on a fresh install', () => {
    expect(normalizeSettings(undefined).wikipedia).toBe(false);
    expect(normalizeSettings({}).wikipedia).toBe(false);
  });

  it('go off when migrating from version 2, whatever it stored; other settings are kept', () => {
    for (const stored of [
      { schemaVersion: 2, wikipedia: true, wikipediaNoticeSeen: false },
      { schemaVersion: 2, wikipedia: true, wikipediaNoticeSeen: true },
      { schemaVersion: 2, wikipedia: false, wikipediaNoticeSeen: true },
      { schemaVersion: 2 },
    ]) {
      const s = normalizeSettings({
        ...stored,
        side: 'left',
        width: 500,
        highlights: false,
        neverRunOn: ['bank.example'],
      });
      expect(s).toMatchObject({
        schemaVersion: SETTINGS_VERSION,
        wikipedia: false,
        side: 'left',
        width: 500,
        highlights: false,
        neverRunOn: ['bank.example'],
      });
    }
  });

  it('go off when migrating from version 1 (through version 2)', () => {
    const s = normalizeSettings({ schemaVersion: 1, openOnArticles: true, position: 'left', wikipedia: true });
    expect(s).toMatchObject({ schemaVersion: SETTINGS_VERSION, autoOpen: true, side: 'left', wikipedia: false });
  });

  it('stay on once the reader turned them on in this version', () => {
    expect(normalizeSettings({ schemaVersion: SETTINGS_VERSION, wikipedia: true }).wikipedia).toBe(true);
  });
});
