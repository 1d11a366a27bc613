/**
 * Storage: a corrupt settings object is discarded field by field and rebuilt (normalizeSettings),
 * and src/platform/storage/settings-store.ts, over a mocked storage.sync, returns valid settings for anything
 * stored, rewrites what was corrupt, survives a storage that throws, and never saves junk.
 * (The Wikipedia cache's corrupt entries and size cap: tests/unit/notes-wikipedia-lookup.test.ts.)
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import {
  DEFAULT_SETTINGS,
  MAX_WIDTH,
  MIN_WIDTH,
  normalizeSettings,
  SETTINGS_VERSION,
  type Settings,
} from '../../src/core/settings';

const store = vi.hoisted(() => {
  const data: Record<string, unknown> = {};
  const state = { failGet: false, failSet: false };
  const sync = {
    get: async (key: string) => {
      if (state.failGet) throw new Error('storage unavailable');
      return key in data ? { [key]: structuredClone(data[key]) } : {};
    },
    set: async (items: Record<string, unknown>) => {
      if (state.failSet) throw new Error('quota');
      for (const [k, v] of Object.entries(items)) data[k] = structuredClone(v);
    },
  };
  return { data, state, sync };
});

vi.mock('webextension-polyfill', () => ({
  default: { storage: { sync: store.sync, onChanged: { addListener: () => {}, removeListener: () => {} } } },
}));

const { loadSettings, saveSettings } = await import('../../src/platform/storage/settings-store');

function isValid(s: Settings): void {
  expect(Object.keys(s).sort()).toEqual(Object.keys(DEFAULT_SETTINGS).sort());
  expect(s.schemaVersion).toBe(SETTINGS_VERSION);
  expect(typeof s.autoOpen).toBe('boolean');
  expect(['left', 'right']).toContain(s.side);
  expect(Number.isInteger(s.width) && s.width >= MIN_WIDTH && s.width <= MAX_WIDTH).toBe(true);
  expect(typeof s.highlights).toBe('boolean');
  expect(typeof s.wikipedia).toBe('boolean');
  expect(typeof s.wikipediaNoticeSeen).toBe('boolean');
  expect(Array.isArray(s.neverRunOn)).toBe(true);
  for (const p of s.neverRunOn) expect(typeof p === 'string' && p.trim() === p && p !== '').toBe(true);
  expect(s.neverRunOn.length).toBeLessThanOrEqual(500);
}

const flush = () => new Promise((r) => setTimeout(r, 0));

beforeEach(() => {
  for (const k of Object.keys(store.data)) delete store.data[k];
  store.state.failGet = false;
  store.state.failSet = false;
});

describe('normalizeSettings: corrupt settings are discarded and rebuilt', () => {
  it('whole-object corruption gives the defaults', () => {
    for (const junk of [
      undefined,
      null,
      0,
      'settings',
      [],
      [1, 2],
      true,
      new Date(0),
      { schemaVersion: 0 },
      { schemaVersion: -3, width: 400 },
    ]) {
      expect(normalizeSettings(junk)).toEqual({ ...DEFAULT_SETTINGS, neverRunOn: [] });
    }
  });

  it('field-level corruption falls back field by field, valid fields are kept', () => {
    const s = normalizeSettings({
      schemaVersion: SETTINGS_VERSION,
      autoOpen: 'yes',
      side: 'left',
      width: Number.NaN,
      highlights: false,
      wikipedia: null,
      wikipediaNoticeSeen: 1,
      neverRunOn: ['  bank.example ', 7, '', null, '*.intranet'],
      evil: '<img src=x onerror=alert(1)>',
    });
    isValid(s);
    expect(s).toEqual({
      ...DEFAULT_SETTINGS,
      side: 'left',
      highlights: false,
      neverRunOn: ['bank.example', '*.intranet'],
    });
    expect(normalizeSettings({ width: 1e9 }).width).toBe(MAX_WIDTH);
    expect(normalizeSettings({ width: -Infinity }).width).toBe(DEFAULT_SETTINGS.width);
    expect(
      normalizeSettings({ neverRunOn: Array.from({ length: 2000 }, (_, i) => `s${i}.example`) }).neverRunOn,
    ).toHaveLength(500);
  });

  it('migrates version 1 and reads a newer version', () => {
    expect(normalizeSettings({ schemaVersion: 1, openOnArticles: true, position: 'left' })).toMatchObject({
      autoOpen: true,
      side: 'left',
    });
    expect(normalizeSettings({ schemaVersion: 99, side: 'left', futureField: 1 })).toMatchObject({
      side: 'left',
      schemaVersion: SETTINGS_VERSION,
    });
  });

  it('never throws and always gives valid settings, whatever storage holds', () => {
    const field = fc.oneof(
      fc.anything(),
      fc.constantFrom('left', 'right', true, false, 300, 1e12, Number.NaN, ['a.example']),
    );
    const settingsish = fc.record(
      {
        schemaVersion: fc.oneof(fc.integer({ min: -2, max: 4 }), fc.anything()),
        autoOpen: field,
        side: field,
        width: field,
        highlights: field,
        wikipedia: field,
        wikipediaNoticeSeen: field,
        neverRunOn: fc.oneof(field, fc.array(field)),
        openOnArticles: field,
        position: field,
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(fc.oneof(fc.anything({ withNullPrototype: true, withObjectString: true }), settingsish), (raw) => {
        isValid(normalizeSettings(raw));
      }),
      { numRuns: 400 },
    );
  });
});

describe('settings-store over a mocked storage.sync', () => {
  it('a corrupt stored object is read as valid settings and rewritten clean', async () => {
    store.data.settings = {
      schemaVersion: SETTINGS_VERSION,
      side: 'upside-down',
      width: 'wide',
      highlights: false,
      neverRunOn: 'bank.example',
    };
    const s = await loadSettings();
    isValid(s);
    expect(s.highlights).toBe(false);
    expect(s.side).toBe(DEFAULT_SETTINGS.side);
    await flush();
    expect(store.data.settings).toEqual(s);
  });

  it('a stored string, array or number is replaced by the defaults', async () => {
    for (const junk of ['{"side":"left"}', [1, 2, 3], 42]) {
      store.data.settings = junk;
      const s = await loadSettings();
      expect(s).toEqual({ ...DEFAULT_SETTINGS, neverRunOn: [] });
      await flush();
      expect(store.data.settings).toEqual(s);
    }
  });

  it('a storage that throws gives the defaults, never an exception', async () => {
    store.state.failGet = true;
    await expect(loadSettings()).resolves.toEqual({ ...DEFAULT_SETTINGS, neverRunOn: [] });
  });

  it('a clean stored object is not rewritten', async () => {
    const clean = { ...DEFAULT_SETTINGS, side: 'left' as const, neverRunOn: ['a.example'] };
    store.data.settings = clean;
    const set = vi.spyOn(store.sync, 'set');
    expect(await loadSettings()).toEqual(clean);
    await flush();
    expect(set).not.toHaveBeenCalled();
    set.mockRestore();
  });

  it('saving a junk patch keeps the stored settings valid', async () => {
    store.data.settings = { ...DEFAULT_SETTINGS };
    const next = await saveSettings({
      width: 'x',
      side: 'top',
      autoOpen: true,
      neverRunOn: [3, ' b.example '],
    } as unknown as Partial<Settings>);
    isValid(next);
    expect(next.autoOpen).toBe(true);
    expect(next.neverRunOn).toEqual(['b.example']);
    expect(store.data.settings).toEqual(next);
  });
});
