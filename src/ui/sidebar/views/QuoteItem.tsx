/**
 * One quote: its words (click: scroll the page to it and flash it), then who said it, their
 * role (on one line, cut with an ellipsis when long; the whole role in its tooltip and in the
 * card), and whether it is a full or partial quote. A quote Gloss could not attribute says
 * "Unattributed" rather than guessing.
 */
import type { Entity, Quote } from '../../../core/analysis/contract';
import { quoteBody } from '../briefing';

interface Props {
  quote: Quote;
  index: number;
  selected: boolean;
  speaker: Entity | undefined;
  /** Hide the speaker line (inside a group or card that already names the speaker). */
  hideSpeaker?: boolean;
  /** Leave the role out (the list gave it with this speaker's first quote already). */
  hideRole?: boolean;
  onReveal(index: number): void;
  onOpenEntity?(id: string): void;
}

export function QuoteItem({ quote, index, selected, speaker, hideSpeaker, hideRole, onReveal, onOpenEntity }: Props) {
  const metaId = `gl-quote-meta-${index}`;
  const speakerName = speaker?.name ?? quote.speaker?.name ?? null;
  const role = hideRole ? null : (speaker?.role ?? null);
  return (
    <li class="gl-quote-item" data-kind={quote.kind} data-quote-index={index}>
      <button
        type="button"
        class="gl-row gl-quote"
        data-kind={quote.kind}
        aria-current={selected ? 'true' : undefined}
        aria-describedby={metaId}
        title="Show in the article"
        onClick={() => onReveal(index)}
      >
        <span class="gl-quote-text">“{quoteBody(quote.text)}”</span>
      </button>
      <p class="gl-quote-meta" id={metaId}>
        {hideSpeaker ? null : speakerName === null ? (
          <span class="gl-unattributed" title="Gloss could not tell who said this">
            Unattributed
          </span>
        ) : speaker && onOpenEntity ? (
          <button
            type="button"
            class="gl-link-button gl-speaker"
            onClick={() => onOpenEntity(speaker.id)}
            aria-label={`${speaker.name}: open card`}
          >
            {speaker.name}
          </button>
        ) : (
          <span class="gl-speaker">{speakerName}</span>
        )}
        {!hideSpeaker && role ? (
          <span class="gl-speaker-role" title={role}>
            {role}
          </span>
        ) : null}
        <span class="gl-quote-kind">{quote.kind === 'partial' ? 'Partial quote' : 'Full quote'}</span>
      </p>
    </li>
  );
}
