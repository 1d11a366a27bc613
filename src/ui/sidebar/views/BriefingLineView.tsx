/**
 * The briefing line at the top of the lists: who the article is about, who is quoted most and
 * their first full quote, where it happens (briefing-line.ts). Names open their cards; the quote
 * shows itself in the page.
 */
import { Fragment, type ComponentChildren } from 'preact';
import type { BriefingLine } from '../briefing-line';
import { clipWords, quotedSpeakerRole, TOO_LITTLE } from '../briefing-line';

interface Props {
  line: BriefingLine;
  onOpenEntity(id: string): void;
  onRevealQuote(index: number): void;
}

/** How much of the quote the line shows; the export and the quote list give it whole. */
const QUOTE_CHARS = 140;
/** How much of a role the line shows (a role can be a whole appositive); the card gives it whole. */
const ROLE_CHARS = 48;

/** " (role)", cut short when long, the whole role in its tooltip. */
function roleAfterName(role: string | null): ComponentChildren {
  if (!role) return null;
  const shown = clipWords(role, ROLE_CHARS);
  return (
    <span class="gl-brief-role" title={shown === role ? undefined : role}>
      {` (${shown})`}
    </span>
  );
}

export function BriefingLineView({ line, onOpenEntity, onRevealQuote }: Props) {
  const name = (n: { entityId: string | null; name: string }) =>
    n.entityId ? (
      <button type="button" class="gl-link-button gl-brief-name" onClick={() => onOpenEntity(n.entityId!)}>
        {n.name}
      </button>
    ) : (
      <span class="gl-brief-name">{n.name}</span>
    );
  const parts: ComponentChildren[] = [];
  if (line.about.length) {
    parts.push(
      <p class="gl-brief-about" key="about">
        <span class="gl-brief-label">About:</span>{' '}
        {list(
          line.about.map((p) => (
            <>
              {name(p)}
              {roleAfterName(p.role)}
            </>
          )),
        )}
        .
      </p>,
    );
  }
  const q = line.quoted;
  if (q) {
    const times = q.count === 1 ? 'once' : `${q.count} times`;
    const first = q.speakers[0]!;
    parts.push(
      <p class="gl-brief-quoted" key="quoted">
        <span class="gl-brief-label">{q.speakers.length === 1 && q.count === 1 ? 'Quoted:' : 'Quoted most:'}</span>{' '}
        {q.speakers.length > 1 ? (
          <>
            {list(q.speakers.map((s) => name(s)))} ({times} each)
          </>
        ) : (
          <>
            {name(first)}
            {roleAfterName(quotedSpeakerRole(line))}, {times}
          </>
        )}
        {q.quote ? (
          <>
            {q.speakers.length > 1 ? `; ${first.name} first: ` : '; first: '}
            <button
              type="button"
              class="gl-link-button gl-brief-quote"
              title="Show in the article"
              onClick={() => onRevealQuote(q.quote!.index)}
            >
              “{clipWords(q.quote.text, QUOTE_CHARS)}”
            </button>
          </>
        ) : (
          ', in partial quotes only.'
        )}
      </p>,
    );
  }
  if (line.places.length) {
    parts.push(
      <p class="gl-brief-where" key="where">
        <span class="gl-brief-label">Where:</span> {list(line.places.map((p) => name(p)))}.
      </p>,
    );
  }
  return (
    <section class="gl-briefline" aria-label="In brief">
      {parts.length ? parts : <p class="gl-brief-little">{TOO_LITTLE}</p>}
    </section>
  );
}

/** "A, B and C" with elements. */
function list(items: ComponentChildren[]): ComponentChildren {
  return items.map((item, i) => (
    <Fragment key={i}>
      {i === 0 ? '' : i === items.length - 1 ? ' and ' : ', '}
      {item}
    </Fragment>
  ));
}
