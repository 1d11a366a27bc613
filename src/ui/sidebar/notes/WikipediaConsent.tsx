/**
 * What a card shows in place of its Wikipedia note until the reader says yes: a button that
 * looks this one name up, a line saying exactly what that sends, and a way to say yes for good.
 * Only trusted clicks count: page script cannot reach our root in the shipped build, and this
 * check holds even where it can (tests, an open root).
 */
export interface WikipediaConsentProps {
  name: string;
  /** Look this one entity up now. */
  onLookUp(): void;
  /** Look up every card from now on (settings.wikipedia = true); absent: not offered. */
  onAlwaysLookUp?: () => void;
}

const trusted = (fn: () => void) => (e: Event) => {
  if (e.isTrusted) fn();
};

export function WikipediaConsent({ name, onLookUp, onAlwaysLookUp }: WikipediaConsentProps) {
  return (
    <div class="gl-notes-consent">
      <button type="button" class="gl-button gl-notes-lookup" onClick={trusted(onLookUp)}>
        Look up on Wikipedia
      </button>
      <p class="gl-notes-muted">Sends only this name, “{name}”, to Wikipedia.</p>
      {onAlwaysLookUp ? (
        <button type="button" class="gl-link-button gl-notes-always" onClick={trusted(onAlwaysLookUp)}>
          Always look up names
        </button>
      ) : null}
    </div>
  );
}
