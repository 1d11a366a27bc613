/**
 * The reader's page choices, one per name ("Jorge Rodriguez" -> "Jorge Rodríguez (Venezuelan
 * politician)"), kept apart from the cache so they do not expire with it. One storage entry,
 * capped; the oldest choices go first. A corrupt entry is dropped.
 */
import type { KeyValueStorage } from './cache';
import { nameKey } from '../names';

export const CHOICES_KEY = 'glossWikiChoices';
export const MAX_CHOICES_KEPT = 500;

type Stored = Record<string, { title: string; at: number }>;

export class ChoiceStore {
  private lock: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly storage: KeyValueStorage,
    private readonly now: () => number = Date.now,
    private readonly maxKept = MAX_CHOICES_KEPT,
  ) {}

  private async read(): Promise<Stored> {
    const raw = (await this.storage.get([CHOICES_KEY]))[CHOICES_KEY];
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return {};
    const out: Stored = {};
    for (const [k, v] of Object.entries(raw as Record<string, unknown>)) {
      const r = v as { title?: unknown; at?: unknown } | null;
      if (r && typeof r.title === 'string' && r.title.length <= 500 && typeof r.at === 'number')
        out[k] = { title: r.title, at: r.at };
    }
    return out;
  }

  async get(name: string): Promise<string | null> {
    try {
      return (await this.read())[nameKey(name)]?.title ?? null;
    } catch {
      return null;
    }
  }

  /** Serialised: two choices made at once must not overwrite each other. */
  set(name: string, title: string | null): Promise<void> {
    const run = this.lock.then(() => this.write(name, title));
    this.lock = run.catch(() => {});
    return run;
  }

  private async write(name: string, title: string | null): Promise<void> {
    const all = await this.read();
    if (title === null) delete all[nameKey(name)];
    else all[nameKey(name)] = { title, at: this.now() };
    const keys = Object.keys(all).sort((a, b) => all[a]!.at - all[b]!.at);
    for (const k of keys.slice(0, Math.max(0, keys.length - this.maxKept))) delete all[k];
    await this.storage.set({ [CHOICES_KEY]: all });
  }
}
