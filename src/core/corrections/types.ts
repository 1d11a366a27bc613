/**
 * The reader's corrections of Gloss's reading: kept on the device, applied to every later
 * analysis of a page where they hold (everywhere, or on one site). A correction names the entity
 * it is about by its name, as Gloss showed it, so it finds the same entity in the next analysis.
 */
import type { EntityType } from '../analysis/contract';

interface CorrectionBase {
  /** Unique; what "Undo" removes. */
  id: string;
  /** The entity's name as Gloss showed it when the reader corrected it. */
  name: string;
  /** The site it holds on ("example.com"), or null for every site. */
  site: string | null;
  /** When it was made (ms since the epoch): corrections apply in this order. */
  at: number;
}

export type Correction =
  | (CorrectionBase & { kind: 'type'; type: EntityType })
  | (CorrectionBase & { kind: 'hide' })
  /** The entity is the same as the one named `into`: one entity, `into`'s name. */
  | (CorrectionBase & { kind: 'merge'; into: string })
  /** `alias` was wrongly read as another name of this entity: its mentions become their own. */
  | (CorrectionBase & { kind: 'split'; alias: string });

export type CorrectionKind = Correction['kind'];

/** What the reader asks for; the id and time are added when it is kept. */
export type CorrectionRequest =
  | { kind: 'type'; name: string; site: string | null; type: EntityType }
  | { kind: 'hide'; name: string; site: string | null }
  | { kind: 'merge'; name: string; site: string | null; into: string }
  | { kind: 'split'; name: string; site: string | null; alias: string };

/** A correction as it shows on the entity it changed. */
export interface CorrectionMark {
  correctionId: string;
  kind: CorrectionKind | 'split-from';
  /** Only on this site (the correction's site), or null. */
  site: string | null;
  /** type: the type Gloss read; merge: the name merged in; split: the name split off; split-from: the entity it came from. */
  detail: string;
  /** type: the type the reader set. */
  to?: string;
}
