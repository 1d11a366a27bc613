/**
 * The lookup cache over an injected key-value storage (browser.storage.local in the extension,
 * a Map in tests). Entries are fresh for 7 days; older ones are still served (offline, or while
 * a background refresh runs) until 30 days. An index entry keeps each key's save time and size,
 * so the cache stays under its caps by evicting the oldest entries. An entry that does not
 * read back as what was stored is discarded. A missing or corrupt index is rebuilt from the
 * stored entries: without it, they would never be evicted.
 */

export interface KeyValueStorage {
  get(keys: string[]): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string[]): Promise<void>;
  /** Everything stored (browser.storage.local.get(null)). */
  getAll(): Promise<Record<string, unknown>>;
}

/** A storage held in memory (tests, and a fallback when no storage is available). */
export function createMemoryStorage(
  initial: Record<string, unknown> = {},
): KeyValueStorage & { data: Map<string, unknown> } {
  const data = new Map<string, unknown>(Object.entries(initial));
  const clone = <T>(v: T): T => (v === undefined ? v : (JSON.parse(JSON.stringify(v)) as T));
  return {
    data,
    async get(keys) {
      const out: Record<string, unknown> = {};
      for (const k of keys) if (data.has(k)) out[k] = clone(data.get(k));
      return out;
    },
    async set(items) {
      for (const [k, v] of Object.entries(items)) data.set(k, clone(v));
    },
    async remove(keys) {
      for (const k of keys) data.delete(k);
    },
    async getAll() {
      return Object.fromEntries([...data].map(([k, v]) => [k, clone(v)]));
    },
  };
}

export const DAY_MS = 24 * 60 * 60 * 1000;

export interface CacheOptions {
  storage: KeyValueStorage;
  now?: () => number;
  /** Fresh for this long (7 days). */
  ttlMs?: number;
  /** Served (as stale) until this age, then dropped (30 days). */
  maxAgeMs?: number;
  maxEntries?: number;
  /** Total size cap of stored values, in characters of their JSON. */
  maxBytes?: number;
  prefix?: string;
}

export interface CacheHit<T> {
  value: T;
  savedAt: number;
  stale: boolean;
}

type IndexEntry = [savedAt: number, bytes: number];
interface Index {
  v: 1;
  entries: Record<string, IndexEntry>;
}

export class WikiCache {
  readonly ttlMs: number;
  private readonly storage: KeyValueStorage;
  private readonly now: () => number;
  private readonly maxAgeMs: number;
  private readonly maxEntries: number;
  private readonly maxBytes: number;
  private readonly prefix: string;
  private lock: Promise<unknown> = Promise.resolve();

  constructor(opts: CacheOptions) {
    this.storage = opts.storage;
    this.now = opts.now ?? Date.now;
    this.ttlMs = opts.ttlMs ?? 7 * DAY_MS;
    this.maxAgeMs = opts.maxAgeMs ?? 30 * DAY_MS;
    this.maxEntries = opts.maxEntries ?? 500;
    this.maxBytes = opts.maxBytes ?? 2_000_000;
    this.prefix = opts.prefix ?? 'glossWiki:';
  }

  private get indexKey(): string {
    return `${this.prefix}index`;
  }

  /** Serialises index updates: storage calls interleave otherwise. */
  private locked<T>(fn: () => Promise<T>): Promise<T> {
    const run = this.lock.then(fn, fn);
    this.lock = run.catch(() => {});
    return run;
  }

  private async readIndex(): Promise<Index> {
    const raw = (await this.storage.get([this.indexKey]))[this.indexKey];
    if (isIndex(raw)) return raw;
    return this.rebuildIndex();
  }

  /** The index as the stored entries say it is; corrupt entries are removed on the way. */
  private async rebuildIndex(): Promise<Index> {
    const index: Index = { v: 1, entries: {} };
    const corrupt: string[] = [];
    for (const [k, raw] of Object.entries(await this.storage.getAll())) {
      if (!k.startsWith(this.prefix) || k === this.indexKey) continue;
      if (isEntry(raw)) index.entries[k] = [raw.savedAt, JSON.stringify(raw.value)?.length ?? 0];
      else corrupt.push(k);
    }
    if (corrupt.length) await this.storage.remove(corrupt);
    return index;
  }

  async get<T>(key: string, validate: (v: unknown) => T | null): Promise<CacheHit<T> | null> {
    const k = this.prefix + key;
    let raw: unknown;
    try {
      raw = (await this.storage.get([k]))[k];
    } catch {
      return null;
    }
    if (raw === undefined) return null;
    const entry = isEntry(raw) ? raw : null;
    const value = entry ? validate(entry.value) : null;
    const age = entry ? this.now() - entry.savedAt : Infinity;
    if (!entry || value === null || age > this.maxAgeMs || age < -DAY_MS) {
      await this.delete(key);
      return null;
    }
    return { value, savedAt: entry.savedAt, stale: age > this.ttlMs };
  }

  async put(key: string, value: unknown): Promise<void> {
    const k = this.prefix + key;
    const savedAt = this.now();
    const bytes = JSON.stringify(value)?.length ?? 0;
    if (bytes > this.maxBytes / 4) return; // one answer never takes over the cache
    await this.locked(async () => {
      const index = await this.readIndex();
      index.entries[k] = [savedAt, bytes];
      const evict = this.overflow(index);
      for (const e of evict) delete index.entries[e];
      await this.storage.set({ [k]: { v: 1, savedAt, value }, [this.indexKey]: index });
      if (evict.length) await this.storage.remove(evict);
    });
  }

  async delete(key: string): Promise<void> {
    const k = this.prefix + key;
    await this.locked(async () => {
      const index = await this.readIndex();
      delete index.entries[k];
      await this.storage.remove([k]);
      await this.storage.set({ [this.indexKey]: index });
    }).catch(() => {});
  }

  /** Keys to evict, oldest first, until both caps hold. */
  private overflow(index: Index): string[] {
    const list = Object.entries(index.entries).sort((a, b) => a[1][0] - b[1][0]);
    let total = list.reduce((s, [, [, b]]) => s + b, 0);
    let count = list.length;
    const out: string[] = [];
    for (const [k, [, b]] of list) {
      if (count <= this.maxEntries && total <= this.maxBytes) break;
      out.push(k);
      count--;
      total -= b;
    }
    return out;
  }

  /** Keys currently indexed (for tests and diagnostics). */
  async keys(): Promise<string[]> {
    return Object.keys((await this.readIndex()).entries).map((k) => k.slice(this.prefix.length));
  }
}

type Rec = Record<string, unknown>;
const isRec = (v: unknown): v is Rec => typeof v === 'object' && v !== null && !Array.isArray(v);

function isEntry(v: unknown): v is { v: 1; savedAt: number; value: unknown } {
  return isRec(v) && v.v === 1 && typeof v.savedAt === 'number' && Number.isFinite(v.savedAt);
}

function isIndex(v: unknown): v is Index {
  if (!isRec(v) || v.v !== 1 || !isRec(v.entries)) return false;
  return Object.values(v.entries).every(
    (e) => Array.isArray(e) && e.length === 2 && typeof e[0] === 'number' && typeof e[1] === 'number',
  );
}
