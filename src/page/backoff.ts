/**
 * How often the page's changes may make Gloss read the article again. The first two re-reads of a
 * streak run at once; after that at most one per 5 s, then 10 s, 20 s, … up to a minute. A
 * streak ends after half a minute without a re-read. A page that keeps changing (a ticking
 * clock, a live score) so costs at most a few re-reads a minute, however fast it changes.
 */
export interface BackoffOptions {
  free?: number;
  baseMs?: number;
  maxMs?: number;
  quietResetMs?: number;
}

export interface Backoff {
  /** Milliseconds to wait, from `now`, before the next re-read may run (0: now). */
  delay(now: number): number;
  /** A re-read ran at `now`. */
  record(now: number): void;
}

export function createBackoff(opts: BackoffOptions = {}): Backoff {
  const free = opts.free ?? 2;
  const baseMs = opts.baseMs ?? 5000;
  const maxMs = opts.maxMs ?? 60_000;
  const quietResetMs = opts.quietResetMs ?? 30_000;
  let runs = 0;
  let last = -Infinity;

  const streak = (now: number) => (now - last >= quietResetMs ? 0 : runs);

  return {
    delay(now) {
      const n = streak(now);
      if (n < free) return 0;
      const gap = Math.min(maxMs, baseMs * 2 ** (n - free));
      return Math.max(0, last + gap - now);
    },
    record(now) {
      runs = streak(now) + 1;
      last = now;
    },
  };
}
