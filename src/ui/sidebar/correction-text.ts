/**
 * The words for a reader's correction, in the card ("Your corrections") and in the Markdown
 * export: what the reader changed, against what Gloss had read.
 */
import type { CorrectionMark } from '../../core/corrections';
import { TYPE_LABELS } from './model';
import type { EntityType } from '../../core/analysis/contract';

export function describeMark(m: CorrectionMark): string {
  const where = m.site ? ` (on ${m.site})` : '';
  switch (m.kind) {
    case 'type':
      return `Type set to ${typeName(m.to ?? '')}; Gloss read ${typeName(m.detail)}${where}`;
    case 'merge':
      return `“${m.detail}” merged in as the same${where}`;
    case 'split':
      return `“${m.detail}” split off as another name${where}`;
    case 'split-from':
      return `Split off from “${m.detail}”${where}`;
    case 'hide':
      return `Hidden${where}`;
  }
}

function typeName(t: string): string {
  return (TYPE_LABELS[t as EntityType]?.one ?? t).toLowerCase();
}
