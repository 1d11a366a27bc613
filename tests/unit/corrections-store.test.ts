/**
 * Keeping corrections (src/core/corrections/store.ts, stored.ts) over a fake storage: corrupt and old
 * stored values are read without loss, a full storage is reported in words for the reader and
 * leaves what was stored as it was, and changes go one at a time.
 */
import { describe, expect, it } from 'vitest';
import {
  CORRECTIONS_KEY,
  createCorrectionsStore,
  readStoredCorrections,
  UNREADABLE_KEY,
  type CorrectionsStorage,
} from '../../src/core/corrections';

function fakeStorage(initial: Record<string, unknown> = {}) {
  const data: Record<string, unknown> = structuredClone(initial);
  const state = { full: false, failGet: false, writes: 0 };
  const storage: CorrectionsStorage = {
    get: async (key) => {
      if (state.failGet) throw new Error('storage unavailable');
      return structuredClone(data[key]);
    },
    set: async (items) => {
      await new Promise((r) => setTimeout(r, 1));
      if (state.full) throw new Error('QUOTA_BYTES quota exceeded');
      state.writes++;
      Object.assign(data, structuredClone(items));
    },
  };
  return { data, state, storage };
}

const one = { id: 'a1', kind: 'hide', name: 'OPEC', site: null, at: 1 };

describe('stored corrections', () => {
  it('reads nothing as no corrections, the first form (a bare list) and the current one', () => {
    expect(readStoredCorrections(undefined)).toEqual({ corrections: [], unread: [], corrupt: false });
    expect(readStoredCorrections([one]).corrections).toEqual([one]);
    expect(readStoredCorrections({ version: 1, items: [one] }).corrections).toEqual([one]);
  });

  it('keeps what it cannot read aside instead of dropping it', () => {
    const newer = { id: 'n1', kind: 'rename', name: 'X', to: 'Y', site: null, at: 2 };
    const read = readStoredCorrections({
      version: 7,
      items: [one, newer, 42, { id: 'b', kind: 'type', name: 'X', type: 'planet', site: null, at: 1 }],
    });
    expect(read.corrections).toEqual([one]);
    expect(read.unread).toHaveLength(3);
    expect(readStoredCorrections('garbage').corrupt).toBe(true);
    expect(readStoredCorrections({ items: 'nope' }).corrupt).toBe(true);
  });
});

describe('the corrections store', () => {
  it('adds, removes and clears, read back the same', async () => {
    const { storage } = fakeStorage();
    const store = createCorrectionsStore(storage);
    const a = await store.add({ kind: 'type', name: 'OPEC', site: null, type: 'place' });
    const b = await store.add({ kind: 'hide', name: 'White House', site: 'news.example' });
    expect((await store.load()).map((c) => c.id)).toEqual([a.id, b.id]);
    await store.remove(a.id);
    expect(await store.load()).toEqual([b]);
    await store.clear();
    expect(await store.load()).toEqual([]);
  });

  it('concurrent changes all land (one at a time)', async () => {
    const { storage } = fakeStorage();
    const store = createCorrectionsStore(storage);
    await Promise.all(['A', 'B', 'C', 'D'].map((name) => store.add({ kind: 'hide', name, site: null })));
    expect((await store.load()).map((c) => c.name).sort()).toEqual(['A', 'B', 'C', 'D']);
  });

  it('writes back what a newer Gloss stored, and keeps a corrupt value aside before writing', async () => {
    const newer = { id: 'n1', kind: 'rename', name: 'X', to: 'Y', site: null, at: 2 };
    const f = fakeStorage({ [CORRECTIONS_KEY]: { version: 9, items: [one, newer] } });
    await createCorrectionsStore(f.storage).add({ kind: 'hide', name: 'B', site: null });
    expect((f.data[CORRECTIONS_KEY] as { items: unknown[] }).items).toEqual(expect.arrayContaining([one, newer]));
    expect((f.data[CORRECTIONS_KEY] as { items: unknown[] }).items).toHaveLength(3);

    const g = fakeStorage({ [CORRECTIONS_KEY]: 'not a list' });
    const store = createCorrectionsStore(g.storage);
    expect(await store.load()).toEqual([]);
    await store.add({ kind: 'hide', name: 'B', site: null });
    expect(g.data[UNREADABLE_KEY]).toBe('not a list');
    expect(await store.load()).toHaveLength(1);
  });

  it('a full storage: a clear message, and what was stored is left as it was', async () => {
    const f = fakeStorage({ [CORRECTIONS_KEY]: { version: 1, items: [one] } });
    const store = createCorrectionsStore(f.storage);
    f.state.full = true;
    await expect(store.add({ kind: 'hide', name: 'B', site: null })).rejects.toThrow(
      "Gloss could not keep this correction: the browser's storage for Gloss on this device is full. It applies on this page until you reload it.",
    );
    await expect(store.clear()).rejects.toThrow(/full\. Nothing was removed\./);
    expect(await store.load()).toEqual([one]);
    // The next change, once there is room, lands as usual.
    f.state.full = false;
    await store.add({ kind: 'hide', name: 'C', site: null });
    expect((await store.load()).map((c) => c.name)).toEqual(['OPEC', 'C']);
  });

  it('reads no corrections from a storage that throws, and never throws on load', async () => {
    const f = fakeStorage({ [CORRECTIONS_KEY]: { version: 1, items: [one] } });
    f.state.failGet = true;
    expect(await createCorrectionsStore(f.storage).load()).toEqual([]);
  });
});
