/**
 * The background section of a card: the notes helper's <EntityNotes/> (src/sidebar/notes/:
 * notes by source, Wikipedia lookups with their states and the reader's consent), given what it
 * needs from the sidebar's state and actions. This file is the one seam between the two.
 */
import type { Entity } from '../../analysis/contract';
import { EntityNotes } from '../notes';
import type { SidebarActions, SidebarState } from '../types';

interface Props {
  entity: Entity;
  state: SidebarState;
  actions: SidebarActions;
}

export function CardNotes({ entity, state, actions }: Props) {
  const analysis = state.analysis;
  return (
    <EntityNotes
      entity={entity}
      settings={state.settings}
      article={state.article && analysis ? { text: state.article.text, entities: analysis.entities } : null}
      lookupWikipedia={actions.lookupWikipedia ?? null}
      onRememberChoice={actions.rememberWikipediaChoice}
      onAlwaysLookUp={() => actions.updateSettings({ wikipedia: true, wikipediaNoticeSeen: true })}
    />
  );
}
