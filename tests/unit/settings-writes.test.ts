/**
 * How often settings are written (src/platform/storage/settings-store.ts, src/core/settings-writer.ts), over a
 * storage.sync fake that behaves as Chrome's does: objects come back with their keys sorted,
 * and writes beyond a per-minute budget are refused with Chrome's error. Reading never writes
 * unless the stored value really changes; patches close together are one write; a refused
 * write is retried, and one that never lands is reported in words for the reader.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS, type Settings } from '../../src/core/settings';
import { SETTINGS_MAX_BYTES } from '../../src/core/settings-size';
import { jsonEqual } from '../../src/core/json-equal';

const chrome = vi.hoisted(() => {
  /** Chrome keeps values as dictionaries with sorted keys, at every depth. */
  const sorted = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(sorted);
    if (typeof v === 'object' && v !== null) {
      return Object.fromEntries(
        Object.keys(v)
          .sort()
          .map((k) => [k, sorted((v as Record<string, unknown>)[k])]),
      );
    }
    return v;
  };
  const data: Record<string, unknown> = {};
  const state = { writes: 0, refuse: [] as string[] };
  const sync = {
    get: async (key: string) => (key in data ? { [key]: sorted(structuredClone(data[key])) } : {}),
    set: async (items: Record<string, unknown>) => {
      state.writes++;
      const refusal = state.refuse.shift();
      if (refusal) throw new Error(refusal);
      for (const [k, v] of Object.entries(items)) data[k] = structuredClone(v);
    },
  };
  return { data, state, sync };
});

vi.mock('webextension-polyfill', () => ({
  default: { storage: { sync: chrome.sync, onChanged: { addListener: () => {}, removeListener: () => {} } } },
}));

const { loadSettings, saveSettings, watchSaveStatus, SettingsSaveError } =
  await import('../../src/platform/storage/settings-store');

const PER_MINUTE = 'This request exceeds the MAX_WRITE_OPERATIONS_PER_MINUTE quota.';
const PER_HOUR = 'This request exceeds the MAX_WRITE_OPERATIONS_PER_HOUR quota.';

beforeEach(() => {
  for (const k of Object.keys(chrome.data)) delete chrome.data[k];
  chrome.state.writes = 0;
  chrome.state.refuse = [];
});
afterEach(() => {
  vi.useRealTimers();
});

describe('the storage fake', () => {
  it('hands keys back in another order than written, as Chrome does', async () => {
    chrome.data.settings = { ...DEFAULT_SETTINGS };
    const back = (await chrome.sync.get('settings')).settings as Settings;
    expect(Object.keys(back)).not.toEqual(Object.keys(DEFAULT_SETTINGS));
    expect(JSON.stringify(back)).not.toBe(JSON.stringify(DEFAULT_SETTINGS));
    expect(jsonEqual(back, DEFAULT_SETTINGS)).toBe(true);
  });
});

describe('reading settings', () => {
  it('100 reads of clean stored settings write nothing', async () => {
    chrome.data.settings = { ...DEFAULT_SETTINGS, side: 'left', neverRunOn: ['a.example', '*.b.example'] };
    for (let i = 0; i < 100; i++) expect((await loadSettings()).side).toBe('left');
    await new Promise((r) => setTimeout(r, 10));
    expect(chrome.state.writes).toBe(0);
  });

  it('nothing stored (a fresh install): the defaults, without a write', async () => {
    for (let i = 0; i < 10; i++) expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
    expect(chrome.state.writes).toBe(0);
  });

  it('older settings are migrated once, then read without writes', async () => {
    chrome.data.settings = { schemaVersion: 1, openOnArticles: true, position: 'left', width: 400 };
    for (let i = 0; i < 20; i++)
      expect(await loadSettings()).toMatchObject({ autoOpen: true, side: 'left', width: 400 });
    await new Promise((r) => setTimeout(r, 10));
    expect(chrome.state.writes).toBe(1);
  });

  it('settings from a newer Gloss are read, not rewritten', async () => {
    chrome.data.settings = { ...DEFAULT_SETTINGS, schemaVersion: 9, futureField: 'x', side: 'left' };
    expect((await loadSettings()).side).toBe('left');
    expect(chrome.state.writes).toBe(0);
  });
});

describe('saving settings', () => {
  it('patches in quick succession are one write, and every caller hears it landed', async () => {
    const saves = [
      saveSettings({ autoOpen: true }),
      saveSettings({ width: 500 }),
      saveSettings({ side: 'left' }),
      saveSettings({ wikipedia: false }),
    ];
    const results = await Promise.all(saves);
    expect(chrome.state.writes).toBe(1);
    const want = { ...DEFAULT_SETTINGS, autoOpen: true, width: 500, side: 'left', wikipedia: false };
    for (const r of results) expect(r).toEqual(want);
    expect(chrome.data.settings).toEqual(want);
  });

  it('a patch that changes nothing is not written', async () => {
    chrome.data.settings = { ...DEFAULT_SETTINGS };
    await saveSettings({ width: DEFAULT_SETTINGS.width });
    expect(chrome.state.writes).toBe(0);
  });

  it('a write refused for the per-minute quota waits and is retried', async () => {
    vi.useFakeTimers();
    chrome.state.refuse = [PER_MINUTE, PER_MINUTE];
    const statuses: string[] = [];
    const stop = watchSaveStatus((s) => statuses.push(s.state));
    let result: Settings | undefined;
    const saving = saveSettings({ wikipedia: false }).then((s) => (result = s));
    await vi.advanceTimersByTimeAsync(5_000);
    expect(result).toBeUndefined(); // still waiting out the minute
    await vi.advanceTimersByTimeAsync(60_000);
    await saving;
    stop();
    expect(result?.wikipedia).toBe(false);
    expect(chrome.state.writes).toBe(3);
    expect((chrome.data.settings as Settings).wikipedia).toBe(false);
    expect(statuses).toEqual(['retrying', 'retrying', 'saved']);
  });

  it('a patch made while a retry waits goes into the same write', async () => {
    vi.useFakeTimers();
    chrome.state.refuse = [PER_MINUTE];
    const first = saveSettings({ wikipedia: false });
    await vi.advanceTimersByTimeAsync(1_000);
    const second = saveSettings({ highlights: false });
    await vi.advanceTimersByTimeAsync(30_000);
    const [a, b] = await Promise.all([first, second]);
    expect(a).toEqual(b);
    expect(a).toMatchObject({ wikipedia: false, highlights: false });
    expect(chrome.state.writes).toBe(2);
  });

  it('a write that never lands rejects with words for the reader, and says so to listeners', async () => {
    vi.useFakeTimers();
    chrome.state.refuse = [PER_HOUR];
    const statuses: string[] = [];
    const stop = watchSaveStatus((s) => statuses.push(s.state === 'failed' ? `failed: ${s.message}` : s.state));
    const saving = saveSettings({ wikipedia: false });
    const caught = saving.catch((e: unknown) => e);
    await vi.advanceTimersByTimeAsync(1_000);
    const error = await caught;
    stop();
    expect(error).toBeInstanceOf(SettingsSaveError);
    expect(String((error as Error).message)).toMatch(/browser is limiting how often extensions save/);
    expect(statuses).toEqual([expect.stringMatching(/^failed: Gloss could not save your settings/)]);
    expect(chrome.data.settings).toBeUndefined();
  });

  it('other errors are retried a few times with growing waits, then reported', async () => {
    vi.useFakeTimers();
    chrome.state.refuse = ['IO error', 'IO error', 'IO error', 'IO error'];
    const caught = saveSettings({ autoOpen: true }).catch((e: unknown) => e);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(((await caught) as Error).message).toMatch(/could not save your settings \(IO error\)/);
    expect(chrome.state.writes).toBe(4);
  });

  it('settings larger than storage.sync keeps for one item are refused before writing', async () => {
    const neverRunOn = Array.from({ length: 400 }, (_, i) => `site-number-${i}.example.com`);
    const error = await saveSettings({ neverRunOn }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SettingsSaveError);
    expect((error as Error).message).toMatch(new RegExp(`more than the ${SETTINGS_MAX_BYTES}`));
    expect(chrome.state.writes).toBe(0);
  });
});
