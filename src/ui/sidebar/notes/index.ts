/**
 * The background-notes components for an entity card.
 *
 * <EntityNotes entity settings article lookupWikipedia onRememberChoice onAlwaysLookUp />
 *   - entity: the card's Entity; its notes are shown grouped article -> bundled -> Wikipedia.
 *   - settings: { wikipedia, wikipediaNoticeSeen } from Settings.
 *   - article: { text, entities } of the analysis, for ranking candidates (optional).
 *   - lookupWikipedia: SidebarActions.lookupWikipedia, or null: no request is made.
 *   - onRememberChoice(name, type, title | null): SidebarActions.rememberWikipediaChoice.
 *   - onAlwaysLookUp(): updateSettings({ wikipedia: true, wikipediaNoticeSeen: true }).
 *   While lookups are off the card asks first: <WikipediaConsent name onLookUp onAlwaysLookUp />.
 * NOTES_CSS: the components' stylesheet (class names prefixed gl-notes-).
 */
export { EntityNotes, type EntityNotesProps } from './EntityNotes';
export { WikipediaConsent, type WikipediaConsentProps } from './WikipediaConsent';
export { WikipediaSection, type WikipediaSectionProps } from './WikipediaSection';
export { NOTES_CSS } from './notes.css';
export type { LookupWikipedia, RememberWikipediaChoice } from './types';
