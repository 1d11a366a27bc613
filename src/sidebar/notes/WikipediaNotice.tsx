/**
 * The first-run notice about Wikipedia lookups: exactly what is sent (the entity's name, nothing
 * else), when, and how to turn it off. Shown until the reader dismisses it.
 */
export interface WikipediaNoticeProps {
  /** The reader has read it: set settings.wikipediaNoticeSeen. */
  onDismiss(): void;
  /** Turn the setting off (and count the notice as read). */
  onTurnOff(): void;
}

export function WikipediaNotice({ onDismiss, onTurnOff }: WikipediaNoticeProps) {
  return (
    <aside class="gl-notes-notice" role="note" aria-labelledby="gl-notes-notice-title">
      <p class="gl-notes-notice-title" id="gl-notes-notice-title">
        Background notes from Wikipedia
      </p>
      <p>
        When you open a card, Gloss sends <strong>the name on the card, and nothing else</strong> to Wikipedia (en.wikipedia.org) to find its
        page. Not this page's address, not the article's text. Answers are kept on this device for a week, so a name is asked at most once a week.
      </p>
      <p>You can turn this off here or at any time in Gloss's options.</p>
      <div class="gl-notes-actions">
        <button type="button" class="gl-button" onClick={onDismiss}>
          OK
        </button>
        <button type="button" class="gl-button" onClick={onTurnOff}>
          Turn off Wikipedia lookups
        </button>
      </div>
    </aside>
  );
}
