/** Small statistics and formatting helpers shared by the benches. */

export function median(xs: readonly number[]): number {
  if (!xs.length) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/** The p-th percentile, nearest rank. */
export function pct(xs: readonly number[], p: number): number {
  if (!xs.length) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))]!;
}

export function fmtMs(ms: number): string {
  if (!Number.isFinite(ms)) return '-';
  return ms >= 100 ? `${ms.toFixed(0)} ms` : ms >= 10 ? `${ms.toFixed(1)} ms` : `${ms.toFixed(2)} ms`;
}

export function fmtBytes(n: number): string {
  return n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(2)} MB` : `${(n / 1024).toFixed(1)} KB`;
}

/**
 * "12.0 ms (40.0 ms)": the median of Gloss's script in its busiest task over the runs, and the
 * median length of that task. Runs without the figure (older saved reports) are left out.
 */
export function scriptCell(runs: ReadonlyArray<{ script?: { oursMs: number; taskMs: number } }>): string {
  const figures = runs.flatMap((a) => (a.script ? [a.script] : []));
  if (!figures.length) return '-';
  return `${fmtMs(median(figures.map((f) => f.oursMs)))} (${fmtMs(median(figures.map((f) => f.taskMs)))})`;
}
