/**
 * The card of one entity: role, aliases, background notes by source, the quotes it said, and
 * every mention with a line of context. Clicking a mention scrolls the page to it; the previous
 * and next buttons step through them in article order (wrapping round at the ends).
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Entity, Quote, TextSpan } from '../../../core/analysis/contract';
import { mentionContext, TYPE_LABELS } from '../model';
import { BackIcon } from '../components/icons';
import { QuoteItem } from './QuoteItem';
import type { ComponentChildren } from 'preact';
import { otherNames } from '../other-names';

interface Props {
  entity: Entity;
  quotes: readonly Quote[];
  articleText: string;
  selectedQuote: number | null;
  backLabel: string;
  /** The background section (notes by source, Wikipedia), see entity-notes.tsx. */
  notes: ComponentChildren;
  /** The reader's corrections and the tools to correct (CardCorrections.tsx), if any. */
  corrections?: ComponentChildren;
  onBack(): void;
  onReveal(span: TextSpan): void;
  onRevealQuote(index: number): void;
}

export function EntityCard({
  entity,
  quotes,
  articleText,
  selectedQuote,
  backLabel,
  notes,
  corrections,
  onBack,
  onReveal,
  onRevealQuote,
}: Props) {
  const [current, setCurrent] = useState(-1);
  const listRef = useRef<HTMLOListElement>(null);
  useEffect(() => setCurrent(-1), [entity.id]);

  const own = quotes.map((q, index) => ({ q, index })).filter(({ q }) => q.speaker?.entityId === entity.id);
  const n = entity.mentions.length;
  const aliases = otherNames(entity);

  const go = (i: number) => {
    const m = entity.mentions[i];
    if (!m) return;
    setCurrent(i);
    onReveal({ start: m.start, end: m.end });
    listRef.current?.querySelector(`[data-mention="${i}"]`)?.scrollIntoView?.({ block: 'nearest' });
  };
  const step = (d: 1 | -1) => go(current < 0 ? (d === 1 ? 0 : n - 1) : (current + d + n) % n);

  return (
    <article class="gl-card" data-entity-id={entity.id} aria-labelledby="gl-card-title">
      {/* Stays at the top while the card scrolls: whose card this is, and the way back. */}
      <div class="gl-card-head">
        <div class="gl-card-nav">
          <button type="button" class="gl-button gl-back" onClick={onBack}>
            <BackIcon />
            {backLabel}
          </button>
          <span class={`gl-badge gl-type-${entity.type}`}>{TYPE_LABELS[entity.type].one}</span>
        </div>
        <h2 class="gl-card-title" id="gl-card-title" tabIndex={-1}>
          {entity.name}
        </h2>
      </div>
      {entity.typeUncertain ? (
        // the mentions were read as different kinds: say so rather than guess silently
        <p class="gl-type-uncertain">Gloss is not sure of this type.</p>
      ) : null}
      {entity.role ? (
        <p class="gl-card-role">{entity.role}</p>
      ) : entity.type === 'person' ? (
        // a reader looks for a person's role; a place or an organisation often needs none
        <p class="gl-card-role gl-card-role-missing">The article gives no role.</p>
      ) : null}
      {aliases.length ? (
        <p class="gl-aliases">
          Also called:{' '}
          {aliases.map((a, i) => (
            <span key={a}>
              {i ? ', ' : ''}“{a}”
            </span>
          ))}
        </p>
      ) : null}
      {corrections}

      <section aria-labelledby="gl-card-notes">
        <h3 id="gl-card-notes">Background</h3>
        {notes}
      </section>

      {own.length ? (
        <section aria-labelledby="gl-card-quotes">
          <h3 id="gl-card-quotes">Quotes ({own.length})</h3>
          <ol class="gl-list gl-quote-list">
            {own.map(({ q, index }) => (
              <QuoteItem
                key={index}
                quote={q}
                index={index}
                selected={index === selectedQuote}
                speaker={entity}
                hideSpeaker
                onReveal={onRevealQuote}
              />
            ))}
          </ol>
        </section>
      ) : null}

      <section aria-labelledby="gl-card-mentions">
        <h3 id="gl-card-mentions">Mentions ({n})</h3>
        {n > 0 ? (
          <div class="gl-mention-nav">
            <button type="button" class="gl-button gl-prev" onClick={() => step(-1)} aria-label="Previous mention">
              ‹ Previous
            </button>
            <button type="button" class="gl-button gl-next" onClick={() => step(1)} aria-label="Next mention">
              Next ›
            </button>
            <span class="gl-mention-pos" aria-live="polite">
              {current >= 0 ? `${current + 1} of ${n}` : `${n} in the article`}
            </span>
          </div>
        ) : (
          <p class="gl-muted-text">No mentions in the analysed text.</p>
        )}
        <ol class="gl-list gl-mentions" ref={listRef}>
          {entity.mentions.map((m, i) => {
            const c = mentionContext(articleText, m.start, m.end);
            return (
              <li key={`${m.start}`}>
                <button
                  type="button"
                  class="gl-mention"
                  data-mention={i}
                  aria-current={i === current ? 'true' : undefined}
                  title="Show in the article"
                  onClick={() => go(i)}
                >
                  {c.cutStart ? '…' : ''}
                  {c.before}
                  <mark>{c.match}</mark>
                  {c.after}
                  {c.cutEnd ? '…' : ''}
                </button>
              </li>
            );
          })}
        </ol>
      </section>
    </article>
  );
}
