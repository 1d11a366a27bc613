/**
 * "Your corrections" on the settings page: what the reader corrected (kept on this device only)
 * and a button that clears them all. Free of browser APIs: options.tsx hands in the list and the
 * clearing (src/platform/storage/corrections-store.ts).
 */
import { useState } from 'preact/hooks';
import type { Correction } from '../../core/corrections';
import { TYPE_LABELS } from '../sidebar/model';

interface Props {
  corrections: readonly Correction[];
  clear(): Promise<void>;
}

export function CorrectionsSection({ corrections, clear }: Props) {
  const [status, setStatus] = useState('');
  const [failed, setFailed] = useState(false);
  const n = corrections.length;
  const onClear = async () => {
    setStatus('Clearing your corrections…');
    setFailed(false);
    try {
      await clear();
      setStatus('Your corrections were cleared. Open tabs show Gloss’s own reading now.');
    } catch (e) {
      setFailed(true);
      setStatus(e instanceof Error ? e.message : String(e));
    }
  };
  return (
    <section aria-labelledby="h-corrections">
      <h2 id="h-corrections">Your corrections</h2>
      <p class="help">
        Changes you made on entity cards (a type, a hidden name, names merged or split). They are kept on this device
        only, never sent anywhere, and apply to every article where they hold.
      </p>
      {n ? (
        <ul class="corrections-list">
          {corrections.map((c) => (
            <li key={c.id}>
              {line(c)}
              {c.site ? ` (on ${c.site})` : ''}
            </li>
          ))}
        </ul>
      ) : (
        <p class="corrections-none">You have made no corrections.</p>
      )}
      <button type="button" class="secondary clear-corrections" disabled={n === 0} onClick={onClear}>
        Clear all corrections
      </button>
      <p
        role="status"
        aria-live="polite"
        class={failed ? 'status corrections-status failed' : 'status corrections-status'}
      >
        {status}
      </p>
    </section>
  );
}

function line(c: Correction): string {
  switch (c.kind) {
    case 'type':
      return `“${c.name}” is a ${TYPE_LABELS[c.type].one.toLowerCase()}`;
    case 'hide':
      return `“${c.name}” hidden`;
    case 'merge':
      return `“${c.name}” is the same as “${c.into}”`;
    case 'split':
      return `“${c.alias}” is not “${c.name}”`;
  }
}
