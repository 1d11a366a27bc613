/**
 * The background section of a card. The notes helper owns src/sidebar/notes/ (Wikipedia lookups,
 * ambiguity, loading); until its <EntityNotes/> is there, the card shows entity.notes by source.
 * This file is the one seam between the two.
 */
import type { Entity } from '../../analysis/contract';
import { NotesBySource } from './NotesBySource';

export function EntityNotes({ entity }: { entity: Entity }) {
  return <NotesBySource notes={entity.notes} />;
}
