/**
 * The article-extraction-benchmark metric (its README, restated from upstream evaluate.py):
 * word 4-gram shingle multisets, per-page precision and recall, averaged over pages.
 */
export function tokens(text: string): string[] {
  return text.match(/[\p{L}\p{N}_]+/gu) ?? [];
}

export function shingles(text: string): Map<string, number> {
  const t = tokens(text);
  const out = new Map<string, number>();
  if (t.length === 0) return out;
  if (t.length < 4) {
    out.set(t.join(' '), 1);
    return out;
  }
  for (let i = 0; i + 4 <= t.length; i++) {
    const k = `${t[i]} ${t[i + 1]} ${t[i + 2]} ${t[i + 3]}`;
    out.set(k, (out.get(k) ?? 0) + 1);
  }
  return out;
}

export interface PageScore {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  exact: boolean;
}

export function scorePage(truth: string, pred: string): PageScore {
  const t = shingles(truth);
  const p = shingles(pred);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [k, tc] of t) {
    const pc = p.get(k) ?? 0;
    tp += Math.min(tc, pc);
    fn += Math.max(0, tc - pc);
  }
  for (const [k, pc] of p) fp += Math.max(0, pc - (t.get(k) ?? 0));
  const ratio = (x: number) => (tp === 0 && x === 0 ? 0 : tp / (tp + x));
  const precision = fp === 0 && fn === 0 ? 1 : tp === 0 && fp === 0 ? 0 : ratio(fp);
  const recall = fp === 0 && fn === 0 ? 1 : tp === 0 && fn === 0 ? 0 : ratio(fn);
  const tt = tokens(truth);
  const pt = tokens(pred);
  const exact = tt.length === pt.length && tt.every((w, i) => w === pt[i]);
  return { tp, fp, fn, precision, recall, exact };
}

export interface CorpusScore {
  f1: number;
  precision: number;
  recall: number;
  accuracy: number;
  pages: number;
}

export function scoreCorpus(pages: PageScore[]): CorpusScore {
  const withPred = pages.filter((p) => p.tp + p.fp > 0);
  const withTruth = pages.filter((p) => p.tp + p.fn > 0);
  const precision = mean(withPred.map((p) => p.precision));
  const recall = mean(withTruth.map((p) => p.recall));
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { f1, precision, recall, accuracy: mean(pages.map((p) => (p.exact ? 1 : 0))), pages: pages.length };
}

function mean(xs: number[]): number {
  return xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0;
}
