/**
 * Background notes for entities, in the order the card shows them: from the article, from
 * bundled data, and (in the extension only, see ./wikipedia) from Wikipedia.
 */
export { addArticleNotes } from './article-notes';
export { addBundledNotes, bundledWikiTitle } from './bundled-notes';
export { findDemonyms } from './demonyms';
