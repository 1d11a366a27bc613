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

/**
 * The reader's messages say what failed, then why ("Gloss could not analyse this article: out of
 * memory"): the first part becomes the heading, so the two do not say the same thing twice.
 */
export function errorParts(message: string | null): { heading: string; detail: string } {
  const m = /^(Gloss could not [^:]{3,80}):\s*(\S[^]*)$/.exec(message?.trim() ?? '');
  if (!m) return { heading: 'Gloss could not read this page', detail: message?.trim() || 'Something went wrong.' };
  const why = m[2]!.trim();
  return { heading: m[1]!, detail: `${why[0]!.toUpperCase()}${why.slice(1)}${/[.!?]$/.test(why) ? '' : '.'}` };
}

export function ErrorState({ message }: { message: string | null }) {
  const { heading, detail } = errorParts(message);
  return (
    <div class="gl-state gl-error" role="alert">
      <h2>{heading}</h2>
      <p class="gl-error-message">{detail}</p>
      <p>To try again, close the sidebar and open it again.</p>
    </div>
  );
}
