import type { TextSpan } from '../analysis/contract';

/** Is `pos` inside one of `spans` (sorted by start, non-overlapping)? A binary search. */
export function inSpans(spans: readonly TextSpan[], pos: number): boolean {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]!.end <= pos) lo = mid + 1;
    else hi = mid;
  }
  const s = spans[lo];
  return s !== undefined && s.start <= pos && pos < s.end;
}
