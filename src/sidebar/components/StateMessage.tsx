/** The sidebar's non-article screens: loading, no article, error. Each is a designed state, not a blank. */

export function LoadingState({ label }: { label: string }) {
  return (
    <div class="gl-state gl-loading" role="status" aria-live="polite">
      <span class="gl-spinner" aria-hidden="true" />
      <p>{label}</p>
    </div>
  );
}

export function EmptyState() {
  return (
    <div class="gl-state gl-empty" role="status">
      <h2>No article found on this page</h2>
      <p>Gloss works on news articles and similar long reads. This page looks like a home page, a search page or an app.</p>
      <p>If it is an article, try again once it has finished loading.</p>
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
