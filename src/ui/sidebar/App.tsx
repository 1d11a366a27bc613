/**
 * The sidebar's root component. It renders `SidebarState` (owned by the content script) and
 * keeps only view-local state: which tab is shown, the filter text, the quote order, the width
 * while a drag is under way. Everything the reader does goes out through `SidebarActions`.
 */
import { useRef, useState } from 'preact/hooks';
import type { SidebarActions, SidebarState } from './types';
import { ResizeHandle } from './components/ResizeHandle';
import { ArticleHeader } from './components/Header';
import { EmptyState, ErrorState, LoadingState } from './components/StateMessage';
import { CloseIcon } from './components/icons';
import { ReadyBody } from './views/ReadyBody';
import { ShortcutFooter } from './components/ShortcutFooter';

export interface AppProps {
  state: SidebarState;
  actions: SidebarActions;
}

export function App({ state, actions }: AppProps) {
  const { settings } = state;
  // While dragging, the width is ours; the content script learns it through actions.resize.
  const [dragWidth, setDragWidth] = useState<number | null>(null);
  const width = dragWidth ?? settings.width;
  const asideRef = useRef<HTMLElement>(null);
  const cardOpen = state.phase === 'ready' && state.focusEntityId !== null;

  const onResize = (w: number, done: boolean) => {
    setDragWidth(done ? null : w);
    actions.resize(w, done);
  };

  const onKeyDown = (e: KeyboardEvent) => {
    // "/" jumps to the filter, as in many readers, unless the reader is typing somewhere.
    if (e.key === '/' && !e.ctrlKey && !e.metaKey && !e.altKey && !isTextField(e.target)) {
      const filter = asideRef.current?.querySelector<HTMLInputElement>('.gl-filter');
      if (filter) {
        e.preventDefault();
        filter.focus();
      }
      return;
    }
    if (e.key !== 'Escape' || e.defaultPrevented) return;
    e.preventDefault();
    e.stopPropagation();
    // Escape closes the innermost thing first: the card, then the sidebar.
    if (cardOpen) actions.focusEntity(null);
    else actions.close();
  };

  return (
    <aside
      ref={asideRef}
      class="gl-sidebar"
      role="complementary"
      aria-label="Gloss"
      data-side={settings.side}
      data-page-tone={state.pageTone ?? undefined}
      style={{ width: `${width}px` }}
      tabIndex={-1}
      onKeyDown={onKeyDown}
    >
      <ResizeHandle side={settings.side} width={width} onResize={onResize} />
      <header class="gl-header">
        <button
          type="button"
          class="gl-icon-button gl-close"
          aria-label="Close Gloss"
          title="Close (Esc)"
          onClick={() => actions.close()}
        >
          <CloseIcon />
        </button>
        {/* The article's title leads once there is one (the sidebar is labelled "Gloss"); until then the name does. */}
        {state.phase === 'ready' && state.article ? (
          <ArticleHeader article={state.article} />
        ) : (
          <span class="gl-brand">Gloss</span>
        )}
      </header>
      {state.notice ? (
        <p class="gl-notice gl-save-notice" role="alert">
          {state.notice}
        </p>
      ) : null}
      <Body state={state} actions={actions} />
      <ShortcutFooter state={state} actions={actions} />
    </aside>
  );
}

function Body({ state, actions }: AppProps) {
  switch (state.phase) {
    case 'loading':
      return (
        <div class="gl-body">
          <LoadingState label="Reading the page…" />
        </div>
      );
    case 'no-article':
      return (
        <div class="gl-body">
          <EmptyState onReadAnyway={actions.readAnyway} onReadSelection={actions.readSelection} hint={state.message} />
        </div>
      );
    case 'error':
      return (
        <div class="gl-body">
          <ErrorState message={state.message} />
        </div>
      );
    case 'ready':
      if (!state.article) {
        return (
          <div class="gl-body">
            <EmptyState />
          </div>
        );
      }
      return <ReadyBody state={state} actions={actions} article={state.article} />;
  }
}

function isTextField(t: EventTarget | null): boolean {
  const el = t as HTMLElement | null;
  return !!el && (el.tagName === 'INPUT' || el.tagName === 'TEXTAREA' || el.isContentEditable);
}
