/**
 * The background section of a card: the notes helper's <EntityNotes/> (src/ui/sidebar/notes/:
 * notes by source, Wikipedia lookups with their states and the reader's consent), given what it
 * needs from the sidebar's state and actions. This file is the one seam between the two.
 */
import { useMemo } from 'preact/hooks';
import type { Entity } from '../../../core/analysis/contract';
import { EntityNotes } from '../notes';
import { flagsIfDrawn, hasFlag } from '../flags';
import type { SidebarActions, SidebarState } from '../types';

interface Props {
  entity: Entity;
  state: SidebarState;
  actions: SidebarActions;
}

export function CardNotes({ entity, state, actions }: Props) {
  const analysis = state.analysis;
  // The card shows the role under the name: the article note that restates it is left out here.
  const shown = useMemo(() => notesAsShown(entity), [entity]);
  return (
    <EntityNotes
      entity={shown}
      settings={state.settings}
      article={state.article && analysis ? { text: state.article.text, entities: analysis.entities } : null}
      lookupWikipedia={actions.lookupWikipedia ?? null}
      onRememberChoice={actions.rememberWikipediaChoice}
      onAlwaysLookUp={() => actions.updateSettings({ wikipedia: true, wikipediaNoticeSeen: true })}
    />
  );
}

/** The notes without the one restating the role, and with flag emoji only where they render. */
function notesAsShown(entity: Entity): Entity {
  const role = entity.role?.trim();
  const kept = role
    ? entity.notes.filter((n) => !(n.source === 'article' && n.text === `Role in the article: ${role}`))
    : entity.notes;
  const drawn = kept.some((n) => hasFlag(n.text))
    ? kept.map((n) => ({ ...n, text: flagsIfDrawn(n.text, document) }))
    : kept;
  return drawn === entity.notes ? entity : { ...entity, notes: drawn };
}
