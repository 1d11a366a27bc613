/**
 * The Quotes view: every quote in article order, or grouped by speaker (unattributed last). A
 * speaker's role is given once: with their first quote in article order, in the group's heading
 * by speaker (the card has it whole).
 */
import { useEffect, useMemo } from 'preact/hooks';
import type { RefObject } from 'preact';
import type { Entity, Quote } from '../../../core/analysis/contract';
import { groupQuotesBySpeaker, quoteMatches } from '../model';
import { QuoteItem } from './QuoteItem';
import { useIncremental } from './incremental';
import { MoreButton } from './MoreButton';

export type QuoteOrder = 'article' | 'speaker';

interface Props {
  quotes: readonly Quote[];
  byId: ReadonlyMap<string, Entity>;
  filter: string;
  order: QuoteOrder;
  selected: number | null;
  moreRef: RefObject<(() => void) | null>;
  onReveal(index: number): void;
  onOpenEntity(id: string): void;
}

export function QuoteList({ quotes, byId, filter, order, selected, moreRef, onReveal, onOpenEntity }: Props) {
  const visible = useMemo(
    () =>
      quotes
        .map((quote, index) => ({ quote, index }))
        .filter(({ quote }) => {
          const e = quote.speaker?.entityId ? byId.get(quote.speaker.entityId) : undefined;
          return quoteMatches(quote, filter, e ? `${e.name} ${e.role ?? ''}` : null);
        }),
    [quotes, byId, filter],
  );
  // Group every matching quote (cheap); groups are then rendered until the row budget is spent,
  // so each heading counts all of its speaker's quotes.
  const groups = useMemo(
    () =>
      order === 'speaker'
        ? groupQuotesBySpeaker(
            visible.map((v) => v.quote),
            (id) => byId.get(id)?.name,
          )
        : [],
    [visible, order, byId],
  );
  const inc = useIncremental(visible.length, `${filter}|${order}`);
  // Position of the selected quote in display order, to make sure it is rendered.
  const selectedPos =
    selected === null
      ? -1
      : order === 'article'
        ? visible.findIndex((v) => v.index === selected)
        : groups.flatMap((g) => g.items).findIndex((it) => visible[it.index]?.index === selected);
  useEffect(() => {
    if (selectedPos >= 0) inc.ensure(selectedPos);
  }, [selectedPos]);
  moreRef.current = inc.limit < visible.length ? inc.showMore : null;

  if (quotes.length === 0) return <p class="gl-empty-list">No quotes in this article.</p>;
  if (visible.length === 0) return <p class="gl-empty-list">No quotes match “{filter}”.</p>;

  const shown = visible.slice(0, inc.limit);
  const item = ({ quote, index }: { quote: Quote; index: number }, hideSpeaker = false, hideRole = false) => (
    <QuoteItem
      key={index}
      quote={quote}
      index={index}
      selected={index === selected}
      speaker={quote.speaker?.entityId ? byId.get(quote.speaker.entityId) : undefined}
      hideSpeaker={hideSpeaker}
      hideRole={hideRole}
      onReveal={onReveal}
      onOpenEntity={onOpenEntity}
    />
  );

  if (order === 'article') {
    const given = new Set<string>();
    const roleGiven = (q: Quote) => {
      const id = q.speaker?.entityId;
      if (!id) return false;
      if (given.has(id)) return true;
      given.add(id);
      return false;
    };
    return (
      <>
        <ol class="gl-list gl-quote-list" aria-label="Quotes in article order">
          {shown.map((v) => item(v, false, roleGiven(v.quote)))}
        </ol>
        <MoreButton shown={shown.length} total={visible.length} onMore={inc.showMore} />
      </>
    );
  }
  let budget = inc.limit;
  const shownGroups = [];
  for (const g of groups) {
    if (budget <= 0) break;
    shownGroups.push({ g, items: g.items.slice(0, budget) });
    budget -= g.items.length;
  }
  return (
    <>
      {shownGroups.map(({ g, items }) => {
        const entity = g.entityId ? byId.get(g.entityId) : undefined;
        const title = g.name ?? 'Unattributed';
        const headingId = `gl-group-${g.key ?? 'none'}`.replace(/[^\w-]/g, '_');
        return (
          <section key={g.key ?? 'none'} class="gl-group" aria-labelledby={headingId}>
            <h3 class="gl-group-title" id={headingId}>
              {title}
              {/* on a line of its own, cut short when long: the whole role is in its tooltip and the card */}
              {entity?.role ? (
                <span class="gl-group-role" title={entity.role}>
                  <span class="gl-visually-hidden">, </span>
                  {entity.role}
                </span>
              ) : null}
              <span class="gl-visually-hidden">
                , {g.items.length} {g.items.length === 1 ? 'quote' : 'quotes'}
              </span>
            </h3>
            {/* groupQuotesBySpeaker indexed into `visible`; map back to analysis.quotes. */}
            <ol class="gl-list gl-quote-list">{items.map(({ index }) => item(visible[index]!, true))}</ol>
          </section>
        );
      })}
      <MoreButton shown={shown.length} total={visible.length} onMore={inc.showMore} />
    </>
  );
}
