/** The names the reader hid, under each list, each with "Show again" (undoes the hiding). */
import type { HiddenEntity } from '../../../core/corrections';

interface Props {
  hidden: readonly HiddenEntity[];
  undo(correctionId: string): void;
  announce(message: string): void;
}

export function HiddenEntities({ hidden, undo, announce }: Props) {
  if (hidden.length === 0) return null;
  return (
    <details class="gl-hidden-by-reader">
      <summary>Hidden by you ({hidden.length})</summary>
      <ul class="gl-hidden-list">
        {hidden.map((h) => (
          <li key={h.correctionId}>
            <span class="gl-hidden-name">{h.entity.name}</span>
            {h.site ? <span class="gl-muted-text"> (on {h.site})</span> : null}{' '}
            <button
              type="button"
              class="gl-link-button gl-unhide"
              onClick={() => {
                undo(h.correctionId);
                announce(`${h.entity.name} shown again.`);
              }}
            >
              Show again
            </button>
          </li>
        ))}
      </ul>
    </details>
  );
}
