/**
 * The Wikipedia part of a card's background notes. Every state is a designed screen: off,
 * loading, found (description, plain-text extract, thumbnail, link, CC BY-SA attribution),
 * "Which one?", not found, offline (retries when the browser is back online) and error.
 * A lookup starts when this mounts (EntityNotes mounts it once the reader has said yes); leaving
 * the card aborts it and drops its answer.
 * Render it with `key={entity.id}` so another entity starts from a fresh state.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Entity } from '../../../core/analysis/contract';
import { ENTITY_TYPES, perType } from '../../../core/analysis/entity-types';
import {
  ATTRIBUTION,
  type LinkContext,
  type WikiChoice,
  type WikipediaResult,
} from '../../../core/notes/wikipedia/summary';
import { WIKIPEDIA_LOOKUP } from '../../../protocol/wikipedia';
import type { LookupWikipedia, RememberWikipediaChoice } from './types';

export interface WikipediaSectionProps {
  entity: Entity;
  context: LinkContext;
  lookupWikipedia: LookupWikipedia;
  onRememberChoice?: RememberWikipediaChoice;
  /** The reader asked for this lookup in the card: requests say so (see WikipediaLookupRequest). */
  consented?: boolean;
  /** The background refused a lookup the reader had not asked for in this card. */
  onRefused?: () => void;
}

type View = { state: 'loading' } | { state: 'result'; result: WikipediaResult };

interface Ask {
  title?: string;
  reconsider?: boolean;
}

let nextRequest = 0;

export function WikipediaSection({
  entity,
  context,
  lookupWikipedia,
  onRememberChoice,
  consented = false,
  onRefused,
}: WikipediaSectionProps) {
  const [view, setView] = useState<View>({ state: 'loading' });
  const [ask, setAsk] = useState<Ask>({});
  const [attempt, setAttempt] = useState(0);
  // Read at request time: a parent that re-creates these on every render causes no new request.
  const contextRef = useRef(context);
  contextRef.current = context;
  const lookupRef = useRef(lookupWikipedia);
  lookupRef.current = lookupWikipedia;
  const consentedRef = useRef(consented);
  consentedRef.current = consented;
  const refusedRef = useRef(onRefused);
  refusedRef.current = onRefused;

  useEffect(() => {
    const ctrl = new AbortController();
    const requestId = `gl-${entity.id.replace(/[^\w.:-]/g, '_').slice(0, 40)}-${++nextRequest}`;
    setView({ state: 'loading' });
    lookupRef
      .current(
        {
          type: WIKIPEDIA_LOOKUP,
          requestId,
          name: entity.name,
          entityType: entity.type,
          context: contextRef.current,
          ...ask,
          ...(consentedRef.current ? { consented: true } : {}),
        },
        ctrl.signal,
      )
      .then(
        (result) => {
          if (ctrl.signal.aborted) return;
          if (result.status === 'disabled' && !consentedRef.current && refusedRef.current) refusedRef.current();
          else setView({ state: 'result', result });
        },
        () => {
          if (!ctrl.signal.aborted)
            setView({
              state: 'result',
              result: { status: 'error', reason: 'http', message: 'Gloss could not reach its background page.' },
            });
        },
      );
    return () => ctrl.abort();
  }, [entity.id, entity.name, entity.type, ask, attempt]);

  // Offline: try again by itself when the browser is back online.
  const offline = view.state === 'result' && view.result.status === 'offline';
  useEffect(() => {
    if (!offline) return;
    const retry = () => setAttempt((n) => n + 1);
    globalThis.addEventListener?.('online', retry);
    return () => globalThis.removeEventListener?.('online', retry);
  }, [offline]);

  const retry = () => setAttempt((n) => n + 1);
  const choose = (c: WikiChoice) => {
    void onRememberChoice?.(entity.name, entity.type, c.title);
    setAsk({ title: c.title });
  };
  const reconsider = () => {
    void onRememberChoice?.(entity.name, entity.type, null);
    setAsk({ reconsider: true });
  };

  return (
    <div class="gl-notes-wiki" aria-live="polite" aria-busy={view.state === 'loading'}>
      {view.state === 'loading' ? (
        <Loading name={entity.name} />
      ) : (
        <Result result={view.result} entity={entity} onRetry={retry} onChoose={choose} onReconsider={reconsider} />
      )}
    </div>
  );
}

function Loading({ name }: { name: string }) {
  return (
    <div class="gl-notes-wiki-loading" role="status">
      <p class="gl-notes-muted">Looking up “{name}” on Wikipedia…</p>
      <div class="gl-notes-skeleton" aria-hidden="true">
        <span />
        <span />
        <span />
      </div>
    </div>
  );
}

interface ResultProps {
  result: WikipediaResult;
  entity: Entity;
  onRetry(): void;
  onChoose(c: WikiChoice): void;
  onReconsider(): void;
}

const KIND: Record<Entity['type'], string> = perType(ENTITY_TYPES, (t) => t.kind);

function Result({ result, entity, onRetry, onChoose, onReconsider }: ResultProps) {
  switch (result.status) {
    case 'found': {
      const { summary, cached } = result;
      return (
        <div class="gl-notes-wiki-found">
          <div class="gl-notes-wiki-head">
            {summary.thumbnail ? (
              <img
                class="gl-notes-thumb"
                src={summary.thumbnail.url}
                width={summary.thumbnail.width}
                height={summary.thumbnail.height}
                alt=""
                loading="lazy"
                referrerPolicy="no-referrer"
                onError={(e) => ((e.currentTarget as HTMLImageElement).hidden = true)}
              />
            ) : null}
            <div>
              <p class="gl-notes-wiki-title">{summary.title}</p>
              {summary.description ? <p class="gl-notes-wiki-desc">{summary.description}</p> : null}
            </div>
          </div>
          {summary.extract ? <p class="gl-notes-wiki-extract">{summary.extract}</p> : null}
          <p class="gl-notes-wiki-links">
            <a href={summary.pageUrl} target="_blank" rel="noopener noreferrer">
              Read “{summary.title}” on Wikipedia
            </a>
          </p>
          <p class="gl-notes-attribution">
            Text from Wikipedia, available under{' '}
            <a href={ATTRIBUTION.licenseUrl} target="_blank" rel="noopener noreferrer">
              {ATTRIBUTION.license}
            </a>
            .
          </p>
          {cached?.stale ? (
            <p class="gl-notes-muted">Saved {daysAgo(cached.savedAt)}; Gloss is checking for a newer version.</p>
          ) : null}
          {result.chosen || result.alternatives.length ? (
            <p class="gl-notes-muted">
              {result.chosen ? 'You chose this page for this name. ' : null}
              <button type="button" class="gl-link-button" onClick={onReconsider}>
                Not this {KIND[entity.type]}?
              </button>
            </p>
          ) : null}
        </div>
      );
    }
    case 'ambiguous':
      return (
        <div class="gl-notes-wiki-ambiguous">
          <p class="gl-notes-wiki-question" id={`gl-notes-which-${entity.id}`}>
            Which one?
          </p>
          <p class="gl-notes-muted">
            Several Wikipedia pages could be this {KIND[entity.type]}; the article does not make clear which.
          </p>
          <ul class="gl-notes-choices" aria-labelledby={`gl-notes-which-${entity.id}`}>
            {result.choices.map((c) => (
              <li key={c.title}>
                <button type="button" class="gl-notes-choice" onClick={() => onChoose(c)}>
                  <span class="gl-notes-choice-title">{c.title}</span>
                  {c.description ? <span class="gl-notes-choice-desc">{c.description}</span> : null}
                </button>
              </li>
            ))}
          </ul>
          <p class="gl-notes-muted">Gloss remembers your choice for “{entity.name}”.</p>
        </div>
      );
    case 'not-found':
      return (
        <p class="gl-notes-wiki-empty">
          Wikipedia has no page that matches “{entity.name}” as a {KIND[entity.type]}.
        </p>
      );
    case 'offline':
      return (
        <div class="gl-notes-wiki-offline">
          <p>You seem to be offline. Gloss will look “{entity.name}” up on Wikipedia when you are back online.</p>
          <button type="button" class="gl-button" onClick={onRetry}>
            Try again
          </button>
        </div>
      );
    case 'error':
      return (
        <div class="gl-notes-wiki-error" role="alert">
          <p>Wikipedia lookup failed: {result.message}</p>
          <button type="button" class="gl-button" onClick={onRetry}>
            Try again
          </button>
        </div>
      );
    case 'disabled':
      return <WikipediaOff />;
  }
}

export function WikipediaOff() {
  return (
    <p class="gl-notes-muted gl-notes-wiki-off">Wikipedia lookups are off. You can turn them on in Gloss's options.</p>
  );
}

function daysAgo(t: number): string {
  const days = Math.max(0, Math.round((Date.now() - t) / 86_400_000));
  return days === 0 ? 'today' : days === 1 ? 'yesterday' : `${days} days ago`;
}
