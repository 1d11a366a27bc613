/**
 * A card's background notes, grouped by source in the order article -> bundled -> Wikipedia,
 * each group labelled with where it comes from. The Wikipedia group looks the entity up when the
 * card opens only while lookups are on for good; otherwise it asks first (<WikipediaConsent/>)
 * and looks up this one entity when the reader says yes.
 */
import { useMemo, useState } from 'preact/hooks';
import type { Entity, Note, NoteSource } from '../../../core/analysis/contract';
import { NOTE_SOURCES } from '../../../core/analysis/entity-types';
import type { Settings } from '../../../core/settings';
import { linkContextFor } from '../../../core/notes/wikipedia/context';
import type { LinkContext } from '../../../core/notes/wikipedia/summary';
import { WikipediaConsent } from './WikipediaConsent';
import { WikipediaOff, WikipediaSection } from './WikipediaSection';
import type { LookupWikipedia, RememberWikipediaChoice } from './types';

export interface EntityNotesProps {
  entity: Entity;
  settings: Pick<Settings, 'wikipedia' | 'wikipediaNoticeSeen'>;
  /**
   * The article's text and entities: they rank Wikipedia's candidates (role, other names,
   * frequent words). They go to the background page only, never to Wikipedia. Optional.
   */
  article?: { text: string; entities: readonly Entity[] } | null;
  /** SidebarActions.lookupWikipedia; null (or the setting off) means no request is made. */
  lookupWikipedia: LookupWikipedia | null;
  /** Remember the reader's "Which one?" choice for this name (null forgets it). */
  onRememberChoice?: RememberWikipediaChoice;
  /** "Always look up names": settings.wikipedia = true (absent: the card does not offer it). */
  onAlwaysLookUp?: () => void;
}

const GROUPS: Array<{ source: NoteSource; label: string }> = NOTE_SOURCES.map((s) => ({
  source: s.source,
  label: s.groupLabel,
}));

export function EntityNotes(props: EntityNotesProps) {
  const { entity, settings, article, lookupWikipedia, onRememberChoice, onAlwaysLookUp } = props;
  // Keyed on the text and entity list themselves: callers may wrap them in a new object on
  // every render, and scanning a long article each time would be wasted work.
  const text = article?.text ?? null;
  const entities = article?.entities ?? null;
  const context: LinkContext = useMemo(
    () =>
      text !== null && entities
        ? linkContextFor(entity, entities, text)
        : { role: entity.role, otherNames: [], keywords: [], hintTitle: null },
    [entity, text, entities],
  );

  return (
    <div class="gl-notes-by-source">
      {GROUPS.map(({ source, label }) => {
        const notes = entity.notes.filter((n) => n.source === source);
        if (source !== 'wikipedia') {
          if (notes.length === 0) return null;
          return (
            <section key={source} class={`gl-notes-group gl-notes-group-${source}`} aria-label={label}>
              <p class="gl-notes-label">{label}</p>
              <NoteList notes={notes} />
            </section>
          );
        }
        return (
          <section key={source} class="gl-notes-group gl-notes-group-wikipedia" aria-label={label}>
            <p class="gl-notes-label">{label}</p>
            {notes.length ? <NoteList notes={notes} /> : null}
            {lookupWikipedia ? (
              <WikipediaLookup
                key={entity.id}
                entity={entity}
                context={context}
                always={settings.wikipedia}
                lookupWikipedia={lookupWikipedia}
                onRememberChoice={onRememberChoice}
                onAlwaysLookUp={onAlwaysLookUp}
              />
            ) : (
              <WikipediaOff />
            )}
          </section>
        );
      })}
    </div>
  );
}

interface WikipediaLookupProps {
  entity: Entity;
  context: LinkContext;
  /** Lookups are on for good. */
  always: boolean;
  lookupWikipedia: LookupWikipedia;
  onRememberChoice?: RememberWikipediaChoice;
  onAlwaysLookUp?: () => void;
}

/**
 * Asks first unless lookups are on for good; the reader's yes holds for this card only. When the
 * background refuses a lookup that was not asked for (in Firefox, "always" also needs Firefox's
 * data-collection grant), the card asks instead.
 */
function WikipediaLookup({
  entity,
  context,
  always,
  lookupWikipedia,
  onRememberChoice,
  onAlwaysLookUp,
}: WikipediaLookupProps) {
  const [asked, setAsked] = useState(false);
  const [refused, setRefused] = useState(false);
  if (asked || (always && !refused)) {
    return (
      <WikipediaSection
        entity={entity}
        context={context}
        lookupWikipedia={lookupWikipedia}
        onRememberChoice={onRememberChoice}
        consented={asked}
        onRefused={() => setRefused(true)}
      />
    );
  }
  const alwaysLookUp = onAlwaysLookUp
    ? () => {
        setAsked(true);
        onAlwaysLookUp();
      }
    : undefined;
  return <WikipediaConsent name={entity.name} onLookUp={() => setAsked(true)} onAlwaysLookUp={alwaysLookUp} />;
}

function NoteList({ notes }: { notes: readonly Note[] }) {
  return (
    <ul class="gl-notes-list">
      {notes.map((n, i) => (
        <li key={i} class="gl-notes-item">
          {n.text}
          {n.url && /^https:\/\//i.test(n.url) ? (
            <>
              {' '}
              <a href={n.url} target="_blank" rel="noopener noreferrer">
                Source
              </a>
            </>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
