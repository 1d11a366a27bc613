/**
 * The reader's corrections on an entity's card: what they changed (each with "Undo"), and the
 * tools to change it: its type, "Same as…" another name, a wrong other name split off, hiding it.
 * Only on this site, if the reader says so. The content script keeps them on the device.
 */
import { useState } from 'preact/hooks';
import type { Entity, EntityType } from '../../../core/analysis/contract';
import { ENTITY_TYPE_NAMES } from '../../../core/analysis/entity-types';
import type { CorrectedEntity, CorrectionRequest } from '../../../core/corrections';
import { nameKey } from '../../../core/corrections/name-key';
import { describeMark } from '../correction-text';
import { sortByMentions, TYPE_LABELS } from '../model';
import { otherNames } from '../other-names';

interface Props {
  entity: CorrectedEntity;
  /** Every entity shown, for "Same as…". */
  entities: readonly Entity[];
  /** The page's site, for "Only on this site". */
  site: string;
  correct(request: CorrectionRequest): void;
  undo(correctionId: string): void;
  /** Tells the reader (polite live region) what happened. */
  announce(message: string): void;
}

export function CardCorrections({ entity, entities, site, correct, undo, announce }: Props) {
  const [same, setSame] = useState('');
  const [alias, setAlias] = useState('');
  const [onlyHere, setOnlyHere] = useState(false);
  const marks = entity.corrections ?? [];
  const others = sortByMentions(entities.filter((e) => e.id !== entity.id));
  const names = splittable(entity);
  const scope = onlyHere && site ? site : null;
  const base = { name: entity.name, site: scope };

  const setType = (type: EntityType) => {
    if (type === entity.type) return;
    correct({ ...base, kind: 'type', type });
    announce(`${entity.name} is now shown as ${TYPE_LABELS[type].one.toLowerCase()}.`);
  };
  const merge = () => {
    const into = others.find((e) => e.id === same);
    if (!into) return;
    correct({ ...base, kind: 'merge', into: into.name });
    announce(`${entity.name} merged into ${into.name}.`);
  };
  const split = () => {
    const name = alias || names[0];
    if (!name) return;
    correct({ ...base, kind: 'split', alias: name });
    announce(`“${name}” is now shown apart from ${entity.name}.`);
  };
  const hide = () => {
    correct({ ...base, kind: 'hide' });
    announce(`${entity.name} hidden. “Hidden by you”, under each list, shows it again.`);
  };

  return (
    <>
      {marks.length ? (
        <div class="gl-mine" role="group" aria-label="Your corrections">
          <p class="gl-mine-title">
            <span class="gl-mine-badge">Corrected by you</span>
          </p>
          <ul class="gl-mine-list">
            {marks.map((m) => (
              <li key={m.correctionId + m.kind}>
                {describeMark(m)}{' '}
                <button
                  type="button"
                  class="gl-link-button gl-undo"
                  onClick={() => {
                    undo(m.correctionId);
                    announce('Correction undone.');
                  }}
                >
                  Undo
                </button>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <details class="gl-correct">
        <summary>Correct Gloss</summary>
        <div class="gl-correct-body">
          <div class="gl-correct-row" role="group" aria-labelledby="gl-correct-type-label">
            <span id="gl-correct-type-label" class="gl-correct-label">
              Type
            </span>
            <span class="gl-segmented gl-correct-type">
              {ENTITY_TYPE_NAMES.map((t) => (
                <button
                  key={t}
                  type="button"
                  data-type={t}
                  aria-pressed={entity.type === t ? 'true' : 'false'}
                  onClick={() => setType(t)}
                >
                  {TYPE_LABELS[t].one}
                </button>
              ))}
            </span>
          </div>
          {others.length ? (
            <div class="gl-correct-row">
              <label for="gl-correct-same">Same as…</label>
              <select
                id="gl-correct-same"
                class="gl-correct-same"
                value={same}
                onChange={(e) => setSame(e.currentTarget.value)}
              >
                <option value="">Choose a name</option>
                {others.map((e) => (
                  <option key={e.id} value={e.id}>
                    {e.name}
                  </option>
                ))}
              </select>
              <button type="button" class="gl-button gl-merge" disabled={!same} onClick={merge}>
                Merge
              </button>
            </div>
          ) : null}
          {names.length ? (
            <div class="gl-correct-row">
              <label for="gl-correct-split">Not this one</label>
              <select
                id="gl-correct-split"
                class="gl-correct-split"
                value={alias || names[0]}
                onChange={(e) => setAlias(e.currentTarget.value)}
              >
                {names.map((n) => (
                  <option key={n} value={n}>
                    {n}
                  </option>
                ))}
              </select>
              <button type="button" class="gl-button gl-split" onClick={split}>
                Split off
              </button>
            </div>
          ) : null}
          <div class="gl-correct-row">
            <button type="button" class="gl-button gl-hide" onClick={hide}>
              Hide this name
            </button>
          </div>
          {site ? (
            <label class="gl-correct-site">
              <input
                type="checkbox"
                class="gl-correct-only-site"
                checked={onlyHere}
                onChange={(e) => setOnlyHere(e.currentTarget.checked)}
              />
              Only on {site}
            </label>
          ) : null}
          <p class="gl-correct-note">Kept on this device only; the settings page clears them.</p>
        </div>
      </details>
    </>
  );
}

/** The other names the card can split off: its other names and the forms it is mentioned by. */
function splittable(e: Entity): string[] {
  const own = nameKey(e.name);
  const seen = new Set([own]);
  const out: string[] = [];
  for (const n of [...otherNames(e), ...e.mentions.map((m) => m.text)]) {
    const k = nameKey(n);
    if (seen.has(k)) continue;
    seen.add(k);
    out.push(n.replace(/\s+/g, ' ').trim());
  }
  return out;
}
