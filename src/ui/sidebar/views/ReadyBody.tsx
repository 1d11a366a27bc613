/**
 * The sidebar body once an article is found: notices (unsupported language, truncated page),
 * the toolbar (view tabs, filter, highlights switch, Copy as Markdown) and either the current
 * list or an entity's card.
 *
 * Focus: opening a card from the sidebar moves focus to the card's heading; closing it returns
 * focus to the row that opened it (or the current tab). A card opened from the page does not
 * pull focus out of the page.
 */
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { TargetedKeyboardEvent } from 'preact';
import type { Entity } from '../../../core/analysis/contract';
import { ENTITY_TYPES, tabTypes } from '../../../core/analysis/entity-types';
import type { ArticleInfo, SidebarActions, SidebarState } from '../types';
import { LoadingState } from '../components/StateMessage';
import { AnalysisNotices } from '../components/AnalysisNotices';
import { HighlightSwitch } from '../components/HighlightSwitch';
import { HighlightKey, KeyToggle } from '../components/HighlightKey';
import type { HighlightKind } from '../../../core/settings';
import { CopyIcon } from '../components/icons';
import { entityMatches, quoteMatches, TYPE_LABELS, type ListType } from '../model';
import { briefingMarkdown } from '../briefing';
import { Tabs, tabId, type TabDef } from './Tabs';
import { QuoteList, type QuoteOrder } from './QuoteList';
import { EntityList } from './EntityList';
import { EntityCard } from './EntityCard';
import { CardNotes } from './entity-notes';
import { nearEnd } from './incremental';
import { briefingLine } from '../briefing-line';
import { BriefingLineView } from './BriefingLineView';
import { CardCorrections } from './CardCorrections';
import { HiddenEntities } from './HiddenEntities';
import type { CorrectedAnalysis } from '../../../core/corrections';

export type ViewKey = 'quotes' | ListType;

interface Props {
  state: SidebarState;
  actions: SidebarActions;
  article: ArticleInfo;
}

const PANEL_ID = 'gl-panel';

export function ReadyBody({ state, actions, article }: Props) {
  const { analysis } = state;
  // null until the reader picks a tab: the first view with something in it is shown.
  const [picked, setView] = useState<ViewKey | null>(null);
  const [filter, setFilter] = useState('');
  const [order, setOrder] = useState<QuoteOrder>('article');
  const [status, setStatus] = useState('');
  const [keyOpen, setKeyOpen] = useState(false);
  const bodyRef = useRef<HTMLDivElement>(null);
  const moreRef = useRef<(() => void) | null>(null);
  /** The entity whose row opened the card, to return focus to it. */
  const openedFrom = useRef<string | null>(null);
  const focusCardOnOpen = useRef(false);

  const entities = analysis?.entities ?? [];
  const quotes = analysis?.quotes ?? [];
  const byId = useMemo(() => new Map<string, Entity>(entities.map((e) => [e.id, e])), [entities]);
  const card = state.focusEntityId ? byId.get(state.focusEntityId) : undefined;
  const view: ViewKey = picked ?? firstViewWithItems(quotes.length, entities);
  const brief = useMemo(
    () => (analysis ? briefingLine(analysis, article) : null),
    [analysis, article.text, article.blocks],
  );
  const hidden = (analysis as CorrectedAnalysis | null)?.hidden ?? [];
  const correcting =
    state.corrections && actions.correct && actions.undoCorrection
      ? { site: state.corrections.site, correct: actions.correct, undo: actions.undoCorrection }
      : null;

  // Announce highlight changes (the shortcut works while focus is in the page, too).
  const lastHighlights = useRef(state.highlightsOn);
  useEffect(() => {
    if (lastHighlights.current === state.highlightsOn) return;
    lastHighlights.current = state.highlightsOn;
    setStatus(state.highlightsOn ? 'Highlights shown in the page.' : 'Highlights hidden in the page.');
  }, [state.highlightsOn]);

  // A quote clicked in the page: show it in the quote list.
  useEffect(() => {
    if (state.selectedQuote === null || state.focusEntityId) return;
    setView('quotes');
    // A filter that hides the chosen quote would make the click look lost: clear it.
    const q = quotes[state.selectedQuote];
    if (q && filter && !quoteMatches(q, filter, speakerText(q.speaker?.entityId, byId))) setFilter('');
  }, [state.selectedQuote, state.focusEntityId]);
  useLayoutEffect(() => {
    if (state.selectedQuote === null || card) return;
    const row = bodyRef.current?.querySelector(`[data-quote-index="${state.selectedQuote}"]`);
    row?.scrollIntoView?.({ block: 'nearest' });
  });

  // Focus the card heading when the reader opened it from inside the sidebar.
  const cardId = card?.id ?? null;
  const prevCard = useRef<string | null>(cardId);
  // Read during render, before Preact removes the card (and the focused element with it).
  const focusWasInside = useRef(false);
  focusWasInside.current = containsFocus(bodyRef.current);
  useLayoutEffect(() => {
    const body = bodyRef.current;
    if (!body) return;
    const before = prevCard.current;
    prevCard.current = cardId;
    if (before === cardId) return;
    if (cardId && focusCardOnOpen.current) {
      body.querySelector<HTMLElement>('#gl-card-title')?.focus({ preventScroll: true });
      body.scrollTop = 0;
    } else if (!cardId && before && focusWasInside.current) {
      const root = body.getRootNode() as ShadowRoot | Document;
      const row = openedFrom.current
        ? body.querySelector<HTMLElement>(`.gl-entity[data-entity-id="${cssEscape(openedFrom.current)}"]`)
        : null;
      const tab = root.querySelector<HTMLElement>(`#${tabId(view)}`);
      (row ?? tab)?.focus();
    }
    focusCardOnOpen.current = false;
  }, [cardId]);

  if (!analysis) {
    return (
      <div class="gl-body">
        <LoadingState label="Finding names and quotes…" />
      </div>
    );
  }
  if (analysis.unsupported) {
    return (
      <div class="gl-body">
        <AnalysisNotices analysis={analysis} />
      </div>
    );
  }

  const openEntity = (id: string) => {
    openedFrom.current = id;
    focusCardOnOpen.current = true;
    actions.focusEntity(id);
  };
  const setHiddenKinds = (kinds: HighlightKind[]) => {
    if (actions.setHiddenKinds) actions.setHiddenKinds(kinds);
    else actions.updateSettings({ hiddenKinds: kinds });
  };
  const revealQuote = (index: number) => {
    const q = quotes[index];
    const first = q?.spans[0] ?? (q ? { start: q.start, end: q.end } : undefined);
    if (!first) return;
    actions.selectQuote(index);
    actions.reveal({ start: first.start, end: first.end });
  };
  const copy = async () => {
    try {
      await actions.copyText(briefingMarkdown(article, analysis));
      setStatus('Briefing copied to the clipboard as Markdown.');
    } catch (err) {
      setStatus(`Could not copy: ${err instanceof Error ? err.message : String(err)}`);
    }
  };
  const onFilterKey = (e: TargetedKeyboardEvent<HTMLInputElement>) => {
    // Escape in a non-empty filter clears it instead of closing the sidebar.
    if (e.key === 'Escape' && filter) {
      e.preventDefault();
      e.stopPropagation();
      setFilter('');
    }
  };
  const onScroll = () => {
    const body = bodyRef.current;
    if (body && moreRef.current && nearEnd(body)) moreRef.current();
  };

  // An open card belongs under its type's tab (a card opened from the page included).
  const shownView: ViewKey = card && card.type !== 'other' ? card.type : view;
  const count = (type: ListType) => entities.filter((e) => e.type === type && entityMatches(e, filter)).length;
  const tabs: Array<TabDef<ViewKey>> = [
    {
      key: 'quotes',
      label: 'Quotes',
      count: filter
        ? quotes.filter((q) => quoteMatches(q, filter, speakerText(q.speaker?.entityId, byId))).length
        : quotes.length,
    },
    ...VIEW_ORDER.map((type) => ({ key: type, label: TYPE_LABELS[type].many, count: count(type) })),
  ];

  return (
    <>
      <div class={card ? 'gl-toolbar gl-card-open' : 'gl-toolbar'}>
        <Tabs
          tabs={tabs}
          selected={shownView}
          panelId={PANEL_ID}
          onSelect={(k) => {
            setView(k);
            if (card) actions.focusEntity(null);
          }}
        />
        {card ? null : (
          <div class="gl-filter-row" role="search">
            <input
              type="search"
              class="gl-filter"
              placeholder="Filter names and quotes  ( / )"
              aria-label="Filter names and quotes"
              value={filter}
              onInput={(e) => setFilter(e.currentTarget.value)}
              onKeyDown={onFilterKey}
            />
            <button
              type="button"
              class="gl-icon-button gl-copy"
              aria-label="Copy as Markdown"
              title="Copy as Markdown"
              onClick={copy}
            >
              <CopyIcon />
            </button>
          </div>
        )}
        <div class="gl-actions">
          <HighlightSwitch on={state.highlightsOn} onChange={(on) => actions.setHighlights(on)} />
          <KeyToggle open={keyOpen} onToggle={() => setKeyOpen(!keyOpen)} />
          {view === 'quotes' && !card ? (
            <span class="gl-segmented" role="group" aria-label="Order quotes">
              <button
                type="button"
                aria-pressed={order === 'article' ? 'true' : 'false'}
                onClick={() => setOrder('article')}
              >
                Article order
              </button>
              <button
                type="button"
                aria-pressed={order === 'speaker' ? 'true' : 'false'}
                onClick={() => setOrder('speaker')}
              >
                By speaker
              </button>
            </span>
          ) : null}
        </div>
        {keyOpen ? <HighlightKey hidden={state.settings.hiddenKinds} onChange={setHiddenKinds} /> : null}
        <p class="gl-visually-hidden gl-status" role="status" aria-live="polite">
          {status}
        </p>
      </div>
      <div class="gl-body" ref={bodyRef} onScroll={onScroll}>
        {brief && !card ? (
          <BriefingLineView line={brief} onOpenEntity={openEntity} onRevealQuote={revealQuote} />
        ) : null}
        <AnalysisNotices analysis={analysis} />
        <div id={PANEL_ID} role="tabpanel" aria-labelledby={tabId(shownView)} class="gl-panel">
          {card ? (
            <EntityCard
              entity={card}
              quotes={quotes}
              articleText={article.text}
              selectedQuote={state.selectedQuote}
              backLabel={card.type === 'other' ? 'Back' : `All ${TYPE_LABELS[card.type].many.toLowerCase()}`}
              notes={<CardNotes entity={card} state={state} actions={actions} />}
              corrections={
                correcting ? (
                  <CardCorrections
                    key={card.id}
                    entity={card}
                    entities={entities}
                    site={correcting.site}
                    correct={correcting.correct}
                    undo={correcting.undo}
                    announce={setStatus}
                  />
                ) : null
              }
              onBack={() => {
                if (card.type !== 'other') setView(card.type);
                actions.focusEntity(null);
              }}
              onReveal={(span) => actions.reveal(span)}
              onRevealQuote={revealQuote}
            />
          ) : view === 'quotes' ? (
            <QuoteList
              quotes={quotes}
              byId={byId}
              filter={filter}
              order={order}
              selected={state.selectedQuote}
              moreRef={moreRef}
              onReveal={revealQuote}
              onOpenEntity={openEntity}
            />
          ) : (
            <EntityList type={view} entities={entities} filter={filter} moreRef={moreRef} onOpen={openEntity} />
          )}
          {correcting && !card && view !== 'quotes' ? (
            <HiddenEntities hidden={hidden} undo={correcting.undo} announce={setStatus} />
          ) : null}
        </div>
      </div>
    </>
  );
}

/** The types with a tab of their own, in the list's order (src/core/analysis/entity-types.ts). */
const VIEW_ORDER: readonly ListType[] = tabTypes(ENTITY_TYPES);

/** Quotes when there are any, else the first list with an entry (Quotes again when all are empty). */
export function firstViewWithItems(quotes: number, entities: readonly Entity[]): ViewKey {
  if (quotes > 0) return 'quotes';
  return VIEW_ORDER.find((t) => entities.some((e) => e.type === t)) ?? 'quotes';
}

function speakerText(id: string | null | undefined, byId: ReadonlyMap<string, Entity>): string | null {
  const e = id ? byId.get(id) : undefined;
  return e ? `${e.name} ${e.role ?? ''}` : null;
}

function containsFocus(el: HTMLElement | null): boolean {
  if (!el) return false;
  const active = (el.getRootNode() as ShadowRoot | Document).activeElement;
  return active !== null && el.contains(active);
}

function cssEscape(s: string): string {
  return s.replace(/["\\]/g, '\\$&');
}
