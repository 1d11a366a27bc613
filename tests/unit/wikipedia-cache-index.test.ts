/**
 * The Wikipedia cache's index (src/core/notes/wikipedia/cache.ts) is what eviction reads: when it is
 * missing or corrupt, it is rebuilt from the stored entries, so entries stored before the loss
 * are still evicted oldest first and the cache stays under its caps.
 */
import { describe, expect, it } from 'vitest';
import { createMemoryStorage, WikiCache } from '../../src/core/notes/wikipedia/cache';

const PREFIX = 'glossWiki:';
const entryKeys = (data: Map<string, unknown>) =>
  [...data.keys()].filter((k) => k.startsWith(PREFIX) && k !== `${PREFIX}index`).sort();

async function filled(n: number) {
  const storage = createMemoryStorage({ unrelated: 'kept' });
  let t = 1_000;
  const now = () => t;
  const cache = new WikiCache({ storage, now, maxEntries: 3 });
  for (let i = 0; i < n; i++) {
    t += 1_000;
    await cache.put(`k${i}`, { summary: `entry ${i}` });
  }
  return { storage, now, advance: () => (t += 1_000) };
}

describe('a lost cache index', () => {
  for (const [what, damage] of [
    ['missing', (d: Map<string, unknown>) => d.delete(`${PREFIX}index`)],
    ['corrupt', (d: Map<string, unknown>) => d.set(`${PREFIX}index`, 'garbage')],
    ['of the wrong shape', (d: Map<string, unknown>) => d.set(`${PREFIX}index`, { v: 1, entries: { x: 'no' } })],
  ] as const) {
    it(`(${what}) is rebuilt from the stored entries, and eviction works again`, async () => {
      const { storage, now, advance } = await filled(3);
      expect(entryKeys(storage.data)).toEqual([`${PREFIX}k0`, `${PREFIX}k1`, `${PREFIX}k2`]);
      damage(storage.data);
      const cache = new WikiCache({ storage, now, maxEntries: 3 });
      expect((await cache.keys()).sort()).toEqual(['k0', 'k1', 'k2']);
      advance();
      await cache.put('k3', { summary: 'entry 3' });
      advance();
      await cache.put('k4', { summary: 'entry 4' });
      // The two oldest went, though the index that knew them was lost.
      expect(entryKeys(storage.data)).toEqual([`${PREFIX}k2`, `${PREFIX}k3`, `${PREFIX}k4`]);
      expect((await cache.keys()).sort()).toEqual(['k2', 'k3', 'k4']);
      expect(storage.data.get('unrelated')).toBe('kept');
    });
  }

  it('drops corrupt entries while rebuilding, and keeps the byte cap', async () => {
    const storage = createMemoryStorage({
      [`${PREFIX}old`]: { v: 1, savedAt: 10, value: 'x'.repeat(200) },
      [`${PREFIX}bad`]: { v: 1, savedAt: 'yesterday', value: 1 },
      [`${PREFIX}junk`]: 'garbage',
    });
    const cache = new WikiCache({ storage, now: () => 20, maxBytes: 260 });
    await cache.put('new', 'y'.repeat(60));
    expect(entryKeys(storage.data)).toEqual([`${PREFIX}new`]);
  });
});
