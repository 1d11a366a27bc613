/**
 * Keeping corrections on the device, over an injected storage (browser.storage.local in the
 * extension, a map in tests). Every change reads what is stored, changes it and writes it back,
 * one change at a time, so two tabs' corrections do not overwrite each other's. A write the
 * browser refuses (storage full) rejects with a CorrectionsSaveError whose message is for the
 * reader; what was stored stays as it was.
 */
import { CORRECTIONS_KEY, readStoredCorrections, storedForm, UNREADABLE_KEY } from './stored';
import type { Correction, CorrectionRequest } from './types';

export interface CorrectionsStorage {
  get(key: string): Promise<unknown>;
  set(items: Record<string, unknown>): Promise<void>;
}

export class CorrectionsSaveError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'CorrectionsSaveError';
  }
}

/** At most this many corrections are kept (about 150 bytes each). */
export const MAX_CORRECTIONS = 5000;

/** What the reader is told when a correction could not be kept. */
export function correctionsSaveMessage(error: unknown, what: 'keep' | 'undo' | 'clear'): string {
  const m = error instanceof Error ? error.message : String(error);
  const action =
    what === 'keep'
      ? 'keep this correction'
      : what === 'undo'
        ? 'undo this correction for later visits'
        : 'clear your corrections';
  const after = what === 'clear' ? 'Nothing was removed.' : 'It applies on this page until you reload it.';
  if (/quota|QUOTA_BYTES|full|exceeded/i.test(m)) {
    return `Gloss could not ${action}: the browser's storage for Gloss on this device is full. ${after}`;
  }
  if (error instanceof CorrectionsSaveError) return error.message;
  return `Gloss could not ${action} (${m}). ${after}`;
}

export interface CorrectionsStore {
  /** The stored corrections; none when storage cannot be read. Never throws. */
  load(): Promise<Correction[]>;
  add(request: CorrectionRequest): Promise<Correction>;
  /** Keeps a correction made earlier (one that could not be kept then). */
  keep(correction: Correction): Promise<void>;
  remove(id: string): Promise<void>;
  clear(): Promise<void>;
}

/** A correction made now, with its id and time. */
export function newCorrection(request: CorrectionRequest, now = Date.now(), random = Math.random()): Correction {
  return { ...request, id: `c${now.toString(36)}${random.toString(36).slice(2, 8)}`, at: now } as Correction;
}

export function createCorrectionsStore(
  storage: CorrectionsStorage,
  opts: { now?: () => number } = {},
): CorrectionsStore {
  const now = opts.now ?? (() => Date.now());
  let chain: Promise<unknown> = Promise.resolve();
  /** One change at a time, in order. */
  const serial = <T>(fn: () => Promise<T>): Promise<T> => {
    const run = chain.then(fn, fn);
    chain = run.catch(() => undefined);
    return run;
  };

  async function change(what: 'keep' | 'undo' | 'clear', edit: (list: Correction[]) => Correction[]): Promise<void> {
    try {
      const stored = await storage.get(CORRECTIONS_KEY);
      const read = readStoredCorrections(stored);
      const next = edit(read.corrections);
      if (next.length > MAX_CORRECTIONS) {
        throw new CorrectionsSaveError(
          `Gloss keeps at most ${MAX_CORRECTIONS} corrections; clear some on the settings page. It applies on this page until you reload it.`,
        );
      }
      // Clearing clears everything, what this Gloss could not read included.
      const items: Record<string, unknown> = {
        [CORRECTIONS_KEY]: storedForm(next, what === 'clear' ? [] : read.unread),
      };
      // A stored value that was not corrections at all is kept aside, not written over.
      if (read.corrupt) items[UNREADABLE_KEY] = stored;
      await storage.set(items);
    } catch (e) {
      throw new CorrectionsSaveError(correctionsSaveMessage(e, what), { cause: e });
    }
  }

  return {
    async load() {
      try {
        return readStoredCorrections(await storage.get(CORRECTIONS_KEY)).corrections;
      } catch {
        return [];
      }
    },
    add(request) {
      const correction = newCorrection(request, now());
      return serial(async () => {
        await change('keep', (list) => [...list, correction]);
        return correction;
      });
    },
    keep(correction) {
      return serial(() =>
        change('keep', (list) => (list.some((c) => c.id === correction.id) ? list : [...list, correction])),
      );
    },
    remove(id) {
      return serial(() => change('undo', (list) => list.filter((c) => c.id !== id)));
    },
    clear() {
      return serial(() => change('clear', () => []));
    },
  };
}
