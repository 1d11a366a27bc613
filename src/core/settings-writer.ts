/**
 * Writes settings patches to storage, few and safely: patches that arrive close together become
 * one write (each caller's promise settles with that write); a write that would change nothing
 * is skipped; a refused write is retried after a wait (storage.sync allows 120 writes a minute
 * and 1800 an hour per extension); a write that still fails rejects with a SettingsSaveError
 * whose message is meant for the reader.
 */
import { jsonEqual } from './json-equal';
import { applySettingsPatch, normalizeSettings, type Settings } from './settings';
import { settingsItemBytes, settingsFit, SettingsTooLargeError } from './settings-size';

export interface SettingsStorage {
  /** The stored settings item as it is (undefined when none). */
  read(): Promise<unknown>;
  write(settings: Settings): Promise<void>;
}

export type SaveStatus =
  { state: 'saved' } | { state: 'retrying'; message: string } | { state: 'failed'; message: string };

export interface SettingsWriterOptions {
  storage: SettingsStorage;
  /** How long to wait for more patches before writing. */
  coalesceMs?: number;
  sleep?: (ms: number) => Promise<void>;
  /** Wait before retry number `attempt` (0-based) after `error`, or null to give up. */
  retryDelay?: (error: unknown, attempt: number) => number | null;
  onStatus?: (status: SaveStatus) => void;
}

export class SettingsSaveError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'SettingsSaveError';
  }
}

const text = (e: unknown) => (e instanceof Error ? e.message : String(e));

/** Waits that outlast Chrome's one-minute write window (65 s in all), then gives up. */
const PER_MINUTE_WAITS = [10_000, 20_000, 35_000];
const OTHER_WAITS = [500, 1_000, 2_000];

export function defaultRetryDelay(error: unknown, attempt: number): number | null {
  const m = text(error);
  if (error instanceof SettingsTooLargeError) return null;
  // These do not clear within a minute or two: the reader hears of it now.
  if (/MAX_WRITE_OPERATIONS_PER_HOUR|QUOTA_BYTES|MAX_ITEMS/.test(m)) return null;
  const waits = /MAX_WRITE_OPERATIONS_PER_MINUTE/.test(m) ? PER_MINUTE_WAITS : OTHER_WAITS;
  return waits[attempt] ?? null;
}

/** What the reader is told when a save failed for good. */
export function saveFailureMessage(error: unknown): string {
  const m = text(error);
  if (error instanceof SettingsTooLargeError)
    return `Gloss could not save your settings: ${m}. Remove some sites from the list of sites where Gloss never runs.`;
  if (/MAX_WRITE_OPERATIONS/.test(m))
    return 'Gloss could not save your settings: the browser is limiting how often extensions save. Please try again in a few minutes.';
  return `Gloss could not save your settings (${m}). Please try again.`;
}

interface Waiter {
  patch: Partial<Settings>;
  resolve(s: Settings): void;
  reject(e: unknown): void;
}

export function createSettingsWriter(opts: SettingsWriterOptions): {
  save(patch: Partial<Settings>): Promise<Settings>;
} {
  const sleep = opts.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  const coalesceMs = opts.coalesceMs ?? 150;
  const retryDelay = opts.retryDelay ?? defaultRetryDelay;
  const report = (s: SaveStatus) => {
    try {
      opts.onStatus?.(s);
    } catch {
      /* a listener's failure is not the save's */
    }
  };
  let queue: Waiter[] = [];
  let running = false;

  /** Reads, applies the batch, writes when that changes anything; returns what is stored. */
  async function writeBatch(batch: Waiter[]): Promise<Settings> {
    const stored = await opts.storage.read();
    const next = batch.reduce((s, w) => applySettingsPatch(s, w.patch), normalizeSettings(stored));
    if (jsonEqual(stored, next)) return next;
    if (!settingsFit(next)) throw new SettingsTooLargeError(settingsItemBytes(next));
    await opts.storage.write(next);
    return next;
  }

  async function drain(): Promise<void> {
    await sleep(coalesceMs);
    while (queue.length) {
      const batch: Waiter[] = [];
      for (let attempt = 0; ; attempt++) {
        // Patches that came in while waiting to retry join this write.
        batch.push(...queue);
        queue = [];
        try {
          const saved = await writeBatch(batch);
          for (const w of batch) w.resolve(saved);
          report({ state: 'saved' });
          break;
        } catch (e) {
          const wait = retryDelay(e, attempt);
          if (wait === null) {
            const failure = new SettingsSaveError(saveFailureMessage(e), { cause: e });
            for (const w of batch) w.reject(failure);
            report({ state: 'failed', message: failure.message });
            break;
          }
          report({ state: 'retrying', message: 'Saving your settings: the browser asked Gloss to wait a moment.' });
          await sleep(wait);
        }
      }
    }
  }

  function start(): void {
    if (running) return;
    running = true;
    void drain().finally(() => {
      running = false;
      if (queue.length) start();
    });
  }

  return {
    save(patch) {
      return new Promise<Settings>((resolve, reject) => {
        queue.push({ patch, resolve, reject });
        start();
      });
    },
  };
}
