/**
 * Where the offscreen document is and the mark on its messages: apart from their schemas
 * (offscreen.ts) so that src/platform/offscreen/chrome-offscreen.ts, an entry of its own that the
 * Firefox package replaces with a stub, shares no code with the background.
 */
/** Where the built offscreen page is, inside the extension. */
export const OFFSCREEN_PATH = 'extension/offscreen/offscreen.html';
/** Marks a message for the offscreen document (every extension page hears runtime messages). */
export const OFFSCREEN_TARGET = 'gloss-offscreen';
