/** People, Organisations or Places: sorted by mentions, each with its role and mention count. */
import { useMemo } from 'preact/hooks';
import type { RefObject } from 'preact';
import type { Entity } from '../../../core/analysis/contract';
import { entityMatches, sortByMentions, TYPE_LABELS, type ListType } from '../model';
import { useIncremental } from './incremental';
import { MoreButton } from './MoreButton';

interface Props {
  type: ListType;
  entities: readonly Entity[];
  filter: string;
  moreRef: RefObject<(() => void) | null>;
  onOpen(id: string): void;
}

export function EntityList({ type, entities, filter, moreRef, onOpen }: Props) {
  const all = useMemo(() => sortByMentions(entities.filter((e) => e.type === type)), [entities, type]);
  const visible = useMemo(() => all.filter((e) => entityMatches(e, filter)), [all, filter]);
  const inc = useIncremental(visible.length, `${type}|${filter}`);
  moreRef.current = inc.limit < visible.length ? inc.showMore : null;
  const label = TYPE_LABELS[type].many.toLowerCase();

  if (all.length === 0) return <p class="gl-empty-list">No {label} named in this article.</p>;
  if (visible.length === 0)
    return (
      <p class="gl-empty-list">
        No {label} match “{filter}”.
      </p>
    );
  const shown = visible.slice(0, inc.limit);
  return (
    <>
      <ul class="gl-list gl-entity-list" aria-label={`${TYPE_LABELS[type].many}, most mentioned first`}>
        {shown.map((e) => (
          <li key={e.id}>
            <EntityRow entity={e} onOpen={onOpen} />
          </li>
        ))}
      </ul>
      <MoreButton shown={shown.length} total={visible.length} onMore={inc.showMore} />
    </>
  );
}

export function EntityRow({ entity, onOpen }: { entity: Entity; onOpen(id: string): void }) {
  const n = entity.mentions.length;
  return (
    <button type="button" class="gl-row gl-entity" data-entity-id={entity.id} onClick={() => onOpen(entity.id)}>
      <span class="gl-row-head">
        <span class="gl-row-name">{entity.name}</span>
        <span class="gl-row-count">
          {n} {n === 1 ? 'mention' : 'mentions'}
        </span>
      </span>
      {entity.role ? <span class="gl-row-role">{entity.role}</span> : null}
    </button>
  );
}
