/** The page-highlights switch (role="switch"): same effect as the highlights shortcut. */

export function HighlightSwitch({ on, onChange }: { on: boolean; onChange(on: boolean): void }) {
  return (
    <span class="gl-switch">
      <button
        type="button"
        role="switch"
        class="gl-switch-track gl-highlights-switch"
        aria-checked={on ? 'true' : 'false'}
        aria-labelledby="gl-switch-label"
        onClick={() => onChange(!on)}
      />
      <span id="gl-switch-label" onClick={() => onChange(!on)}>
        Highlights
      </span>
    </span>
  );
}
