/**
 * A large page snapshot crosses from the page to the background in parts (one runtime message
 * each, with a pause between them): Chrome copies a message's text in one task, tens of
 * milliseconds for a large page in one piece. The background puts the parts back together here.
 */

/** Characters per part (UTF-16 units). */
export const SNAPSHOT_PART_CHARS = 64 * 1024;
/** Parts one snapshot may have, and snapshots in flight per sender. */
export const MAX_SNAPSHOT_PARTS = 800;
const MAX_PENDING_PER_SENDER = 4;
/** A snapshot whose parts stop coming is dropped after this long. */
const STALE_MS = 60_000;

interface Pending {
  parts: string[];
  received: number;
  chars: number;
  touched: number;
  /** How many parts the first part announced. */
  expected?: number;
}

export class SnapshotAssembler {
  private pending = new Map<string, Pending>();

  constructor(
    private readonly maxChars: number,
    private readonly now: () => number = Date.now,
  ) {}

  /**
   * Adds one part. Returns the whole snapshot's text once its last part has come, null while
   * parts are missing; throws on parts that do not fit together (the snapshot is then dropped).
   */
  add(sender: string, id: string, part: number, parts: number, text: string): string | null {
    this.dropStale();
    const key = `${sender}\u0000${id}`;
    let p = this.pending.get(key);
    if (!p) {
      if (part !== 0) throw new Error('snapshot part out of order');
      const mine = [...this.pending.keys()].filter((k) => k.startsWith(`${sender}\u0000`));
      // A tab that starts more snapshots than it could be reading drops its oldest.
      if (mine.length >= MAX_PENDING_PER_SENDER) this.pending.delete(mine[0]!);
      p = { parts: [], received: 0, chars: 0, touched: this.now() };
      this.pending.set(key, p);
    }
    if (
      part !== p.received ||
      parts < 1 ||
      parts > MAX_SNAPSHOT_PARTS ||
      (p.parts.length > 0 && parts !== p.expected)
    ) {
      this.pending.delete(key);
      throw new Error('snapshot part out of order');
    }
    p.chars += text.length;
    if (p.chars > this.maxChars) {
      this.pending.delete(key);
      throw new Error('page snapshot too large');
    }
    p.parts.push(text);
    p.expected = parts;
    p.received++;
    p.touched = this.now();
    if (p.received < parts) return null;
    this.pending.delete(key);
    return p.parts.join('');
  }

  /** Snapshots still being received (for tests). */
  get size(): number {
    return this.pending.size;
  }

  private dropStale(): void {
    const t = this.now();
    for (const [k, p] of this.pending) if (t - p.touched > STALE_MS) this.pending.delete(k);
  }
}
