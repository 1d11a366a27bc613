/**
 * The messages between Gloss's parts (background, content script, offscreen document, extension
 * pages): one schema per message (valibot), the reply each gets, one router per receiver.
 */
export * from './kit';
export * from './page-reading';
export * from './to-background';
export * from './replies';
export * from './to-content';
export * from './offscreen';
export * from './offscreen-replies';
export * from './wikipedia';
export * from './senders';
export * from './router';
export * from './client';
