/** The keyboard-reachable way to render the rest of a long list (scrolling also does it). */
import { PAGE } from './incremental';

export function MoreButton({ shown, total, onMore }: { shown: number; total: number; onMore(): void }) {
  if (shown >= total) return null;
  const next = Math.min(PAGE, total - shown);
  return (
    <button type="button" class="gl-button gl-more" data-gl-more onClick={onMore}>
      Show {next} more ({total - shown} not shown)
    </button>
  );
}
