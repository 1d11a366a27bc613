/** The sidebar's non-article screens: loading, no article, error. Each is a designed state, not a blank. */

export function LoadingState({ label }: { label: string }) {
  return (
    <div class="gl-state gl-loading" role="status" aria-live="polite">
      <span class="gl-spinner" aria-hidden="true" />
      <p>{label}</p>
    </div>
  );
}

export interface EmptyStateProps {
  /** Read the page's whole text all the same. */
  onReadAnyway?: () => void;
  /** Read the text the reader selected in the page. */
  onReadSelection?: () => void;
  /** Why the last "Read the selection" did nothing, in words for a reader. */
  hint?: string | null;
}

export function EmptyState({ onReadAnyway, onReadSelection, hint }: EmptyStateProps = {}) {
  return (
    <div class="gl-state gl-empty" role="status">
      <h2>No article found on this page</h2>
      <p>
        Gloss works on news articles and similar long reads. This page looks like a home page, a search page or an app.
      </p>
      {onReadAnyway || onReadSelection ? (
        <p class="gl-empty-actions">
          {onReadAnyway ? (
            <button type="button" class="gl-button gl-read-anyway" onClick={onReadAnyway}>
              Read this page anyway
            </button>
          ) : null}
          {onReadSelection ? (
            <button type="button" class="gl-button gl-read-selection" onClick={onReadSelection}>
              Read the selection
            </button>
          ) : null}
        </p>
      ) : (
        <p>If it is an article, try again once it has finished loading.</p>
      )}
      {hint ? <p class="gl-empty-hint">{hint}</p> : null}
    </div>
  );
}

export function ErrorState({ message }: { message: string | null }) {
  return (
    <div class="gl-state gl-error" role="alert">
      <h2>Gloss could not read this page</h2>
      <p class="gl-error-message">{message || 'Something went wrong.'}</p>
    </div>
  );
}
