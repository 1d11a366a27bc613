/**
 * The background-notes components for an entity card (issue 5).
 *
 * <EntityNotes entity settings article lookupWikipedia onRememberChoice onDismissNotice
 *              onTurnOffWikipedia showNotice? />
 *   - entity: the card's Entity; its notes are shown grouped article -> bundled -> Wikipedia.
 *   - settings: { wikipedia, wikipediaNoticeSeen } from Settings.
 *   - article: { text, entities } of the analysis, for ranking candidates (optional).
 *   - lookupWikipedia: SidebarActions.lookupWikipedia, or null: no request is made.
 *   - onRememberChoice(name, type, title | null): SidebarActions.rememberWikipediaChoice.
 *   - onDismissNotice(): updateSettings({ wikipediaNoticeSeen: true }).
 *   - onTurnOffWikipedia(): updateSettings({ wikipedia: false, wikipediaNoticeSeen: true }).
 *   - showNotice: EntityNotes shows <WikipediaNotice/> itself while unread; pass false if the
 *     sidebar shows the notice elsewhere.
 * <WikipediaNotice onDismiss onTurnOff /> the first-run notice on its own.
 * NOTES_CSS: the components' stylesheet (class names prefixed gl-notes-).
 */
export { EntityNotes, type EntityNotesProps } from './EntityNotes';
export { WikipediaNotice, type WikipediaNoticeProps } from './WikipediaNotice';
export { WikipediaSection, type WikipediaSectionProps } from './WikipediaSection';
export { NOTES_CSS } from './notes.css';
export type { LookupWikipedia, RememberWikipediaChoice } from './types';
