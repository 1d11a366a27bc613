/**
 * The colour key of the page highlights, opened from a "Key" button beside the highlights switch:
 * one line per kind (its colour as drawn in the page, what it marks) with a switch each. The
 * choice is saved with the other settings.
 */
import { HIGHLIGHT_KINDS, type HighlightKind } from '../../../core/settings';

const LABELS: Record<HighlightKind, { name: string; look: string }> = {
  person: { name: 'People', look: 'orange' },
  organization: { name: 'Organisations', look: 'green' },
  place: { name: 'Places', look: 'purple' },
  quote: { name: 'Quotes', look: 'dotted blue underline' },
};

export const KEY_ID = 'gl-key';

export function KeyToggle({ open, onToggle }: { open: boolean; onToggle(): void }) {
  return (
    <button
      type="button"
      class="gl-link-button gl-key-toggle"
      aria-expanded={open ? 'true' : 'false'}
      aria-controls={KEY_ID}
      title="What the colours in the page mean"
      onClick={onToggle}
    >
      Key
    </button>
  );
}

export function HighlightKey({
  hidden,
  onChange,
}: {
  hidden: readonly HighlightKind[];
  onChange(hidden: HighlightKind[]): void;
}) {
  const set = (kind: HighlightKind, on: boolean) =>
    onChange(HIGHLIGHT_KINDS.filter((k) => (k === kind ? !on : hidden.includes(k))));
  return (
    <ul id={KEY_ID} class="gl-key" aria-label="Highlight colours in the page">
      {HIGHLIGHT_KINDS.map((k) => (
        <li key={k}>
          <label class="gl-key-item">
            <input
              type="checkbox"
              role="switch"
              class="gl-key-switch"
              data-kind={k}
              checked={!hidden.includes(k)}
              onChange={(e) => set(k, e.currentTarget.checked)}
            />
            <span class={`gl-swatch gl-swatch-${k}`}>{LABELS[k].name}</span>
            <span class="gl-key-look">{LABELS[k].look}</span>
          </label>
        </li>
      ))}
    </ul>
  );
}
