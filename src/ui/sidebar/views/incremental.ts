/**
 * Incremental rendering for long lists: the first PAGE rows render at once, more as the reader
 * scrolls near the end (or presses "Show more"). Rows also use `content-visibility: auto`, so
 * off-screen rows cost no layout or paint. Together these keep 300 entities or 200 quotes smooth
 * without a fixed-row-height virtualiser (our rows vary in height).
 */
import { useCallback, useEffect, useState } from 'preact/hooks';

export const PAGE = 60;

export interface Incremental {
  limit: number;
  showMore(): void;
  /** Make sure item `index` is rendered (e.g. a quote selected from the page). */
  ensure(index: number): void;
}

export function useIncremental(total: number, resetKey: unknown): Incremental {
  const [limit, setLimit] = useState(PAGE);
  // A new filter or tab starts from the top again.
  useEffect(() => setLimit(PAGE), [resetKey]);
  const showMore = useCallback(() => setLimit((l) => Math.min(Math.max(total, PAGE), l + PAGE)), [total]);
  const ensure = useCallback(
    (index: number) => setLimit((l) => (index < l ? l : (Math.floor(index / PAGE) + 1) * PAGE)),
    [],
  );
  return { limit, showMore, ensure };
}

/** True when a scroll container is within `margin` px of its end. */
export function nearEnd(el: HTMLElement, margin = 600): boolean {
  return el.scrollTop + el.clientHeight >= el.scrollHeight - margin;
}
